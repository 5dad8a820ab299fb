// stallcast-bench: measures the durable write path. See docs/BENCHMARKS.md.
#include "BenchOptions.h"
#include "CardBenchmark.h"
#include "ClaimsBenchmark.h"
#include "MediaBenchChild.h"
#include "MediaBenchmark.h"
#include "OrdersBenchmark.h"
#ifdef STALLCAST_BENCH_UI
#include "UiBenchmark.h"
#endif
#include "StudioBenchmark.h"
#include "WebhooksBenchmark.h"
#include "common/Allocator.h"

#include <exception>
#include <iostream>
#include <string>
#include <vector>

int main(int argc, char **argv)
{
    stallcast::configureAllocator();
    const std::vector<std::string> args(argv + 1, argv + argc);
    const std::string usage = "usage: stallcast-bench <benchmark> [options]\n"
                              "benchmarks:\n"
                              "  orders   durable orders/s through the order book vs a naive "
                              "baseline\n"
                              "  webhooks signed deliveries/s and ack latency through the HTTP "
                              "receiver\n"
                              "  claims   comments parsed and applied by the claim desk vs one "
                              "claim per transaction\n"
                              "  media    the broadcast pipeline vs the ffmpeg program (CPU, RSS, "
                              "drops)\n"
                              "  card     product card render, blend at 1080p, order commit -> "
                              "card on the overlay layer -> encoded frame\n"
                              "  studio   an open studio's CPU, encoder idle vs recording\n"
#ifdef STALLCAST_BENCH_UI
                              "  ui       the studio's longest UI-thread stall while it records "
                              "1080p and takes 200 signed orders/s over HTTP, vs idle\n"
#endif
                              "\n"
                              + stallcast::bench::ordersUsage()
                              + stallcast::bench::webhooksUsage()
                              + stallcast::bench::claimsUsage() + stallcast::bench::mediaUsage()
                              + stallcast::bench::cardUsage() + stallcast::bench::studioUsage()
#ifdef STALLCAST_BENCH_UI
                              + stallcast::bench::uiUsage()
#endif
        ;
    if (args.empty() || args[0] == "--help" || args[0] == "-h") {
        std::cout << usage;
        return args.empty() ? 2 : 0;
    }
    try {
        if (args[0] == "orders") {
            auto options = stallcast::bench::parseOrdersOptions({args.begin() + 1, args.end()});
            options.commandLine = "stallcast-bench";
            for (const auto &a : args)
                options.commandLine += " " + a;
            return stallcast::bench::runOrdersBenchmark(options);
        }
        if (args[0] == "card")
            return stallcast::bench::runCardBenchmark({args.begin() + 1, args.end()});
        if (args[0] == "claims")
            return stallcast::bench::runClaimsBenchmark({args.begin() + 1, args.end()});
        if (args[0] == "media")
            return stallcast::bench::runMediaBenchmark({args.begin() + 1, args.end()});
        if (args[0] == "media-child") // the pipeline's side of `media`, in its own process
            return stallcast::bench::runMediaChild({args.begin() + 1, args.end()});
#ifdef STALLCAST_BENCH_UI
        if (args[0] == "ui")
            return stallcast::bench::runUiBenchmark({args.begin() + 1, args.end()});
#endif
        if (args[0] == "studio")
            return stallcast::bench::runStudioBenchmark({args.begin() + 1, args.end()});
        if (args[0] == "webhooks")
            return stallcast::bench::runWebhooksBenchmark({args.begin() + 1, args.end()});
        std::cerr << "stallcast-bench: unknown benchmark \"" << args[0] << "\"\n" << usage;
        return 2;
    } catch (const stallcast::bench::UsageError &e) {
        std::cerr << "stallcast-bench: " << e.what() << "\n" << usage;
        return 2;
    } catch (const std::exception &e) {
        std::cerr << "stallcast-bench: " << e.what() << "\n";
        return 1;
    }
}
