#include "OrdersBenchmark.h"

#include "BenchDir.h"
#include "BenchShop.h"
#include "GroupCommitRun.h"
#include "MachineInfo.h"
#include "NaiveOrderRun.h"
#include "MarkdownText.h"
#include "OrdersReport.h"

#include <chrono>
#include <ctime>
#include <iostream>
#include <random>

namespace stallcast::bench {

namespace {

std::filesystem::path freshShop(const BenchDir &dir, const std::string &name,
                                const OrdersOptions &options)
{
    const auto file = dir.path() / (name + ".db");
    BenchShop::create(file, options.products);
    return file;
}

void say(const RunResult &r)
{
    std::cerr << "  " << r.mode << ", " << r.inFlight << " in flight: " << r.orders << " orders in "
              << r.seconds << " s (" << static_cast<long long>(r.ordersPerSecond())
              << " orders/s)" << (r.check.empty() ? "" : " CHECK FAILED: " + r.check) << std::endl;
}

} // namespace

int runOrdersBenchmark(const OrdersOptions &options)
{
    const BenchDir dir(options.dir, options.keepDatabases);
    const auto machine = MachineInfo::probe(dir.path());
    std::cerr << "stallcast-bench orders: databases in " << dir.path().string() << "\n";

    std::vector<RunResult> runs;
    if (options.runNaive) {
        runs.push_back(runNaiveOrders(freshShop(dir, "naive", options), options.baselineOrders,
                                      options.producers));
        say(runs.back());
    }
    if (options.runWaiting) {
        runs.push_back(runGroupCommitOrders(freshShop(dir, "group-wait", options),
                                            options.waitOrders, options.producers, 1,
                                            options.products));
        runs.back().mode = "group commit, place() waits";
        say(runs.back());
    }
    if (options.runPipelined) {
        for (const auto window : options.windows) {
            runs.push_back(runGroupCommitOrders(
                freshShop(dir, "group-window-" + std::to_string(window), options), options.orders,
                options.producers, window, options.products));
            runs.back().mode = "group commit, pipelined";
            say(runs.back());
            if (options.flashSaleUnits == 0)
                continue;
            const auto file = freshShop(dir, "flash-window-" + std::to_string(window), options);
            BenchShop::startFlashSales(file, options.products, options.flashSaleUnits);
            runs.push_back(runGroupCommitOrders(file, options.orders, options.producers, window,
                                                options.products));
            runs.back().mode = "pipelined, flash sale of " + std::to_string(options.flashSaleUnits)
                               + " per SKU";
            say(runs.back());
        }
    }

    std::cout << ordersTable(runs);
    bool ok = true;
    for (const auto &r : runs)
        ok = ok && r.check.empty() && r.failed == 0;

    // The docs compare against the baseline: only a full run refreshes them.
    if (options.writeDocs && options.runNaive && options.runWaiting && options.runPipelined) {
        const auto docs = options.docs.value_or(std::filesystem::path(STALLCAST_SOURCE_DIR) / "docs"
                                                / "BENCHMARKS.md");
        refreshOrdersSection(docs, ordersSection(runs, options, machine, utcNow()));
        std::cerr << "refreshed " << docs.string() << "\n";
    }
    return ok ? 0 : 1;
}

} // namespace stallcast::bench
