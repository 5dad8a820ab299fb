#include "DirectPlacementRun.h"

#include "BenchShop.h"
#include "CpuTime.h"
#include "db/Database.h"
#include "feed/OrderEvents.h"
#include "feed/Webhook.h"

#include <chrono>
#include <deque>
#include <future>
#include <vector>

namespace stallcast::bench {

RunResult runDirectPlacements(const std::filesystem::path &file, const WebhookLoad &load)
{
    std::vector<orders::OrderRequest> requests;
    requests.reserve(load.orders);
    for (std::size_t c = 0; c < load.connections; ++c)
        for (std::size_t i = 0; i < ordersOnConnection(load, c); ++i) {
            auto parsed = feed::parseDelivery(feed::WebhookSource::Stallcast,
                                              webhookOrderBody(load, c, i));
            parsed.order.actor = "webhook:stallcast";
            requests.push_back(std::move(parsed.order));
        }

    using Clock = std::chrono::steady_clock;
    struct InFlight {
        std::shared_future<orders::PlaceResult> result;
        Clock::time_point placedAt;
    };
    RunResult run;
    run.mode = "order book, direct";
    run.producers = 1;
    run.inFlight = load.connections;
    {
        db::Database database(file);
        feed::OrderEvents events;
        orders::OrderBook book(database);
        std::deque<InFlight> inFlight;
        auto collect = [&](InFlight &order) {
            try {
                order.result.get();
                ++run.orders;
            } catch (const std::exception &) {
                ++run.failed;
            }
            run.latency.add(std::chrono::duration_cast<std::chrono::nanoseconds>(
                                Clock::now() - order.placedAt)
                                .count());
        };
        const auto commits0 = database.writer().commits();
        const double cpu0 = processCpuSeconds();
        const auto started = Clock::now();
        for (auto &request : requests) {
            if (inFlight.size() >= load.connections) {
                collect(inFlight.front());
                inFlight.pop_front();
            }
            const auto placedAt = Clock::now();
            inFlight.push_back({events.place(book, std::move(request), placedAt), placedAt});
        }
        for (auto &order : inFlight)
            collect(order);
        run.seconds = std::chrono::duration<double>(Clock::now() - started).count();
        run.cpuSeconds = processCpuSeconds() - cpu0;
        run.commits = database.writer().commits() - commits0;
        events.waitUntilDispatched();
    }
    run.check = BenchShop::check(file, run.orders);
    return run;
}

} // namespace stallcast::bench
