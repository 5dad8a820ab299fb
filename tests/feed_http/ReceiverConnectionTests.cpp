// The receiver's HTTP/1.1 connection handling, seen on the wire: 100-continue, pipelining,
// method and path refusals, idle timeouts, and stopping with requests in flight.
#include "RawConnection.h"
#include "ReceiverHarness.h"
#include "StallcastDelivery.h"
#include "TestFramework.h"

#include <chrono>
#include <future>
#include <thread>

using namespace stallcast;
using namespace stallcast::test;
using namespace std::chrono_literals;

namespace {

// Holds the writer with a job that waits, sends one signed delivery on `busy`, and returns once
// the delivery waits behind that job (read and submitted, its commit not begun).
class HeldCommit final {
public:
    HeldCommit(ReceiverHarness &h, RawConnection &busy)
        : m_held(h.db->writer().submit(
              [gate = m_release.get_future().share(), &running = m_running](db::Connection &) {
                  running.set_value();
                  gate.wait();
              }))
    {
        // Until the writer runs the held job, waiting() counts that job itself.
        REQUIRE(m_running.get_future().wait_for(30s) == std::future_status::ready);
        busy.send(rawStallcastRequest(stallcastBody("dlv-1", "shop-1", "TANG-5KG", 1, 25000),
                                      kStallcastSecret, h.nowSeconds()));
        const auto giveUpAt = std::chrono::steady_clock::now() + 30s;
        while (h.db->writer().waiting() == 0) {
            REQUIRE(std::chrono::steady_clock::now() < giveUpAt);
            std::this_thread::sleep_for(5ms);
        }
    }

    // Lets the writer go on: the delivery commits.
    void release()
    {
        m_release.set_value();
        m_held.get();
    }

private:
    std::promise<void> m_release; // before m_held, which waits on it
    std::promise<void> m_running; // set by the held job once the writer runs it
    std::future<void> m_held;
};

std::string statusLine(const std::string &response)
{
    return response.substr(0, response.find("\r\n"));
}

} // namespace

TEST_CASE("feed http: Expect 100-continue gets 100 Continue before the body is sent",
          "[feed_http]")
{
    ReceiverHarness h;
    h.addProduct("TANG-5KG", 25000, 10);
    RawConnection c(static_cast<std::uint16_t>(h.port()));
    const auto body = stallcastBody("dlv-1", "shop-1", "TANG-5KG", 1, 25000);
    const auto request =
        rawStallcastRequest(body, kStallcastSecret, h.nowSeconds(), "Expect: 100-continue\r\n");
    const auto headerEnd = request.find("\r\n\r\n") + 4;
    c.send(request.substr(0, headerEnd)); // the headers only, as curl does
    CHECK(statusLine(c.readUntil("\r\n\r\n", 5s)) == "HTTP/1.1 100 Continue");
    c.send(request.substr(headerEnd));
    CHECK(statusLine(c.readResponse()) == "HTTP/1.1 201 Created");
    CHECK(h.orders().size() == 1);
}

TEST_CASE("feed http: pipelined requests are answered in order on one connection",
          "[feed_http]")
{
    ReceiverHarness h;
    h.addProduct("TANG-5KG", 25000, 10);
    RawConnection c(static_cast<std::uint16_t>(h.port()));
    const auto first = stallcastBody("dlv-1", "shop-1", "TANG-5KG", 1, 25000);
    const auto second = stallcastBody("dlv-2", "shop-2", "TANG-5KG", 2, 25000);
    c.send(rawStallcastRequest(first, kStallcastSecret, h.nowSeconds())
           + rawStallcastRequest(second, kStallcastSecret, h.nowSeconds())
           + rawStallcastRequest(first, kStallcastSecret, h.nowSeconds()));
    const auto a = c.readResponse();
    const auto b = c.readResponse();
    const auto d = c.readResponse();
    CHECK(statusLine(a) == "HTTP/1.1 201 Created");
    CHECK(statusLine(b) == "HTTP/1.1 201 Created");
    CHECK(statusLine(d) == "HTTP/1.1 200 OK"); // the first again: a duplicate
    CHECK(d.find("\"duplicate\":true") != std::string::npos);
    CHECK(h.product("TANG-5KG").onHand == 7);
}

TEST_CASE("feed http: other methods answer 405 with Allow: POST, unknown paths 404",
          "[feed_http]")
{
    ReceiverHarness h;
    RawConnection c(static_cast<std::uint16_t>(h.port()));
    c.send("GET /webhooks/stallcast HTTP/1.1\r\nHost: x\r\n\r\n");
    const auto get = c.readResponse();
    CHECK(statusLine(get) == "HTTP/1.1 405 Method Not Allowed");
    CHECK(get.find("Allow: POST\r\n") != std::string::npos);
    c.send("POST /webhooks/etsy?x=1 HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}");
    const auto unknown = c.readResponse();
    CHECK(statusLine(unknown) == "HTTP/1.1 404 Not Found");
    CHECK(unknown.find("{\"error\":") != std::string::npos);
}

TEST_CASE("feed http: garbage instead of HTTP gets 400 and the connection is closed",
          "[feed_http]")
{
    ReceiverHarness h;
    RawConnection c(static_cast<std::uint16_t>(h.port()));
    c.send("HELLO THERE\r\n\r\n");
    CHECK(statusLine(c.readResponse()) == "HTTP/1.1 400 Bad Request");
    CHECK(c.closedByPeer(5s));
}

TEST_CASE("feed http: an idle or stalled connection is closed after its deadline",
          "[feed_http]")
{
    feed::ReceiverOptions options;
    options.keepAliveTimeoutSeconds = 1;
    options.readTimeoutSeconds = 1;
    ReceiverHarness h(options);
    RawConnection idle(static_cast<std::uint16_t>(h.port()));
    RawConnection stalled(static_cast<std::uint16_t>(h.port()));
    stalled.send("POST /webhooks/stallcast HTTP/1.1\r\nContent-Length: 100\r\n\r\n{\"id\":");
    const auto started = std::chrono::steady_clock::now();
    CHECK(idle.closedByPeer(6s));
    CHECK(stalled.closedByPeer(6s));
    // 2 s of deadline, checked once a second.
    CHECK(std::chrono::steady_clock::now() - started < 4500ms);
}

TEST_CASE("feed http: stopping answers the request being committed, then closes",
          "[feed_http]")
{
    ReceiverHarness h;
    h.addProduct("TANG-5KG", 25000, 10);
    RawConnection busy(static_cast<std::uint16_t>(h.port()));
    RawConnection idle(static_cast<std::uint16_t>(h.port()));
    // The delivery is still waiting for its commit when stop() begins.
    HeldCommit commit(h, busy);
    auto stopped = std::async(std::launch::async, [&] { h.receiver->stop(); });
    CHECK(idle.closedByPeer(5s)); // idle connections close at once
    CHECK(stopped.wait_for(300ms) == std::future_status::timeout); // still draining
    commit.release();
    const auto answer = busy.readResponse();
    CHECK(statusLine(answer) == "HTTP/1.1 201 Created");
    CHECK(answer.find("Connection: close\r\n") != std::string::npos);
    CHECK(busy.closedByPeer(5s));
    stopped.get();
    CHECK(h.orders().size() == 1);
}

TEST_CASE("feed http: stopping waits for the commit of a cut connection's order",
          "[feed_http]")
{
    feed::ReceiverOptions options;
    options.readTimeoutSeconds = 1;
    options.writeTimeoutSeconds = 1; // stop() gives connections 3 s, then cuts them
    ReceiverHarness h(options);
    h.addProduct("TANG-5KG", 25000, 10);
    RawConnection busy(static_cast<std::uint16_t>(h.port()));
    HeldCommit commit(h, busy);
    auto stopped = std::async(std::launch::async, [&] { h.receiver->stop(); });
    // Past the grace time the connection is cut, but the writer still owes the order's reply,
    // which it will post to the receiver's event loop: stop() waits for it.
    CHECK(stopped.wait_for(4500ms) == std::future_status::timeout);
    commit.release();
    CHECK(stopped.wait_for(5s) == std::future_status::ready);
    stopped.get();
    h.receiver.reset(); // the reply went to a stopped event loop and was dropped with it
    CHECK(busy.closedByPeer(2s)); // with no answer
    CHECK(h.orders().size() == 1); // durable all the same: a retry will hear "duplicate"
}
