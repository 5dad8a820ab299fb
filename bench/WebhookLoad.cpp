#include "WebhookLoad.h"

#include "BenchShop.h"
#include "feed/WebhookSignature.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace stallcast::bench {

namespace {

using SteadyClock = std::chrono::steady_clock;

} // namespace

std::string stallcastOrderJson(const std::string &id, const std::string &buyerHandle,
                               const std::string &sku, std::int64_t unitPrice,
                               const std::string &currency)
{
    return "{\"id\":\"dlv-" + id + "\",\"order_id\":\"bench-" + id + "\",\"buyer\":{\"handle\":\""
           + buyerHandle + "\"},\"currency\":\"" + currency + "\",\"lines\":[{\"sku\":\"" + sku
           + "\",\"qty\":1,\"unit_price\":" + std::to_string(unitPrice) + "}],\"paid\":true}";
}

std::string webhookOrderBody(const WebhookLoad &load, std::size_t connection, std::size_t index)
{
    return stallcastOrderJson(std::to_string(connection) + "-" + std::to_string(index),
                              "buyer" + std::to_string(connection),
                              BenchShop::sku((connection + index) % load.products),
                              BenchShop::kPrice, "KRW");
}

std::size_t ordersOnConnection(const WebhookLoad &load, std::size_t connection)
{
    return load.orders / load.connections + (connection < load.orders % load.connections ? 1 : 0);
}

namespace {

// A complete HTTP/1.1 request, signed uniquely (each body has its own delivery and order id).
std::string signedRequest(const WebhookLoad &load, std::size_t connection, std::size_t index)
{
    const auto body = webhookOrderBody(load, connection, index);
    return "POST /webhooks/stallcast HTTP/1.1\r\nHost: 127.0.0.1\r\n"
           "Content-Type: application/json\r\nStallcast-Signature: "
           + feed::stallcastSignatureHeader(load.secret, load.unixSeconds, body)
           + "\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

class FileDescriptor {
public:
    explicit FileDescriptor(int fd) : m_fd(fd) {}
    FileDescriptor(FileDescriptor &&other) noexcept : m_fd(other.m_fd) { other.m_fd = -1; }
    FileDescriptor(const FileDescriptor &) = delete;
    FileDescriptor &operator=(const FileDescriptor &) = delete;
    FileDescriptor &operator=(FileDescriptor &&) = delete;
    ~FileDescriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    int get() const { return m_fd; }

private:
    int m_fd;
};

FileDescriptor connectTo(std::uint16_t port)
{
    FileDescriptor fd(::socket(AF_INET, SOCK_STREAM, 0));
    if (fd.get() < 0)
        throw std::runtime_error(std::string("socket: ") + std::strerror(errno));
    const int one = 1;
    ::setsockopt(fd.get(), IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd.get(), reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0)
        throw std::runtime_error(std::string("connect: ") + std::strerror(errno));
    return fd;
}

// One keep-alive connection with one request in flight at a time (like a shop's webhook sender).
struct Connection {
    explicit Connection(FileDescriptor socket) : fd(std::move(socket)) {}
    FileDescriptor fd;
    std::size_t index = 0;  // which connection
    std::size_t total = 0;  // requests it sends
    std::size_t sent = 0;   // requests started
    std::vector<std::string> requests; // signed before the clock starts
    std::string_view request;          // the request being written
    std::size_t written = 0;
    bool watchingWrites = false; // EPOLLOUT is watched (a request is partly written)
    std::string response;   // what has been read of the answer
    SteadyClock::time_point startedAt;
    bool done = false;
};

// The status of a complete response at the front of `data`, and its length; 0 when incomplete.
std::size_t completeResponse(std::string_view data, int &status)
{
    const auto headerEnd = data.find("\r\n\r\n");
    if (headerEnd == std::string_view::npos)
        return 0;
    status = data.size() > 12 ? std::atoi(std::string(data.substr(9, 3)).c_str()) : 0;
    std::size_t length = 0;
    const auto headers = data.substr(0, headerEnd);
    for (std::size_t at = 0; at < headers.size();) {
        const auto end = std::min(headers.find("\r\n", at), headers.size());
        const auto line = headers.substr(at, end - at);
        if (line.size() > 15 && strncasecmp(line.data(), "content-length:", 15) == 0)
            length = static_cast<std::size_t>(std::atol(std::string(line.substr(15)).c_str()));
        at = end + 2;
    }
    const auto total = headerEnd + 4 + length;
    return data.size() >= total ? total : 0;
}

} // namespace

WebhookLoadResult runWebhookLoad(const WebhookLoad &load)
{
    std::vector<Connection> connections;
    connections.reserve(load.connections);
    for (std::size_t c = 0; c < load.connections; ++c) {
        Connection connection(connectTo(load.port));
        connection.index = c;
        connection.total = ordersOnConnection(load, c);
        connection.done = connection.total == 0;
        connections.push_back(std::move(connection));
    }
    WebhookLoadResult out;
    out.latency.reserve(load.orders);
    // Every request is signed uniquely before the clock starts, as a real shop signs each
    // delivery before sending it: the run measures the receiver, not the generator's HMACs.
    for (auto &connection : connections) {
        connection.requests.reserve(connection.total);
        for (std::size_t i = 0; i < connection.total; ++i)
            connection.requests.push_back(signedRequest(load, connection.index, i));
    }
    auto startNext = [&](Connection &connection) {
        connection.request = connection.requests[connection.sent++];
        connection.written = 0;
        connection.startedAt = SteadyClock::now();
    };
    FileDescriptor poller(::epoll_create1(0));
    if (poller.get() < 0)
        throw std::runtime_error(std::string("epoll_create1: ") + std::strerror(errno));
    auto watch = [&](std::size_t i, std::uint32_t events, int operation) {
        epoll_event event{};
        event.events = events;
        event.data.u64 = i;
        if (::epoll_ctl(poller.get(), operation, connections[i].fd.get(), &event) != 0)
            throw std::runtime_error(std::string("epoll_ctl: ") + std::strerror(errno));
    };
    std::size_t open = 0;
    const auto started = SteadyClock::now();
    for (std::size_t i = 0; i < connections.size(); ++i) {
        if (connections[i].done)
            continue;
        watch(i, EPOLLIN, EPOLL_CTL_ADD);
        ++open;
        startNext(connections[i]);
    }
    // Writes go out at once (a request fits the socket buffer); EPOLLOUT is watched only
    // while one is pending, and the watch is changed only when that changes (an epoll_ctl per
    // request was a system call the generator made for nothing).
    auto send = [&](std::size_t i) {
        auto &connection = connections[i];
        const auto n = ::send(connection.fd.get(), connection.request.data() + connection.written,
                              connection.request.size() - connection.written, MSG_NOSIGNAL);
        if (n < 0 && errno != EAGAIN)
            throw std::runtime_error(std::string("send: ") + std::strerror(errno));
        if (n > 0)
            connection.written += static_cast<std::size_t>(n);
        const bool pending = connection.written < connection.request.size();
        if (pending != connection.watchingWrites) {
            watch(i, pending ? EPOLLIN | EPOLLOUT : EPOLLIN, EPOLL_CTL_MOD);
            connection.watchingWrites = pending;
        }
    };
    for (std::size_t i = 0; i < connections.size(); ++i)
        if (!connections[i].done)
            send(i);

    std::vector<epoll_event> ready(connections.size());
    char buffer[16384];
    while (open > 0) {
        const int count = ::epoll_wait(poller.get(), ready.data(), static_cast<int>(ready.size()), 60'000);
        if (count < 0 && errno == EINTR)
            continue; // a profiler or debugger attaching stops and resumes the thread
        if (count < 0)
            throw std::runtime_error(std::string("epoll_wait: ") + std::strerror(errno));
        if (count == 0)
            throw std::runtime_error("the receiver stopped answering for 60 s");
        for (int r = 0; r < count; ++r) {
            const auto i = static_cast<std::size_t>(ready[static_cast<std::size_t>(r)].data.u64);
            auto &connection = connections[i];
            if (connection.written < connection.request.size()) {
                send(i);
                continue;
            }
            const auto n = ::recv(connection.fd.get(), buffer, sizeof buffer, 0);
            if (n <= 0)
                throw std::runtime_error("the receiver closed a kept-alive connection");
            connection.response.append(buffer, static_cast<std::size_t>(n));
            int status = 0;
            const auto length = completeResponse(connection.response, status);
            if (length == 0)
                continue;
            out.latency.add(std::chrono::duration_cast<std::chrono::nanoseconds>(
                                SteadyClock::now() - connection.startedAt)
                                .count());
            if (status >= 200 && status < 300)
                ++out.accepted;
            else if (out.refused++ < 5)
                std::fprintf(stderr, "refused: %d %s\n", status,
                             connection.response.substr(0, length).c_str());
            connection.response.erase(0, length);
            if (connection.sent == connection.total) {
                connection.done = true;
                --open;
            } else {
                startNext(connection);
                send(i);
            }
        }
    }
    out.seconds = std::chrono::duration<double>(SteadyClock::now() - started).count();
    return out;
}

} // namespace stallcast::bench
