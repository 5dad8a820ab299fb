#include "OrdersReport.h"

#include "MarkdownText.h"

#include <cstdio>

namespace stallcast::bench {

namespace {

constexpr std::string_view kBegin = "<!-- stallcast-bench orders: begin (generated, do not edit) -->";
constexpr std::string_view kEnd = "<!-- stallcast-bench orders: end -->";

bool isNaive(const RunResult &r)
{
    return r.mode.rfind("naive", 0) == 0;
}

} // namespace

std::string ordersTable(const std::vector<RunResult> &runs)
{
    std::string out = "| Mode | Producers | In flight per producer | Orders | Seconds | Orders/s "
                      "| vs naive | Fsyncs | Orders per fsync | p50 ms | p99 ms "
                      "| CPU µs per order | Writer thread CPU µs per order | Check |\n"
                      "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n";
    const double base = !runs.empty() && isNaive(runs.front()) ? runs.front().ordersPerSecond() : 0;
    for (const auto &r : runs) {
        out += "| " + r.mode + " | " + std::to_string(r.producers) + " | "
               + std::to_string(r.inFlight) + " | " + withThousands(static_cast<double>(r.orders))
               + (r.failed ? " (" + std::to_string(r.failed) + " failed)" : "") + " | "
               + format("%.2f", r.seconds) + " | **" + withThousands(r.ordersPerSecond()) + "** | "
               + (base > 0 ? format("%.1f×", r.ordersPerSecond() / base) : "–") + " | "
               + withThousands(static_cast<double>(r.fsyncs)) + " | "
               + format("%.1f", r.ordersPerFsync()) + " | "
               + format("%.2f", r.latency.percentileMs(50)) + " | "
               + format("%.2f", r.latency.percentileMs(99)) + " | "
               + format("%.1f", r.cpuMicrosPerOrder()) + " | "
               + (r.writerCpuMicrosPerOrder() ? format("%.1f", *r.writerCpuMicrosPerOrder()) : "–")
               + " | "
               + (r.check.empty() ? "ok" : "FAILED: " + r.check) + " |\n";
    }
    return out;
}

std::string ordersSection(const std::vector<RunResult> &runs, const OrdersOptions &options,
                          const MachineInfo &machine, const std::string &date)
{
    std::string out(kBegin);
    out += "\n## Orders: group commit vs one transaction per order\n\n";
    out += "- Date: " + date + "\n";
    out += "- Command: `" + options.commandLine + "`\n";
    out += "- Machine: " + std::to_string(machine.cpus) + " CPUs (nproc), " + machine.cpuModel
           + ", " + machine.kernel + ", malloc: " + machine.allocator + "\n";
    out += "- Storage: " + machine.storage + "\n";
    out += "- SQLite " + machine.sqliteVersion
           + ", WAL, synchronous=FULL: nobody is told \"committed\" before the commit is "
             "fsynced. The group-commit writer leaves its commits' fsync to the thread that "
             "tells callers, one fsync for every commit since its last (db/TransactionQueue.h); "
             "the naive baseline fsyncs each COMMIT. Fsyncs: those that made orders durable "
             "(WAL checkpoints add a few)\n";
    out += "- Workload: single-line orders of 1 unit spread over " + std::to_string(options.products)
           + " products, " + std::to_string(options.producers)
           + " producer threads, stock never runs out; each run starts from a fresh database\n";
    out += "- Naive: each producer has its own connection and does BEGIN IMMEDIATE; guarded "
           "decrement; insert order, line, ledger row; COMMIT (busy_timeout between them)\n";
    out += "- Group commit: orders::OrderBook::placeAsync through the TransactionQueue; \"place() "
           "waits\" = 1 order in flight per producer, \"pipelined\" = a window of futures per "
           "producer; a future resolves only after the COMMIT holding its order\n";
    out += "- Latency: from the call to when the producer sees its future resolved (pipelined "
           "producers collect in order, so this includes waiting behind older orders)\n";
    out += "- CPU µs per order: process CPU time (all threads, user + system) over the run, per "
           "order; writer thread: the share of the one thread that runs every SQLite write "
           "(read from inside a job), which bounds group commit at 1e6 / (that figure) orders/s\n\n";
    out += ordersTable(runs);
    out += "\n";
    for (const auto &r : runs) {
        if (r.mode.find("pipelined") == std::string::npos)
            continue;
        const double rate = r.ordersPerSecond();
        out += "Goal (>= " + withThousands(kOrdersGoalPerSecond) + " durable orders/s), window "
               + std::to_string(r.inFlight) + ": "
               + (rate >= kOrdersGoalPerSecond ? "**met**" : "**missed**") + " ("
               + withThousands(rate) + " orders/s, "
               + format("%.0f%%", 100.0 * rate / kOrdersGoalPerSecond) + " of the goal).\n";
    }
    out += "\n";
    out += kEnd; // no newline: the one after the marker in the file stays (replaceMarkedSection)
    return out;
}

void refreshOrdersSection(const std::filesystem::path &file, const std::string &section)
{
    replaceMarkedSection(file, kBegin, kEnd, section);
}

} // namespace stallcast::bench
