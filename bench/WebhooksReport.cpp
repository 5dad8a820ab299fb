#include "WebhooksReport.h"

#include "MarkdownText.h"

#include <optional>

namespace stallcast::bench {

namespace {

constexpr std::string_view kBegin = "<!-- stallcast-bench webhooks: begin (generated, do not edit) -->";
constexpr std::string_view kEnd = "<!-- stallcast-bench webhooks: end -->";

std::string optionalFigure(std::optional<double> value, const char *pattern)
{
    return value ? format(pattern, *value) : std::string("–");
}

} // namespace

std::string webhooksTable(const std::vector<RunResult> &runs)
{
    std::string out = "| Run | In flight | Orders | Seconds | Orders/s | vs direct | p50 ms | p99 ms "
                      "| CPU µs/order | Writer CPU µs/order | WAL pages/order | Orders per fsync | Check |\n"
                      "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n";
    const double baseline = runs.empty() ? 0 : runs.front().ordersPerSecond();
    for (const auto &r : runs) {
        const bool ok = r.check.empty() && r.failed == 0;
        out += "| " + r.mode + " | " + std::to_string(r.inFlight) + " | "
               + withThousands(static_cast<double>(r.orders)) + " | " + format("%.2f", r.seconds)
               + " | **" + withThousands(r.ordersPerSecond()) + "** | "
               + (baseline > 0 ? format("%.2f×", r.ordersPerSecond() / baseline) : "–") + " | "
               + format("%.2f", r.latency.percentileMs(50)) + " | "
               + format("%.2f", r.latency.percentileMs(99)) + " | "
               + format("%.1f", r.cpuMicrosPerOrder()) + " | "
               + optionalFigure(r.writerCpuMicrosPerOrder(), "%.1f") + " | "
               + optionalFigure(r.writerPagesPerOrder(), "%.2f") + " | "
               + format("%.1f", r.ordersPerFsync()) + " | "
               + (ok ? std::string("ok")
                     : (r.failed ? std::to_string(r.failed) + " failed " : std::string()) + r.check)
               + " |\n";
    }
    return out;
}

std::string webhooksSection(const std::vector<RunResult> &runs, const WebhooksRunInfo &info)
{
    std::string out(kBegin);
    out += "\n## Webhooks: signed deliveries through the HTTP receiver vs the same job direct\n\n";
    out += "- Date: " + info.date + "\n";
    out += "- Command: `" + info.commandLine + "`\n";
    out += "- Machine: " + std::to_string(info.machine.cpus) + " CPUs (nproc), "
           + info.machine.cpuModel + ", " + info.machine.kernel
           + ", malloc: " + info.machine.allocator + "\n";
    out += "- Storage: " + info.machine.storage + "; SQLite " + info.machine.sqliteVersion
           + ", WAL, synchronous=FULL (every acknowledged order was fsynced first: the "
             "writer's commits are fsynced by the thread that acknowledges them, one fsync for "
             "every commit since its last, while the writer runs the next batch)\n";
    out += "- Workload: single-line paid orders of 1 unit over " + std::to_string(info.products)
           + " products, in the Stallcast format; each run starts from a fresh database\n";
    out += "- Direct (the baseline): the same deliveries, parsed before the clock starts, one "
           "from each connection in turn (as the receiver gets them), placed through "
           "feed::OrderIntake, the receiver's own job (delivery log, order, events), with "
           + std::to_string(info.connections) + " in flight: no HTTP, no signatures\n";
    out += "- HTTP receiver: a load generator in the same process (one thread, epoll) holds "
           + std::to_string(info.connections)
           + " keep-alive connections to the real receiver on 127.0.0.1, one request in flight "
             "on each; every request is signed uniquely (Stallcast-Signature, HMAC-SHA256) before "
             "the clock starts; latency is request written → 2xx read\n";
    out += "- CPU µs/order: process CPU time (all threads, user + system) per order; for the "
           "receiver it includes the load generator's share. Writer CPU: the group-committing "
           "writer thread alone (SQL, WAL writes; not the fsync, which another thread makes). "
           "Orders per fsync: orders over the fsyncs that made them durable. WAL pages/order: "
           "page frames the writer wrote to the WAL per order (SQLITE_DBSTATUS_CACHE_WRITE), "
           "each one page of 4 KiB\n\n";
    out += webhooksTable(runs);
    out += "\n";
    if (runs.size() > 1) {
        const auto &r = runs.back();
        const double rate = r.ordersPerSecond();
        const double p99 = r.latency.percentileMs(99);
        const bool met = rate >= kWebhooksGoalPerSecond && p99 <= kWebhooksGoalP99Ms;
        out += "Goal (>= " + withThousands(kWebhooksGoalPerSecond) + " orders/s, p99 <= "
               + format("%.0f", kWebhooksGoalP99Ms) + " ms): " + (met ? "**met**" : "**missed**")
               + " (" + withThousands(rate) + " orders/s, p99 " + format("%.2f", p99) + " ms).\n";
    }
    out += "\n";
    out += kEnd; // no newline: the one after the marker in the file stays (replaceMarkedSection)
    return out;
}

void refreshWebhooksSection(const std::filesystem::path &file, const std::string &section)
{
    replaceMarkedSection(file, kBegin, kEnd, section);
}

} // namespace stallcast::bench
