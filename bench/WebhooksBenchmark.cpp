#include "WebhooksBenchmark.h"

#include "BenchDir.h"

#include "BenchOptions.h"
#include "CpuTime.h"
#include "DirectPlacementRun.h"
#include "WriterSample.h"
#include "MarkdownText.h"
#include "WebhooksReport.h"
#include "BenchShop.h"
#include "WebhookLoad.h"
#include "db/Database.h"
#include "feed/OrderEvents.h"
#include "feed/OrderReceiver.h"

#include <charconv>
#include <csignal>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <random>
#include <unistd.h>

namespace stallcast::bench {

namespace {

std::string randomSecret()
{
    std::random_device random;
    std::string secret = "whsec_bench_";
    for (int i = 0; i < 4; ++i)
        secret += std::to_string(random());
    return secret;
}

} // namespace

std::string webhooksUsage()
{
    return "stallcast-bench webhooks [--orders N] [--connections N] [--io-threads N]\n"
           "                         [--dir DIR] [--keep]\n"
           "                         [--docs PATH | --no-docs]\n"
           "  --orders N       signed deliveries in each run (default 100000)\n"
           "  --connections N  keep-alive connections = orders in flight (default 64)\n"
           "  --io-threads N   the receiver's event-loop threads (default: its default)\n"
           "  --dir DIR        make the database folder inside DIR (default: the temp folder)\n"
           "  --docs PATH      BENCHMARKS.md to refresh (default: the source tree's)\n"
           "  --no-docs        only print the table\n";
}

namespace {

RunResult runReceiver(const std::filesystem::path &file, WebhookLoad load, std::size_t ioThreads)
{
    RunResult run;
    run.mode = "HTTP receiver";
    run.producers = 1;
    run.inFlight = load.connections;
    {
        db::Database database(file);
        feed::OrderEvents events;
        feed::SecretSet secrets;
        secrets.add(feed::WebhookSource::Stallcast, load.secret);
        feed::ReceiverOptions options;
        options.listen = {"127.0.0.1", 0};
        options.ioThreads = ioThreads;
        feed::OrderReceiver receiver(database, std::move(secrets), events, options);
        receiver.start();
        load.port = receiver.boundAddress().port;
        const auto syncs0 = database.writer().syncs();
        const auto writer0 = WriterSample::take(database);
        const double cpu0 = processCpuSeconds();
        const auto result = runWebhookLoad(load);
        run.cpuSeconds = processCpuSeconds() - cpu0; // signing happened before: not counted
        const auto writer = WriterSample::take(database) - writer0;
        run.writerCpuSeconds = writer.cpuSeconds;
        run.writerPages = writer.pagesWritten;
        run.seconds = result.seconds;
        run.orders = result.accepted;
        run.failed = result.refused;
        run.latency = result.latency;
        run.fsyncs = database.writer().syncs() - syncs0;
        receiver.stop();
        events.waitUntilDispatched();
    }
    run.check = BenchShop::check(file, run.orders);
    return run;
}

void say(const RunResult &r)
{
    std::printf("%-20s %zu orders in %.2f s: %.0f orders/s; p50 %.2f ms, p99 %.2f ms; "
                "%.1f CPU µs/order; %.1f orders per fsync%s%s\n",
                r.mode.c_str(), r.orders, r.seconds, r.ordersPerSecond(),
                r.latency.percentileMs(50), r.latency.percentileMs(99), r.cpuMicrosPerOrder(),
                r.ordersPerFsync(), r.check.empty() ? "" : "; CHECK FAILED: ",
                r.check.c_str());
    std::fflush(stdout);
}

} // namespace

int runWebhooksBenchmark(const std::vector<std::string> &args)
{
    WebhookLoad load;
    std::optional<std::filesystem::path> parent;
    std::optional<std::filesystem::path> docs =
        std::filesystem::path(STALLCAST_SOURCE_DIR) / "docs" / "BENCHMARKS.md";
    bool keep = false;
    std::size_t ioThreads = feed::ReceiverOptions{}.ioThreads;
    std::string commandLine = "stallcast-bench webhooks";
    for (std::size_t i = 0; i < args.size(); ++i) {
        const auto &a = args[i];
        commandLine += " " + a;
        auto value = [&]() -> std::string {
            if (i + 1 >= args.size())
                throw UsageError(a + " needs a value");
            commandLine += " " + args[i + 1];
            return args[++i];
        };
        if (a == "--orders")
            load.orders = parseCount(a, value(), 1);
        else if (a == "--connections")
            load.connections = parseCount(a, value(), 1);
        else if (a == "--io-threads")
            ioThreads = parseCount(a, value(), 1);
        else if (a == "--dir")
            parent = value();
        else if (a == "--docs")
            docs = value();
        else if (a == "--no-docs")
            docs.reset();
        else if (a == "--keep")
            keep = true;
        else
            throw UsageError("unknown option " + a + "\n" + webhooksUsage());
    }
    std::signal(SIGPIPE, SIG_IGN);
    const BenchDir dir(parent, keep);
    std::cout << "stallcast-bench webhooks: databases in " << dir.path().string() << std::endl;
    load.secret = randomSecret();
    load.unixSeconds = static_cast<std::int64_t>(std::time(nullptr));

    std::vector<RunResult> runs;
    const auto directFile = dir.path() / "direct.db";
    BenchShop::create(directFile, load.products);
    runs.push_back(runDirectPlacements(directFile, load));
    say(runs.back());
    const auto receiverFile = dir.path() / "receiver.db";
    BenchShop::create(receiverFile, load.products);
    runs.push_back(runReceiver(receiverFile, load, ioThreads));
    say(runs.back());

    std::cout << "\n" << webhooksTable(runs);
    bool ok = true;
    for (const auto &r : runs)
        ok = ok && r.check.empty() && r.failed == 0;
    if (docs) {
        WebhooksRunInfo info{commandLine, load.connections, load.products, utcNow(),
                             MachineInfo::probe(dir.path())};
        refreshWebhooksSection(*docs, webhooksSection(runs, info));
        std::cout << "refreshed " << docs->string() << std::endl;
    }
    return ok ? 0 : 1;
}

} // namespace stallcast::bench
