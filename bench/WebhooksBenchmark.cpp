#include "WebhooksBenchmark.h"

#include "BenchDir.h"

#include "BenchOptions.h"
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

std::size_t positive(const std::string &name, const std::string &text)
{
    std::size_t value = 0;
    const auto *end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc() || ptr != end || value == 0)
        throw UsageError(name + " \"" + text + "\": expected a positive whole number");
    return value;
}

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
    return "stallcast-bench webhooks [--orders N] [--connections N] [--dir DIR] [--keep]\n"
           "  --orders N       signed deliveries in total (default 100000)\n"
           "  --connections N  keep-alive connections (default 64)\n"
           "  --dir DIR        make the database folder inside DIR (default: the temp folder)\n";
}

int runWebhooksBenchmark(const std::vector<std::string> &args)
{
    WebhookLoad load;
    std::optional<std::filesystem::path> parent;
    bool keep = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const auto &a = args[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= args.size())
                throw UsageError(a + " needs a value");
            return args[++i];
        };
        if (a == "--orders")
            load.orders = positive(a, value());
        else if (a == "--connections")
            load.connections = positive(a, value());
        else if (a == "--dir")
            parent = value();
        else if (a == "--keep")
            keep = true;
        else
            throw UsageError("unknown option " + a + "\n" + webhooksUsage());
    }
    std::signal(SIGPIPE, SIG_IGN);
    const BenchDir dir(parent, keep);
    std::cout << "stallcast-bench webhooks: database in " << dir.path().string() << std::endl;
    const auto file = dir.path() / "webhooks.db";
    BenchShop::create(file, load.products);

    load.secret = randomSecret();
    load.unixSeconds = static_cast<std::int64_t>(std::time(nullptr));
    WebhookLoadResult result;
    std::size_t commits = 0;
    {
        db::Database database(file);
        feed::OrderEvents events;
        feed::SecretSet secrets;
        secrets.add(feed::WebhookSource::Stallcast, load.secret);
        feed::ReceiverOptions options;
        options.listen = {"127.0.0.1", 0};
        options.workerThreads = load.connections + 16;
        feed::OrderReceiver receiver(database, std::move(secrets), events, options);
        receiver.start();
        load.port = receiver.boundAddress().port;
        std::cout << "webhooks: " << load.orders << " signed deliveries over " << load.connections
                  << " keep-alive connections to " << feed::toString(receiver.boundAddress())
                  << std::endl;
        result = runWebhookLoad(load);
        receiver.stop();
        events.waitUntilDispatched();
        commits = database.writer().commits();
    }
    const auto problems = BenchShop::check(file, result.accepted);
    std::printf("accepted %zu, refused %zu in %.2f s: %.0f orders/s; ack latency p50 %.2f ms, "
                "p99 %.2f ms, max %.2f ms; %zu commits (%.1f orders per fsync)\n",
                result.accepted, result.refused, result.seconds,
                static_cast<double>(result.accepted) / result.seconds,
                result.latency.percentileMs(50), result.latency.percentileMs(99),
                result.latency.percentileMs(100), commits,
                commits ? static_cast<double>(result.accepted) / static_cast<double>(commits)
                        : 0.0);
    if (!problems.empty())
        std::printf("CHECK FAILED: %s\n", problems.c_str());
    return problems.empty() && result.refused == 0 ? 0 : 1;
}

} // namespace stallcast::bench
