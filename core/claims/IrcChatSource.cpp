#include "claims/IrcChatSource.h"

#include "claims/irc/IrcMessage.h"

#include <ostream> // before Boost 1.74: its string_view.hpp uses std::ostream without it

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/read_until.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/ssl/rfc2818_verification.hpp>
#include <boost/asio/ssl/stream.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/streambuf.hpp>
#include <boost/asio/write.hpp>

#include <deque>
#include <istream>
#include <mutex>
#include <random>
#include <thread>

namespace stallcast::claims {

namespace net = boost::asio;
using tcp = net::ip::tcp;
using error_code = boost::system::error_code;

struct IrcChatSource::Connection {
    Connection(IrcChatOptions o, Deliver d) : options(std::move(o)), deliver(std::move(d))
    {
        if (options.channel.empty() || options.channel[0] != '#')
            options.channel = "#" + options.channel;
        for (auto &c : options.channel)
            if (c >= 'A' && c <= 'Z')
                c = static_cast<char>(c - 'A' + 'a'); // Twitch channels are lower case
        if (options.nick.empty()) {
            std::random_device random;
            options.nick = "justinfan" + std::to_string(10000 + random() % 90000);
        }
        status.name = options.sourceName + " " + options.channel;
    }

    IrcChatOptions options;
    Deliver deliver;
    net::io_context io;
    std::optional<net::ssl::context> tlsContext;
    std::optional<net::ssl::stream<tcp::socket>> tls;
    std::optional<tcp::socket> plain;
    tcp::resolver resolver{io};
    net::steady_timer retryTimer{io};
    net::steady_timer idleTimer{io};
    net::streambuf input;
    std::deque<std::string> outbox;
    std::chrono::milliseconds nextDelay{0};
    std::uint64_t generation = 0; // handlers of an older connection see a newer number and stop
    bool stopping = false;
    std::thread thread;
    mutable std::mutex statusMutex;
    CommentSourceStatus status;

    template <typename F>
    void withStream(F &&f)
    {
        if (tls)
            f(*tls);
        else
            f(*plain);
    }

    tcp::socket &socket() { return tls ? tls->next_layer() : *plain; }

    void setState(SourceState state, const std::string &error = {})
    {
        std::lock_guard lock(statusMutex);
        status.state = state;
        if (!error.empty())
            status.lastError = error;
    }

    void connect()
    {
        if (stopping)
            return;
        ++generation;
        setState(SourceState::Connecting);
        input.consume(input.size());
        outbox.clear();
        if (options.tls) {
            if (!tlsContext) {
                tlsContext.emplace(net::ssl::context::tls_client);
                tlsContext->set_verify_mode(net::ssl::verify_peer);
                if (options.caFile)
                    tlsContext->load_verify_file(options.caFile->string());
                else
                    tlsContext->set_default_verify_paths();
            }
            plain.reset();
            tls.emplace(io, *tlsContext);
            SSL_set_tlsext_host_name(tls->native_handle(), options.host.c_str());
            tls->set_verify_callback(net::ssl::rfc2818_verification(options.host));
        } else {
            tls.reset();
            plain.emplace(io);
        }
        const auto mine = generation;
        resolver.async_resolve(
            options.host, std::to_string(options.port),
            [this, mine](const error_code &error, const tcp::resolver::results_type &results) {
                if (mine != generation)
                    return;
                if (error)
                    return lost("cannot resolve " + options.host + ": " + error.message());
                net::async_connect(socket(), results,
                                   [this, mine](const error_code &e, const tcp::endpoint &) {
                                       if (mine != generation)
                                           return;
                                       if (e)
                                           return lost("cannot connect to " + options.host + ":"
                                                       + std::to_string(options.port) + ": "
                                                       + e.message());
                                       connected();
                                   });
            });
    }

    void connected()
    {
        const auto mine = generation;
        auto registerAndRead = [this, mine] {
            if (mine != generation)
                return;
            // Twitch: tags carry the message id; CAP END lets servers that negotiate finish.
            send("CAP REQ :twitch.tv/tags twitch.tv/commands");
            send("CAP END");
            send("NICK " + options.nick);
            send("USER " + options.nick + " 0 * :" + options.nick);
            readLine();
        };
        if (tls) {
            tls->async_handshake(net::ssl::stream_base::client,
                                 [this, mine, registerAndRead](const error_code &e) {
                                     if (mine != generation)
                                         return;
                                     if (e)
                                         return lost("TLS with " + options.host + " failed: "
                                                     + e.message());
                                     registerAndRead();
                                 });
        } else {
            registerAndRead();
        }
    }

    void armIdleTimer()
    {
        const auto mine = generation;
        idleTimer.expires_after(options.idleTimeout);
        idleTimer.async_wait([this, mine](const error_code &e) {
            if (!e && mine == generation)
                lost("nothing heard for " + std::to_string(options.idleTimeout.count()) + " s");
        });
    }

    void readLine()
    {
        armIdleTimer();
        const auto mine = generation;
        withStream([&](auto &stream) {
            net::async_read_until(stream, input, "\r\n",
                                  [this, mine](const error_code &e, std::size_t) {
                                      if (mine != generation)
                                          return;
                                      if (e)
                                          return lost("disconnected: " + e.message());
                                      std::istream in(&input);
                                      std::string line;
                                      std::getline(in, line);
                                      handle(line);
                                      if (mine == generation)
                                          readLine();
                                  });
        });
    }

    void handle(const std::string &line)
    {
        const auto message = irc::parseIrcLine(line);
        if (!message)
            return;
        const auto &m = *message;
        if (m.command == "PING") {
            send("PONG :" + (m.params.empty() ? options.host : m.params.back()));
        } else if (m.command == "001") {
            nextDelay = std::chrono::milliseconds(0); // registered: the next failure starts over
            send("JOIN " + options.channel);
            setState(SourceState::Connected);
        } else if (m.command == "RECONNECT") {
            lost("the server asked to reconnect");
        } else if (m.command == "PRIVMSG" && m.params.size() == 2
                   && m.params[0] == options.channel) {
            Comment comment;
            comment.source = options.sourceName;
            comment.id = m.tag("id");
            comment.handle = m.nick();
            comment.text = m.params[1];
            {
                std::lock_guard lock(statusMutex);
                ++status.comments;
            }
            deliver(std::move(comment));
        }
    }

    void send(std::string line)
    {
        outbox.push_back(std::move(line) + "\r\n");
        if (outbox.size() == 1)
            writeNext();
    }

    void writeNext()
    {
        const auto mine = generation;
        withStream([&](auto &stream) {
            net::async_write(stream, net::buffer(outbox.front()),
                             [this, mine](const error_code &e, std::size_t) {
                                 if (mine != generation)
                                     return;
                                 if (e)
                                     return lost("cannot send: " + e.message());
                                 outbox.pop_front();
                                 if (!outbox.empty())
                                     writeNext();
                             });
        });
    }

    // The connection is gone: close it and try again after the backoff.
    void lost(const std::string &why)
    {
        ++generation; // every pending handler of this connection ignores its completion
        error_code ignored;
        socket().close(ignored);
        idleTimer.cancel();
        if (stopping)
            return;
        setState(SourceState::Disconnected, why);
        nextDelay = nextDelay.count() == 0
                        ? options.reconnectFirst
                        : std::min(options.reconnectMax, nextDelay * 2);
        retryTimer.expires_after(nextDelay);
        retryTimer.async_wait([this](const error_code &e) {
            if (e || stopping)
                return;
            {
                std::lock_guard lock(statusMutex);
                ++status.reconnects;
            }
            connect();
        });
    }
};

IrcChatSource::IrcChatSource(IrcChatOptions options, Deliver deliver)
    : m_connection(std::make_unique<Connection>(std::move(options), std::move(deliver)))
{
}

IrcChatSource::~IrcChatSource()
{
    stop();
}

void IrcChatSource::start()
{
    auto &c = *m_connection;
    if (c.thread.joinable())
        return;
    net::post(c.io, [&c] { c.connect(); });
    c.thread = std::thread([&c] { c.io.run(); });
}

void IrcChatSource::stop()
{
    auto &c = *m_connection;
    if (!c.thread.joinable())
        return;
    net::post(c.io, [&c] {
        c.stopping = true;
        ++c.generation;
        error_code ignored;
        c.resolver.cancel();
        c.retryTimer.cancel();
        c.idleTimer.cancel();
        if (c.tls || c.plain)
            c.socket().close(ignored);
    });
    c.thread.join();
    c.setState(SourceState::Stopped);
}

CommentSourceStatus IrcChatSource::status() const
{
    std::lock_guard lock(m_connection->statusMutex);
    return m_connection->status;
}

} // namespace stallcast::claims
