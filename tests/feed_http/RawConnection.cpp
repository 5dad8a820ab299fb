#include "RawConnection.h"

#include "feed/WebhookSignature.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

namespace stallcast::test {

RawConnection::RawConnection(std::uint16_t port)
{
    m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (m_fd < 0)
        throw std::runtime_error(std::string("socket: ") + std::strerror(errno));
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(m_fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0)
        throw std::runtime_error(std::string("connect: ") + std::strerror(errno));
}

RawConnection::~RawConnection()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

void RawConnection::send(const std::string &bytes)
{
    std::size_t sent = 0;
    while (sent < bytes.size()) {
        const auto n = ::send(m_fd, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
        if (n <= 0)
            throw std::runtime_error(std::string("send: ") + std::strerror(errno));
        sent += static_cast<std::size_t>(n);
    }
}

std::string RawConnection::readUntil(const std::string &marker, std::chrono::milliseconds timeout)
{
    const auto giveUpAt = std::chrono::steady_clock::now() + timeout;
    for (;;) {
        if (const auto at = m_pending.find(marker); at != std::string::npos) {
            auto out = m_pending.substr(0, at + marker.size());
            m_pending.erase(0, at + marker.size());
            return out;
        }
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            giveUpAt - std::chrono::steady_clock::now());
        if (left.count() <= 0)
            break;
        pollfd p{m_fd, POLLIN, 0};
        if (::poll(&p, 1, static_cast<int>(left.count())) <= 0)
            break;
        char buffer[4096];
        const auto n = ::recv(m_fd, buffer, sizeof buffer, 0);
        if (n <= 0)
            break;
        m_pending.append(buffer, static_cast<std::size_t>(n));
    }
    auto out = std::move(m_pending);
    m_pending.clear();
    return out;
}

std::string RawConnection::readResponse(std::chrono::milliseconds timeout)
{
    auto head = readUntil("\r\n\r\n", timeout);
    if (head.size() < 4 || head.substr(head.size() - 4) != "\r\n\r\n")
        return head;
    std::size_t length = 0;
    for (std::size_t at = 0; at < head.size();) {
        const auto end = head.find("\r\n", at);
        const auto line = head.substr(at, end - at);
        if (line.size() > 15 && strncasecmp(line.c_str(), "content-length:", 15) == 0)
            length = static_cast<std::size_t>(std::strtoul(line.c_str() + 15, nullptr, 10));
        at = end + 2;
    }
    const auto giveUpAt = std::chrono::steady_clock::now() + timeout;
    while (m_pending.size() < length && std::chrono::steady_clock::now() < giveUpAt) {
        pollfd p{m_fd, POLLIN, 0};
        if (::poll(&p, 1, 100) <= 0)
            continue;
        char buffer[4096];
        const auto n = ::recv(m_fd, buffer, sizeof buffer, 0);
        if (n <= 0)
            break;
        m_pending.append(buffer, static_cast<std::size_t>(n));
    }
    const auto take = std::min(length, m_pending.size());
    head += m_pending.substr(0, take);
    m_pending.erase(0, take);
    return head;
}

bool RawConnection::closedByPeer(std::chrono::milliseconds timeout)
{
    pollfd p{m_fd, POLLIN, 0};
    if (::poll(&p, 1, static_cast<int>(timeout.count())) <= 0)
        return false;
    char byte = 0;
    return ::recv(m_fd, &byte, 1, MSG_PEEK) == 0;
}

std::string rawStallcastRequest(const std::string &body, const std::string &secret,
                                std::int64_t unixSeconds, const std::string &extraHeaders)
{
    return "POST /webhooks/stallcast HTTP/1.1\r\nHost: 127.0.0.1\r\n"
           "Content-Type: application/json\r\nStallcast-Signature: "
           + feed::stallcastSignatureHeader(secret, unixSeconds, body) + "\r\nContent-Length: "
           + std::to_string(body.size()) + "\r\n" + extraHeaders + "\r\n" + body;
}

} // namespace stallcast::test
