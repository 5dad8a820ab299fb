#include "GroupCommitRun.h"

#include "BenchShop.h"
#include "CpuTime.h"
#include "WriterSample.h"
#include "db/Database.h"
#include "orders/OrderBook.h"

#include <chrono>
#include <deque>
#include <future>
#include <latch>
#include <thread>
#include <utility>
#include <vector>

namespace stallcast::bench {

namespace {

using SteadyClock = std::chrono::steady_clock;

struct InFlight {
    std::future<orders::PlaceResult> result;
    SteadyClock::time_point placedAt;
};

struct ProducerTally {
    LatencyStats latency;
    std::size_t placed = 0;
    std::size_t failed = 0;
};

void collect(InFlight &order, ProducerTally &tally)
{
    try {
        order.result.get();
        ++tally.placed;
    } catch (const std::exception &) {
        ++tally.failed;
    }
    tally.latency.add(
        std::chrono::duration_cast<std::chrono::nanoseconds>(SteadyClock::now() - order.placedAt)
            .count());
}

} // namespace

RunResult runGroupCommitOrders(const std::filesystem::path &file, std::size_t orderCount,
                               std::size_t producers, std::size_t window, std::size_t products)
{
    db::Database database(file);
    orders::OrderBook book(database);
    const auto writer0 = WriterSample::take(database);
    const auto syncs0 = database.writer().syncs();
    const auto jobs0 = database.writer().jobsCommitted();

    std::vector<ProducerTally> tallies(producers);
    std::latch start(static_cast<std::ptrdiff_t>(producers) + 1);
    std::vector<std::jthread> threads;
    for (std::size_t p = 0; p < producers; ++p) {
        threads.emplace_back([&, p] {
            ProducerTally &tally = tallies[p];
            const std::size_t mine = orderCount / producers + (p < orderCount % producers ? 1 : 0);
            tally.latency.reserve(mine);
            std::deque<InFlight> inFlight;
            start.arrive_and_wait();
            for (std::size_t i = 0; i < mine; ++i) {
                if (inFlight.size() >= window) {
                    collect(inFlight.front(), tally);
                    inFlight.pop_front();
                }
                orders::OrderRequest request;
                request.source = "bench";
                request.actor = "bench";
                request.buyer.handle = "viewer-" + std::to_string(p) + "-" + std::to_string(i);
                request.lines.push_back({BenchShop::sku((p + i * producers) % products), 1, {}});
                const auto placedAt = SteadyClock::now();
                inFlight.push_back({book.placeAsync(std::move(request)), placedAt});
            }
            for (auto &order : inFlight)
                collect(order, tally);
        });
    }
    start.arrive_and_wait();
    const auto t0 = SteadyClock::now();
    const double cpu0 = processCpuSeconds();
    threads.clear(); // joins
    const auto elapsed = std::chrono::duration<double>(SteadyClock::now() - t0).count();
    const double cpu = processCpuSeconds() - cpu0;
    const auto fsyncs = database.writer().syncs() - syncs0;
    const auto jobs = database.writer().jobsCommitted() - jobs0;
    const auto writer = WriterSample::take(database) - writer0;

    RunResult r;
    r.mode = "group commit";
    r.producers = producers;
    r.inFlight = window;
    r.seconds = elapsed;
    r.cpuSeconds = cpu;
    for (auto &tally : tallies) {
        r.orders += tally.placed;
        r.failed += tally.failed;
        r.latency.merge(tally.latency);
    }
    r.writerCpuSeconds = writer.cpuSeconds;
    r.writerPages = writer.pagesWritten;
    r.fsyncs = fsyncs;
    if (jobs != r.orders + r.failed)
        r.check = "writer counted " + std::to_string(jobs) + " jobs for "
                  + std::to_string(r.orders + r.failed) + " orders; ";
    r.check += BenchShop::check(file, r.orders);
    return r;
}

} // namespace stallcast::bench
