#include "UiReport.h"

#include "MarkdownText.h"

#include <algorithm>

namespace stallcast::bench {

namespace {

std::string ms(std::int64_t us)
{
    return format("%.1f", static_cast<double>(us) / 1000.0);
}

std::string ratio(std::int64_t value, std::int64_t baseline)
{
    return format("%.1f×", static_cast<double>(value)
                               / static_cast<double>(std::max<std::int64_t>(baseline, 1)));
}

std::string count(std::int64_t n)
{
    return withThousands(static_cast<double>(n));
}

} // namespace

std::string uiReport(const UiRun &run, std::string_view begin, std::string_view end)
{
    const auto &idle = run.phases.front().stalls;
    std::string out(begin);
    out += "\n## Studio: UI-thread stalls while streaming 1080p and receiving orders\n\n";
    out += "`" + run.command + "` on " + run.machine + ", " + utcNow()
           + ", Qt offscreen platform, load average " + run.loadBefore + " at the start and "
           + run.loadAfter + " at the end (1, 5, 15 min; other work on the machine shows here). "
             "The studio's `MainWindow` on the demo shop, its `LiveSession` on a " + run.canvas
           + " test pattern with tone, the preview dock painting it. Phases in one run: the "
             "window open with nothing attached (the baseline: pictures composed for the "
             "preview, encoder idle), then recording to a local file (the encoder running as when "
             "live), then recording while a thread posts " + std::to_string(run.rate)
           + " uniquely signed deliveries a second over one keep-alive HTTP connection to the "
             "studio's own order receiver on 127.0.0.1 — the orders reach the feed, the alert and "
             "the shelf as in use. `UiStallMonitor`: how late a 5 ms precise timer runs on the UI "
             "thread, i.e. how long the event loop could not answer.\n\n";
    out += "| phase | seconds | timer runs | p50 ms | p99 ms | p99.9 ms | longest stall ms | "
           "stalls > 50 ms | longest vs idle | p99 vs idle |\n"
           "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
    for (const auto &p : run.phases)
        out += "| " + p.name + " | " + format("%.1f", p.seconds) + " | " + count(p.stalls.samples)
               + " | " + ms(p.stalls.p50Us) + " | " + ms(p.stalls.p99Us) + " | "
               + ms(p.stalls.p999Us) + " | **" + ms(p.stalls.longestUs) + "** | "
               + std::to_string(p.stalls.over50ms) + " | " + ratio(p.stalls.longestUs, idle.longestUs)
               + " | " + ratio(p.stalls.p99Us, idle.p99Us) + " |\n";

    out += "\n| phase | CPU (cores) | UI thread (cores) | frames encoded | missed + skipped | "
           "preview shown | preview dropped | orders sent | accepted | refused + failed | "
           "sent late | orders/s | ack p50 ms | ack p99 ms |\n"
           "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
    for (const auto &p : run.phases) {
        out += "| " + p.name + " | " + format("%.2f", p.cpuCores) + " | "
               + format("%.2f", p.uiThreadCores) + " | " + count(p.framesEncoded) + " | "
               + count(p.framesMissedOrSkipped) + " | " + count(p.previewShown) + " | "
               + count(p.previewDropped) + " | ";
        if (const auto &o = p.orders) {
            out += count(o->sent) + " | " + count(o->accepted) + " | " + count(o->refused + o->failed)
                   + " | " + count(o->late) + " | "
                   + format("%.0f", static_cast<double>(o->accepted) / std::max(o->seconds, 1e-9))
                   + " | " + format("%.1f", o->latency.percentileMs(50)) + " | "
                   + format("%.1f", o->latency.percentileMs(99)) + " |\n";
        } else {
            out += "– | – | – | – | – | – | – |\n";
        }
    }
    out += "\nAfter the run: " + count(run.ordersRecorded) + " orders in the shop database, "
           + count(run.feedRows) + " rows in the order feed (every accepted order shown "
           + format("%.0f", run.feedCatchUpMs) + " ms after the last answer); the recording "
           "file has " + format("%.1f", static_cast<double>(run.recordingBytes) / 1e6) + " MB.";
    for (const auto &p : run.phases)
        if (p.orders && !p.orders->firstProblem.empty())
            out += " First refusal: `" + p.orders->firstProblem + "`.";
    out += " Goal (longest UI-thread stall < 50 ms while streaming " + run.canvas
           + " and receiving " + std::to_string(run.rate) + " orders/s): **"
           + std::string(run.goalMet ? "met" : "not met") + "** ("
           + format("%.1f", run.worstLongestMs) + " ms).\n";
    out += end;
    return out;
}

} // namespace stallcast::bench
