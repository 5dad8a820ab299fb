#include "WebhookLoad.h"

#include "BenchShop.h"
#include "feed/WebhookSignature.h"

#include <httplib.h>

#include <atomic>
#include <cstdio>
#include <chrono>
#include <thread>
#include <vector>

namespace stallcast::bench {

namespace {

using SteadyClock = std::chrono::steady_clock;

std::string orderBody(std::size_t connection, std::size_t index, const std::string &sku)
{
    const auto id = std::to_string(connection) + "-" + std::to_string(index);
    return "{\"id\":\"dlv-" + id + "\",\"order_id\":\"bench-" + id
           + "\",\"buyer\":{\"handle\":\"buyer" + std::to_string(connection)
           + "\"},\"currency\":\"KRW\",\"lines\":[{\"sku\":\"" + sku
           + "\",\"qty\":1,\"unit_price\":" + std::to_string(BenchShop::kPrice)
           + "}],\"paid\":true}";
}

} // namespace

WebhookLoadResult runWebhookLoad(const WebhookLoad &load)
{
    std::atomic<std::size_t> accepted{0};
    std::atomic<std::size_t> refused{0};
    std::vector<LatencyStats> latencies(load.connections);
    std::vector<std::thread> senders;
    const auto started = SteadyClock::now();
    for (std::size_t c = 0; c < load.connections; ++c) {
        const std::size_t count = load.orders / load.connections
                                  + (c < load.orders % load.connections ? 1 : 0);
        senders.emplace_back([&, c, count] {
            httplib::ClientImpl client("127.0.0.1", load.port);
            client.set_keep_alive(true);
            client.set_tcp_nodelay(true);
            client.set_read_timeout(60, 0);
            auto &stats = latencies[c];
            stats.reserve(count);
            for (std::size_t i = 0; i < count; ++i) {
                const auto body = orderBody(c, i, BenchShop::sku((c + i) % load.products));
                const httplib::Headers headers{
                    {"Stallcast-Signature",
                     feed::stallcastSignatureHeader(load.secret, load.unixSeconds, body)}};
                const auto sent = SteadyClock::now();
                const auto result =
                    client.Post("/webhooks/stallcast", headers, body, "application/json");
                stats.add(std::chrono::duration_cast<std::chrono::nanoseconds>(
                              SteadyClock::now() - sent)
                              .count());
                if (result && result->status >= 200 && result->status < 300)
                    ++accepted;
                else {
                    if (refused++ < 5)
                        std::fprintf(stderr, "refused: %s\n",
                                     result ? std::to_string(result->status).c_str()
                                            : httplib::to_string(result.error()).c_str());
                }
            }
        });
    }
    for (auto &t : senders)
        t.join();
    WebhookLoadResult out;
    out.seconds = std::chrono::duration<double>(SteadyClock::now() - started).count();
    out.accepted = accepted;
    out.refused = refused;
    for (const auto &s : latencies)
        out.latency.merge(s);
    return out;
}

} // namespace stallcast::bench
