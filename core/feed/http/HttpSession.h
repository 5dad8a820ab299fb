#pragma once

// One connection of the order receiver (private to OrderReceiver.cpp): reads HTTP/1.1 requests
// with Boost.Beast's parser, hands webhook deliveries to the endpoint, and writes each reply
// once the order is durable (the writer's delivery thread posts it to the connection's strand).
// Keep-alive; TLS when Stream is an ssl::stream. Runs on its own strand: no two handlers of a
// session run at once. Deadlines are checked by the receiver's once-a-second sweep
// (SessionRegistry), not by a timer per read.

#include "feed/http/ReceiverContext.h"
#include "feed/http/RequestRoute.h"
#include "feed/http/ResponseText.h"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/ssl/stream.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/bind_handler.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/string.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/parser.hpp>

#include <atomic>
#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>

namespace stallcast::feed::http {

namespace beast = boost::beast;
namespace net = boost::asio;
namespace bhttp = boost::beast::http;

template <typename Stream>
class HttpSession final : public SessionControl,
                          public std::enable_shared_from_this<HttpSession<Stream>> {
public:
    static constexpr bool kTls = !std::is_same_v<Stream, net::ip::tcp::socket>;
    using Clock = std::chrono::steady_clock;

    HttpSession(Stream stream, ReceiverContext &context)
        : m_stream(std::move(stream)), m_context(context)
    {
    }
    HttpSession(const HttpSession &) = delete;
    HttpSession &operator=(const HttpSession &) = delete;
    ~HttpSession() override
    {
        if (m_id != 0)
            m_context.sessions.remove(m_id);
    }

    void start()
    {
        m_id = m_context.sessions.add(this->weak_from_this());
        net::dispatch(m_stream.get_executor(),
                      beast::bind_front_handler(&HttpSession::begin, this->shared_from_this()));
    }

    void closeWhenIdle() override
    {
        net::post(m_stream.get_executor(), [self = this->shared_from_this()] {
            self->m_closeRequested = true;
            if (self->m_phase == Phase::Idle && self->m_buffer.size() == 0
                && !self->m_parser->got_some())
                self->cancel(); // the pending read ends with operation_aborted
        });
    }

    void closeIfOverdue() override
    {
        // Read without the strand: a stale value only delays the close to the next sweep.
        if (Clock::now().time_since_epoch().count() < m_deadline.load(std::memory_order_relaxed))
            return;
        net::post(m_stream.get_executor(), [self = this->shared_from_this()] {
            if (self->m_phase != Phase::Closed
                && Clock::now().time_since_epoch().count() >= self->m_deadline.load())
                self->closeNow(); // pending operations end with an error: nobody to answer
        });
    }

private:
    // Idle: waiting for the first byte of a request (closed at once when the receiver stops);
    // Busy: a request is being read, handled or answered (closed after its answer).
    enum class Phase { Starting, Idle, Busy, Closed };

    auto &socket() { return beast::get_lowest_layer(m_stream); }
    const ReceiverOptions &options() const { return m_context.options; }

    void setDeadline(std::time_t seconds)
    {
        m_deadline = (Clock::now() + std::chrono::seconds(seconds)).time_since_epoch().count();
    }

    void begin()
    {
        if (m_closeRequested)
            return closeNow();
        if constexpr (kTls) {
            m_phase = Phase::Busy;
            setDeadline(options().readTimeoutSeconds);
            m_stream.async_handshake(
                net::ssl::stream_base::server,
                beast::bind_front_handler(&HttpSession::onHandshake, this->shared_from_this()));
        } else {
            readRequest();
        }
    }

    void onHandshake(beast::error_code error)
    {
        if (error)
            return closeNow(); // not TLS, or a handshake that failed: nothing to answer
        readRequest();
    }

    void readRequest()
    {
        if (m_closeRequested)
            return closeGracefully();
        m_parser.emplace();
        m_parser->body_limit(options().maxBodyBytes);
        m_parser->header_limit(kHeaderLimit);
        m_phase = Phase::Idle;
        // One deadline for the whole request: the keep-alive idle time plus the read time.
        setDeadline(options().keepAliveTimeoutSeconds + options().readTimeoutSeconds);
        bhttp::async_read_header(
            m_stream, m_buffer, *m_parser,
            beast::bind_front_handler(&HttpSession::onHeader, this->shared_from_this()));
    }

    void onHeader(beast::error_code error, std::size_t)
    {
        if (error)
            return onReadError(error);
        m_phase = Phase::Busy;
        m_receivedAt = Clock::now();
        const auto expect = m_parser->get()[bhttp::field::expect];
        if (beast::iequals(expect, "100-continue")) {
            // curl and others wait for this before sending a body larger than 1 KiB.
            net::async_write(m_stream, net::buffer(kContinue),
                             beast::bind_front_handler(&HttpSession::onContinueSent,
                                                       this->shared_from_this()));
            return;
        }
        readBody();
    }

    void onContinueSent(beast::error_code error, std::size_t)
    {
        if (error)
            return closeNow();
        readBody();
    }

    void readBody()
    {
        bhttp::async_read(m_stream, m_buffer, *m_parser,
                          beast::bind_front_handler(&HttpSession::onBody, this->shared_from_this()));
    }

    void onReadError(beast::error_code error)
    {
        if (m_phase == Phase::Closed)
            return;
        if (error == bhttp::error::body_limit)
            return refuse(413, "body larger than " + std::to_string(options().maxBodyBytes)
                                   + " bytes");
        if (error == bhttp::error::header_limit)
            return refuse(431, "request header larger than " + std::to_string(kHeaderLimit)
                                   + " bytes");
        const bool nothingReceived = m_phase == Phase::Idle && !m_parser->got_some();
        if (nothingReceived || error == bhttp::error::end_of_stream
            || error == bhttp::error::partial_message || error == net::error::operation_aborted
            || error == net::error::connection_reset || error == net::error::eof
            || error == net::error::bad_descriptor)
            return closeNow(); // the peer went away or was too slow: nobody to answer
        refuse(400, "malformed HTTP request (" + error.message() + ")");
    }

    void onBody(beast::error_code error, std::size_t)
    {
        if (error)
            return onReadError(error);
        auto request = m_parser->release();
        m_keepAlive = request.keep_alive();
        m_http10 = request.version() == 10;
        ++m_served;
        const auto route = routeOf(std::string_view(request.target().data(), request.target().size()),
                                   request.method() == bhttp::verb::post,
                                   static_cast<bool>(options().comments));
        if (route.status != 0)
            return answer(refusedReply(route.status, route.reason), route.target);
        Delivery delivery;
        delivery.source = route.source.value_or(WebhookSource::Stallcast);
        for (const auto &field : request) {
            std::string name(field.name_string());
            for (auto &c : name)
                c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
            delivery.headers.emplace(std::move(name), std::string(field.value())); // first wins
        }
        delivery.body = std::move(request.body());
        if (route.comments)
            return answer(options().comments(delivery), route.target);
        // No deadline while the order is being committed: that is the receiver's own time.
        m_deadline = Clock::time_point::max().time_since_epoch().count();
        auto &outbox = m_context.replies;
        outbox.expect();
        std::optional<ReceiverReply> refused;
        try {
            refused = m_context.endpoint.submit(
                delivery, m_receivedAt,
                [self = this->shared_from_this(), target = route.target,
                 &outbox](ReceiverReply reply) mutable {
                    // On the writer's delivery thread, once the order is durable. The session
                    // moves into the outbox: nothing here refers to it afterwards.
                    outbox.send([self = std::move(self), target = std::move(target),
                                 reply = std::move(reply)]() mutable {
                        // On an event-loop thread: on to the connection's strand.
                        auto executor = self->m_stream.get_executor();
                        net::post(executor, [self = std::move(self), target = std::move(target),
                                             reply = std::move(reply)]() mutable {
                            self->answer(std::move(reply), target);
                        });
                    });
                });
        } catch (...) {
            // Not handed to the writer (WebhookEndpoint::submit answers its own errors; this is
            // memory running out): nothing is owed.
            refused = refusedReply(503, "the order could not be recorded; retry later");
        }
        if (refused) {
            outbox.forget(); // answered at once: the writer owes nothing
            answer(std::move(*refused), route.target);
        }
    }

    // An answer that closes the connection: the request could not be read to its end.
    void refuse(int status, const std::string &reason)
    {
        m_phase = Phase::Busy;
        m_closeAfterAnswer = true;
        answer(refusedReply(status, reason), "request");
    }

    void answer(ReceiverReply reply, const std::string &target)
    {
        if (m_phase == Phase::Closed)
            return; // the connection was cut while the order was committed
        if (reply.status >= 400)
            m_context.log(std::to_string(reply.status) + " " + target + ": " + reply.reason);
        m_responseKeepsAlive = m_keepAlive && !m_closeAfterAnswer && !m_closeRequested
                               && m_served < options().keepAliveMaxRequests;
        m_responseText = responseText(reply.status, reply.body, m_responseKeepsAlive, m_http10);
        setDeadline(options().writeTimeoutSeconds);
        net::async_write(m_stream, net::buffer(m_responseText),
                         beast::bind_front_handler(&HttpSession::onWritten,
                                                   this->shared_from_this()));
    }

    void onWritten(beast::error_code error, std::size_t)
    {
        if (error)
            return closeNow();
        if (!m_responseKeepsAlive)
            return closeGracefully();
        readRequest();
    }

    void closeGracefully()
    {
        if constexpr (kTls) {
            m_phase = Phase::Closed;
            setDeadline(1);
            m_stream.async_shutdown([self = this->shared_from_this()](beast::error_code) {
                self->closeNow();
            });
        } else {
            closeNow();
        }
    }

    void cancel()
    {
        beast::error_code ignored;
        socket().cancel(ignored);
    }

    void closeNow()
    {
        m_phase = Phase::Closed;
        beast::error_code ignored;
        socket().shutdown(net::ip::tcp::socket::shutdown_both, ignored);
        socket().close(ignored);
    }

    static constexpr std::uint32_t kHeaderLimit = 16 * 1024;
    static constexpr std::string_view kContinue = "HTTP/1.1 100 Continue\r\n\r\n";

    Stream m_stream;
    ReceiverContext &m_context;
    SessionRegistry::Id m_id = 0;
    beast::flat_buffer m_buffer;
    std::optional<bhttp::request_parser<bhttp::string_body>> m_parser;
    std::string m_responseText;
    Clock::time_point m_receivedAt;
    std::atomic<Clock::rep> m_deadline{Clock::time_point::max().time_since_epoch().count()};
    Phase m_phase = Phase::Starting;
    std::size_t m_served = 0;
    bool m_keepAlive = true;
    bool m_http10 = false;
    bool m_responseKeepsAlive = false;
    bool m_closeAfterAnswer = false;
    bool m_closeRequested = false;
};

} // namespace stallcast::feed::http
