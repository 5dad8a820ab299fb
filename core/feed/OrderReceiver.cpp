#include "feed/OrderReceiver.h"

#include "feed/OrderEvents.h"
#include "feed/WebhookEndpoint.h"

#include <httplib.h>


#include <sys/socket.h>

#include <atomic>
#include <cctype>
#include <chrono>
#include <stdexcept>
#include <thread>

namespace stallcast::feed {

namespace {

constexpr WebhookSource kSources[] = {WebhookSource::Stallcast, WebhookSource::Shopify,
                                      WebhookSource::WooCommerce, WebhookSource::Stripe};

std::string lowerCase(std::string text)
{
    for (auto &c : text)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

Delivery deliveryFrom(WebhookSource source, const httplib::Request &request)
{
    Delivery delivery;
    delivery.source = source;
    for (const auto &[name, value] : request.headers)
        delivery.headers.emplace(lowerCase(name), value); // the first of repeated headers wins
    delivery.body = request.body;
    return delivery;
}

std::string defaultErrorReason(int status, std::size_t maxBody)
{
    switch (status) {
    case 400:
        return "malformed HTTP request";
    case 404:
        return "no such endpoint (POST /webhooks/stallcast|shopify|woocommerce|stripe)";
    case 405:
        return "method not allowed";
    case 413:
        return "body larger than " + std::to_string(maxBody) + " bytes";
    default:
        return "request refused";
    }
}

std::string jsonError(const std::string &reason)
{
    // The reasons here are fixed ASCII strings: no escaping needed beyond what they contain.
    return "{\"error\":\"" + reason + "\"}";
}

} // namespace

struct OrderReceiver::Server {
    Server(db::Database &database, SecretSet secretSet, OrderEvents &events,
           ReceiverOptions receiverOptions)
        : secrets(std::move(secretSet)),
          options(std::move(receiverOptions)),
          endpoint(database, secrets, events)
    {
    }

    SecretSet secrets;
    ReceiverOptions options;
    WebhookEndpoint endpoint;
    std::unique_ptr<httplib::Server> http;
    ListenAddress bound;
    std::thread listener;
    std::atomic<bool> listenerReturned{false};
    int listeningSocket = -1; // seen in the socket-options callback, before bind()
    bool tls = false;

    void log(const std::string &line) const
    {
        if (options.log)
            options.log(line);
    }
};

OrderReceiver::OrderReceiver(db::Database &database, SecretSet secrets, OrderEvents &events,
                             ReceiverOptions options)
    : m_server(std::make_unique<Server>(database, std::move(secrets), events, std::move(options)))
{
}

OrderReceiver::~OrderReceiver()
{
    stop();
}

void OrderReceiver::start()
{
    auto &s = *m_server;
    if (s.http)
        throw std::logic_error("the order receiver is already started");
    const auto &o = s.options;
    if (o.tlsCertificate.has_value() != o.tlsPrivateKey.has_value())
        throw std::runtime_error("TLS needs both a certificate and a private key");
    if (o.tlsCertificate) {
        const auto cert = o.tlsCertificate->string();
        const auto key = o.tlsPrivateKey->string();
        auto server = std::make_unique<httplib::SSLServer>(cert.c_str(), key.c_str());
        if (!server->is_valid())
            throw std::runtime_error("cannot load the TLS certificate " + cert
                                     + " and its private key " + key);
        s.http = std::move(server);
        s.tls = true;
    } else {
        s.http = std::make_unique<httplib::Server>();
    }
    auto &http = *s.http;

    const auto threads = o.workerThreads == 0 ? std::size_t{1} : o.workerThreads;
    // httplib takes ownership of the returned queue and deletes it when listening ends.
    http.new_task_queue = [threads] { return std::make_unique<httplib::ThreadPool>(threads).release(); };
    http.set_keep_alive_max_count(o.keepAliveMaxRequests == 0 ? 1 : o.keepAliveMaxRequests);
    http.set_keep_alive_timeout(o.keepAliveTimeoutSeconds);
    http.set_read_timeout(o.readTimeoutSeconds, 0);
    http.set_write_timeout(o.writeTimeoutSeconds, 0);
    http.set_payload_max_length(o.maxBodyBytes);
    http.set_tcp_nodelay(true);
    Server *server = &s;
    http.set_socket_options([server](socket_t socket) {
        httplib::default_socket_options(socket);
        server->listeningSocket = socket;
    });

    for (const auto source : kSources) {
        http.Post("/webhooks/" + std::string(toString(source)),
                  [server, source](const httplib::Request &request, httplib::Response &response) {
                      const auto receivedAt = std::chrono::steady_clock::now();
                      const auto reply =
                          server->endpoint.receive(deliveryFrom(source, request), receivedAt);
                      response.status = reply.status;
                      response.set_content(reply.body, "application/json");
                      if (reply.status >= 400)
                          server->log(std::to_string(reply.status) + " POST /webhooks/"
                                      + std::string(toString(source)) + ": " + reply.reason);
                  });
    }
    const auto maxBody = o.maxBodyBytes;
    http.set_error_handler([server, maxBody](const httplib::Request &request,
                                             httplib::Response &response) {
        if (!response.body.empty())
            return; // our own refusal, already explained
        const auto reason = defaultErrorReason(response.status, maxBody);
        response.set_content(jsonError(reason), "application/json");
        server->log(std::to_string(response.status) + " " + request.method + " " + request.path
                    + ": " + reason);
    });
    http.set_exception_handler(
        [server](const httplib::Request &request, httplib::Response &response,
                 std::exception_ptr error) {
            std::string what = "unknown error";
            try {
                if (error)
                    std::rethrow_exception(error);
            } catch (const std::exception &e) {
                what = e.what();
            } catch (...) {
            }
            response.status = 500;
            response.set_content(jsonError("internal error"), "application/json");
            server->log("500 " + request.method + " " + request.path + ": " + what);
        });

    s.bound.host = o.listen.host;
    if (o.listen.port == 0) {
        const int port = http.bind_to_any_port(o.listen.host);
        if (port <= 0)
            throw std::runtime_error("cannot listen on " + o.listen.host + " (any port)");
        s.bound.port = static_cast<std::uint16_t>(port);
    } else {
        if (!http.bind_to_port(o.listen.host, o.listen.port))
            throw std::runtime_error("cannot listen on " + toString(o.listen)
                                     + " (in use, or not an address of this machine)");
        s.bound.port = o.listen.port;
    }
    // cpp-httplib listens with a backlog of 5: a burst of new connections (64 senders opening
    // at once) overflows it and waits for SYN retransmits (1 s, 3 s). Widen it; listen() on a
    // listening socket only changes the backlog.
    if (s.listeningSocket >= 0)
        ::listen(s.listeningSocket, SOMAXCONN);
    s.listener = std::thread([server] {
        server->http->listen_after_bind();
        server->listenerReturned = true;
    });
}

ListenAddress OrderReceiver::boundAddress() const
{
    return m_server->bound;
}

bool OrderReceiver::usesTls() const
{
    return m_server->tls;
}

void OrderReceiver::stop()
{
    auto &s = *m_server;
    if (!s.listener.joinable())
        return;
    // httplib's stop() only acts once the accept loop runs; wait for it to begin.
    while (!s.http->is_running() && !s.listenerReturned)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    s.http->stop();
    s.listener.join(); // the accept loop has ended and the worker pool has been joined
}

} // namespace stallcast::feed
