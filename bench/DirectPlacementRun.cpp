#include "DirectPlacementRun.h"

#include "BenchShop.h"
#include "CpuTime.h"
#include "db/Database.h"
#include "WriterSample.h"
#include "feed/OrderEvents.h"
#include "feed/OrderIntake.h"
#include "feed/Webhook.h"

#include <chrono>
#include <deque>
#include <future>
#include <vector>

namespace stallcast::bench {

RunResult runDirectPlacements(const std::filesystem::path &file, const WebhookLoad &load)
{
    // One delivery from each connection in turn, as the receiver gets them: the shop's order
    // ids and delivery ids then land all over their indexes, as they do over HTTP. (Connection
    // by connection, each batch's keys would be neighbours: a third of the pages written.)
    std::vector<feed::ParsedDelivery> deliveries;
    deliveries.reserve(load.orders);
    for (std::size_t i = 0; deliveries.size() < load.orders; ++i)
        for (std::size_t c = 0; c < load.connections; ++c) {
            if (i >= ordersOnConnection(load, c))
                continue;
            auto parsed = feed::parseDelivery(feed::WebhookSource::Stallcast,
                                              webhookOrderBody(load, c, i));
            parsed.order.actor = "webhook:stallcast";
            deliveries.push_back(std::move(parsed));
        }

    using Clock = std::chrono::steady_clock;
    struct InFlight {
        std::shared_future<orders::PlaceResult> result;
        Clock::time_point placedAt;
    };
    RunResult run;
    run.mode = "order intake, direct";
    run.producers = 1;
    run.inFlight = load.connections;
    {
        db::Database database(file);
        feed::OrderEvents events;
        const feed::OrderIntake intake(database, events);
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
        const auto syncs0 = database.writer().syncs();
        const auto writer0 = WriterSample::take(database);
        const double cpu0 = processCpuSeconds();
        const auto started = Clock::now();
        for (auto &delivery : deliveries) {
            if (inFlight.size() >= load.connections) {
                collect(inFlight.front());
                inFlight.pop_front();
            }
            const auto placedAt = Clock::now();
            inFlight.push_back({intake.submit(std::move(delivery), placedAt), placedAt});
        }
        for (auto &order : inFlight)
            collect(order);
        run.seconds = std::chrono::duration<double>(Clock::now() - started).count();
        run.cpuSeconds = processCpuSeconds() - cpu0;
        const auto writer = WriterSample::take(database) - writer0;
        run.writerCpuSeconds = writer.cpuSeconds;
        run.writerPages = writer.pagesWritten;
        run.fsyncs = database.writer().syncs() - syncs0;
        events.waitUntilDispatched();
    }
    run.check = BenchShop::check(file, run.orders);
    return run;
}

} // namespace stallcast::bench
