#include "feed/OrderReceiver.h"

#include "feed/WebhookEndpoint.h"
#include "feed/http/HttpSession.h"
#include "feed/http/ReceiverContext.h"

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/ssl/stream.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core/error.hpp>

#include <future>
#include <optional>
#include <stdexcept>
#include <thread>
#include <vector>

namespace stallcast::feed {

namespace {

namespace net = boost::asio;
namespace beast = boost::beast;
using tcp = net::ip::tcp;
using TlsStream = net::ssl::stream<tcp::socket>;

std::unique_ptr<net::ssl::context> tlsContext(const std::filesystem::path &certificate,
                                              const std::filesystem::path &privateKey)
{
    auto context = std::make_unique<net::ssl::context>(net::ssl::context::tls_server);
    context->set_options(net::ssl::context::default_workarounds | net::ssl::context::no_sslv2
                         | net::ssl::context::no_sslv3 | net::ssl::context::no_tlsv1
                         | net::ssl::context::no_tlsv1_1 | net::ssl::context::single_dh_use);
    boost::system::error_code error;
    context->use_certificate_chain_file(certificate.string(), error);
    if (!error)
        context->use_private_key_file(privateKey.string(), net::ssl::context::pem, error);
    if (error)
        throw std::runtime_error("cannot load the TLS certificate " + certificate.string()
                                 + " and its private key " + privateKey.string() + ": "
                                 + error.message());
    return context;
}

tcp::endpoint resolveListenAddress(net::io_context &io, const ListenAddress &address)
{
    boost::system::error_code error;
    const auto ip = net::ip::make_address(address.host, error);
    if (!error)
        return {ip, address.port};
    tcp::resolver resolver(io);
    const auto results = resolver.resolve(address.host, std::to_string(address.port),
                                          tcp::resolver::passive | tcp::resolver::numeric_service,
                                          error);
    if (error || results.empty())
        throw std::runtime_error("cannot listen on " + toString(address) + ": "
                                 + (error ? error.message() : "no such address"));
    return results.begin()->endpoint();
}

} // namespace

struct OrderReceiver::Server {
    Server(db::Database &database, SecretSet secretSet, OrderEvents &events,
           ReceiverOptions receiverOptions)
        : secrets(std::move(secretSet)),
          options(std::move(receiverOptions)),
          endpoint(database, secrets, events),
          context{endpoint, options, {}, http::ReplyOutbox(io)},
          io(static_cast<int>(options.ioThreads == 0 ? 1 : options.ioThreads))
    {
    }

    SecretSet secrets;
    ReceiverOptions options;
    WebhookEndpoint endpoint;
    http::ReceiverContext context; // outlives the io_context, whose handlers hold sessions
    net::io_context io;
    std::unique_ptr<net::ssl::context> tls;
    std::optional<tcp::acceptor> acceptor;
    std::optional<net::steady_timer> sweepTimer; // closes overdue connections once a second
    std::optional<net::executor_work_guard<net::io_context::executor_type>> keepRunning;
    std::vector<std::thread> threads;
    ListenAddress bound;

    void accept()
    {
        acceptor->async_accept(net::make_strand(io), [this](beast::error_code error,
                                                            tcp::socket socket) {
            if (error == net::error::operation_aborted || !acceptor->is_open())
                return; // stopping
            if (!error)
                startSession(std::move(socket));
            else
                context.log("accept failed: " + error.message());
            accept();
        });
    }

    void sweepSoon()
    {
        sweepTimer->expires_after(std::chrono::seconds(1));
        sweepTimer->async_wait([this](beast::error_code error) {
            if (error)
                return; // cancelled: stopping
            context.sessions.sweep();
            sweepSoon();
        });
    }

    void startSession(tcp::socket socket)
    {
        if (context.sessions.size() >= options.maxConnections) {
            context.log("connection refused: " + std::to_string(options.maxConnections)
                        + " connections are open already");
            return; // the socket closes as it goes out of scope
        }
        beast::error_code ignored;
        socket.set_option(tcp::no_delay(true), ignored);
        if (tls)
            std::make_shared<http::HttpSession<TlsStream>>(TlsStream(std::move(socket), *tls),
                                                           context)
                ->start();
        else
            std::make_shared<http::HttpSession<tcp::socket>>(std::move(socket), context)->start();
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
    if (s.acceptor)
        throw std::logic_error("the order receiver is already started");
    const auto &o = s.options;
    if (o.tlsCertificate.has_value() != o.tlsPrivateKey.has_value())
        throw std::runtime_error("TLS needs both a certificate and a private key");
    if (o.tlsCertificate)
        s.tls = tlsContext(*o.tlsCertificate, *o.tlsPrivateKey);

    const auto endpoint = resolveListenAddress(s.io, o.listen);
    tcp::acceptor acceptor(net::make_strand(s.io));
    beast::error_code error;
    acceptor.open(endpoint.protocol(), error);
    if (!error)
        acceptor.set_option(net::socket_base::reuse_address(true), error);
    if (!error)
        acceptor.bind(endpoint, error);
    if (!error)
        acceptor.listen(net::socket_base::max_listen_connections, error);
    if (error)
        throw std::runtime_error("cannot listen on " + toString(o.listen) + ": "
                                 + error.message()
                                 + " (in use, or not an address of this machine)");
    s.bound.host = o.listen.host;
    s.bound.port = acceptor.local_endpoint().port();
    s.acceptor.emplace(std::move(acceptor));
    s.keepRunning.emplace(s.io.get_executor());
    s.sweepTimer.emplace(s.acceptor->get_executor());
    net::post(s.acceptor->get_executor(), [server = &s] {
        server->accept();
        server->sweepSoon();
    });
    const auto threads = o.ioThreads == 0 ? std::size_t{1} : o.ioThreads;
    for (std::size_t i = 0; i < threads; ++i)
        s.threads.emplace_back([server = &s] { server->io.run(); });
}

ListenAddress OrderReceiver::boundAddress() const
{
    return m_server->bound;
}

bool OrderReceiver::usesTls() const
{
    return m_server->tls != nullptr;
}

void OrderReceiver::stop()
{
    auto &s = *m_server;
    if (s.threads.empty())
        return;
    // Stop accepting (on the acceptor's strand), then ask every connection to close once it
    // has answered what it is handling: idle ones close at once.
    std::promise<void> closed;
    net::post(s.acceptor->get_executor(), [&s, &closed] {
        beast::error_code ignored;
        s.acceptor->close(ignored);
        s.sweepTimer->cancel();
        closed.set_value();
    });
    closed.get_future().wait();
    s.context.sessions.drain();
    const auto &o = s.options;
    const auto grace = std::chrono::seconds(o.readTimeoutSeconds + o.writeTimeoutSeconds + 1);
    // The sweep timer has stopped: sweep here until the sessions are gone or the grace ends.
    const auto giveUpAt = std::chrono::steady_clock::now() + grace;
    while (!s.context.sessions.waitUntilEmpty(std::chrono::milliseconds(250))
           && std::chrono::steady_clock::now() < giveUpAt)
        s.context.sessions.sweep();
    if (!s.context.sessions.waitUntilEmpty(std::chrono::milliseconds(0)))
        s.context.log("stopping: " + std::to_string(s.context.sessions.size())
                      + " connections did not finish in time and were cut");
    s.keepRunning.reset();
    if (!s.context.sessions.waitUntilEmpty(std::chrono::milliseconds(0)))
        s.io.stop();
    for (auto &t : s.threads)
        t.join();
    s.threads.clear();
    // A cut connection's order may still be committing: its reply is posted to the io_context
    // (and dropped with it), so the io_context must outlive that post.
    s.context.replies.waitUntilNoneOwed();
}

} // namespace stallcast::feed
