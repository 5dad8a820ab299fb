#include "OrderPoster.h"

#include "WebhookLoad.h"
#include "feed/WebhookSignature.h"

#include <httplib.h>

#include <chrono>
#include <stdexcept>

namespace stallcast::bench {

namespace {

using Clock = std::chrono::steady_clock;

std::int64_t unixNow()
{
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

} // namespace

OrderPoster::OrderPoster(OrderPosting posting) : m_posting(std::move(posting))
{
    if (m_posting.products.empty() || m_posting.rate < 1 || m_posting.port == 0)
        throw std::invalid_argument("OrderPoster: needs products, a rate and a port");
    m_thread = std::thread([this] { run(); });
}

OrderPoster::~OrderPoster()
{
    stop();
}

void OrderPoster::stop()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
}

void OrderPoster::run()
{
    httplib::Client client("127.0.0.1", m_posting.port);
    client.set_keep_alive(true);
    client.set_tcp_nodelay(true); // headers and body go out at once, not 40 ms apart (Nagle)
    client.set_connection_timeout(std::chrono::seconds(5));
    client.set_read_timeout(std::chrono::seconds(30));
    const auto period = std::chrono::nanoseconds(1'000'000'000LL / m_posting.rate);
    const auto started = Clock::now();
    auto slot = started;
    auto &r = m_result;
    for (std::int64_t i = 0; !m_stop; ++i) {
        const auto &products = m_posting.products;
        const auto &product = products[static_cast<std::size_t>(i) % products.size()];
        const auto body = stallcastOrderJson(m_posting.runId + "-" + std::to_string(i),
                                             "viewer" + std::to_string(i % 997), product.sku,
                                             product.unitPrice, product.currency);
        const httplib::Headers headers{
            {"Stallcast-Signature",
             feed::stallcastSignatureHeader(m_posting.secret, unixNow(), body)}};
        const auto sentAt = Clock::now();
        if (sentAt - slot > period)
            ++r.late;
        const auto answer = client.Post("/webhooks/stallcast", headers, body, "application/json");
        const auto answeredAt = Clock::now();
        ++r.sent;
        r.latency.add(
            std::chrono::duration_cast<std::chrono::nanoseconds>(answeredAt - sentAt).count());
        if (!answer) {
            ++r.failed;
            if (r.firstProblem.empty())
                r.firstProblem = "no answer: " + httplib::to_string(answer.error());
        } else if (answer->status / 100 == 2) {
            ++r.accepted;
        } else {
            ++r.refused;
            if (r.firstProblem.empty())
                r.firstProblem = std::to_string(answer->status) + " " + answer->body;
        }
        r.seconds = std::chrono::duration<double>(answeredAt - started).count();
        slot += period;
        std::this_thread::sleep_until(slot);
    }
}

} // namespace stallcast::bench
