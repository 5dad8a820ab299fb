#include "ClaimsBenchmark.h"

#include "BenchDir.h"
#include "BenchOptions.h"
#include "CpuTime.h"
#include "MachineInfo.h"
#include "MarkdownText.h"
#include "RunResult.h"
#include "claims/ClaimDesk.h"
#include "db/Database.h"
#include "inventory/Catalog.h"
#include "inventory/StockLedger.h"

#include <charconv>
#include <chrono>
#include <cstdio>
#include <deque>
#include <iostream>
#include <random>

namespace stallcast::bench {

namespace {

constexpr double kGoalPerSecond = 50'000;
constexpr std::int64_t kStock = 1'000'000'000;
constexpr std::string_view kBegin = "<!-- stallcast-bench claims: begin (generated, do not edit) -->";
constexpr std::string_view kEnd = "<!-- stallcast-bench claims: end -->";

struct ClaimsOptions {
    std::size_t comments = 100'000;
    std::size_t baselineComments = 2'000;
    // Claims submitted and not yet durable. A chat source does not wait for the database (the
    // IRC source submits every comment as it reads it), so at 50,000 comments/s some thousands
    // are waiting at any time: 4,096 is about 80 ms of such a chat. 256 shows a trickle.
    std::vector<std::size_t> inFlight = {256, 4096};
    std::size_t products = 100;
    std::optional<std::filesystem::path> dir;
    std::optional<std::filesystem::path> docs =
        std::filesystem::path(STALLCAST_SOURCE_DIR) / "docs" / "BENCHMARKS.md";
    std::string commandLine = "stallcast-bench claims";
};

std::string productCode(std::size_t i)
{
    return std::string(1, static_cast<char>('A' + i / 100 % 26)) + std::to_string(1 + i % 100);
}

void createShop(const std::filesystem::path &file, std::size_t products)
{
    db::Database database(file);
    inventory::Catalog catalog(database);
    for (std::size_t i = 0; i < products; ++i) {
        inventory::Product p;
        p.sku = "CLAIM-" + std::to_string(i);
        p.code = productCode(i);
        p.name = "감귤 " + std::to_string(i);
        p.price = 12'000;
        p.currency = "KRW";
        catalog.save(p, kStock, "bench");
    }
}

// A chat: 4 in 5 comments are claims in the six languages' forms, the rest chatter.
std::vector<claims::Comment> chat(std::size_t count, std::size_t products, std::uint32_t seed)
{
    std::mt19937 random(seed);
    const char *forms[] = {"SOLD %s %d", "구매 %s %d개", "买%s %d", "CF %s %d", "+%d %s",
                           "quero %s %d", "beli %s %d pcs", "%s %d개 주세요"};
    const char *chatter[] = {"is A1 sold out?", "A1 얼마예요", "so fresh!! 🍊", "A1还有吗？",
                             "사장님 화이팅", "quanto custa?"};
    std::vector<claims::Comment> out;
    out.reserve(count);
    for (std::size_t n = 0; n < count; ++n) {
        claims::Comment c;
        c.source = "bench";
        c.id = "m" + std::to_string(n);
        c.handle = "viewer" + std::to_string(random() % 100'000);
        if (random() % 5 == 0) {
            c.text = chatter[random() % 6];
        } else {
            const auto code = productCode(random() % products);
            const int qty = 1 + static_cast<int>(random() % 3);
            const auto form = random() % 8;
            char text[64];
            if (form == 4)
                std::snprintf(text, sizeof text, forms[form], qty, code.c_str());
            else
                std::snprintf(text, sizeof text, forms[form], code.c_str(), qty);
            c.text = text;
        }
        out.push_back(std::move(c));
    }
    return out;
}

RunResult runDesk(const std::filesystem::path &file, const std::vector<claims::Comment> &comments,
                  std::size_t inFlightLimit, const std::string &mode)
{
    using Clock = std::chrono::steady_clock;
    RunResult run;
    run.mode = mode;
    run.producers = 1;
    run.inFlight = inFlightLimit;
    std::size_t held = 0;
    {
        db::Database database(file);
        claims::ClaimDesk desk(database);
        struct Pending {
            std::future<claims::ClaimRecord> record;
            Clock::time_point at;
        };
        std::deque<Pending> inFlight;
        auto collect = [&](Pending &p) {
            try {
                const auto r = p.record.get();
                ++run.orders;
                held += r.outcome == claims::ClaimOutcome::Held;
            } catch (const std::exception &) {
                ++run.failed;
            }
            run.latency.add(
                std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - p.at).count());
        };
        const auto syncs0 = database.writer().syncs();
        const double cpu0 = processCpuSeconds();
        const auto started = Clock::now();
        for (const auto &c : comments) {
            const auto at = Clock::now();
            auto record = desk.submit(c); // parsing counts: chatter is part of the load
            if (!record)
                continue;
            inFlight.push_back({std::move(*record), at});
            if (inFlight.size() >= inFlightLimit) {
                collect(inFlight.front());
                inFlight.pop_front();
            }
        }
        for (auto &p : inFlight)
            collect(p);
        run.seconds = std::chrono::duration<double>(Clock::now() - started).count();
        run.cpuSeconds = processCpuSeconds() - cpu0;
        run.fsyncs = database.writer().syncs() - syncs0;
        const auto wal = database.checkpointStats();
        std::cout << "  " << inFlightLimit << " in flight: WAL at most " << wal.largestWal
                  << " pages; checkpoints: " << wal.background << " in the background, "
                  << wal.byWriter << " by the writer (at most " << wal.mostLeftToWriter
                  << " pages left to it)" << std::endl;
    }
    // Every claim found stock (it never runs out here): held units = claims; ledger balanced.
    auto conn = db::Database::openConnection(file, 30000);
    const auto rows = conn->queryInt("SELECT count(*) FROM claims");
    const auto heldUnits = conn->queryInt("SELECT coalesce(sum(held), 0) FROM products");
    const auto claimedUnits = conn->queryInt("SELECT coalesce(sum(qty), 0) FROM claims");
    if (rows != static_cast<std::int64_t>(run.orders) || held != run.orders)
        run.check += std::to_string(rows) + " claims recorded, " + std::to_string(held)
                     + " held, expected " + std::to_string(run.orders) + "; ";
    if (heldUnits != claimedUnits)
        run.check += "held " + std::to_string(heldUnits) + " != claimed " +
                     std::to_string(claimedUnits) + "; ";
    for (const auto &p : inventory::StockLedger::verifyInvariant(*conn))
        run.check += "ledger: " + p + "; ";
    return run;
}

std::string table(const std::vector<RunResult> &runs)
{
    std::string out = "| Run | In flight | Claims | Seconds | Claims/s | vs baseline | p50 ms | "
                      "p99 ms | CPU µs/claim | Claims per fsync | Check |\n"
                      "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n";
    const double baseline = runs.front().ordersPerSecond();
    for (const auto &r : runs)
        out += "| " + r.mode + " | " + std::to_string(r.inFlight) + " | "
               + withThousands(static_cast<double>(r.orders)) + " | " + format("%.2f", r.seconds)
               + " | **" + withThousands(r.ordersPerSecond()) + "** | "
               + format("%.1f×", r.ordersPerSecond() / baseline) + " | "
               + format("%.2f", r.latency.percentileMs(50)) + " | "
               + format("%.2f", r.latency.percentileMs(99)) + " | "
               + format("%.1f", r.cpuMicrosPerOrder()) + " | " + format("%.1f", r.ordersPerFsync())
               + " | " + (r.check.empty() && r.failed == 0 ? std::string("ok") : r.check) + " |\n";
    return out;
}

std::string section(const std::vector<RunResult> &runs, const ClaimsOptions &o,
                    const MachineInfo &machine)
{
    std::string out(kBegin);
    out += "\n## Claims: comments parsed and applied by the claim desk\n\n";
    out += "- Date: " + utcNow() + "\n- Command: `" + o.commandLine + "`\n";
    out += "- Machine: " + std::to_string(machine.cpus) + " CPUs (nproc), " + machine.cpuModel
           + ", " + machine.kernel + ", malloc: " + machine.allocator + "; storage: " + machine.storage + "; SQLite "
           + machine.sqliteVersion + ", WAL, synchronous=FULL\n";
    out += "- Workload: a chat of comments from 100,000 viewers over " + std::to_string(o.products)
           + " products (stock never runs out, so every claim takes a hold: the most writing "
             "case); 4 in 5 comments are claims in the six languages' forms (SOLD A1 2, 구매 A1 "
             "2개, 买A1 2, CF A1 2, +2 A1, quero A1 2, beli A1 2 pcs, A1 2개 주세요), the rest "
             "chatter; parsing counts in the time\n";
    out += "- Baseline: one claim per transaction (the next comment waits for the last claim's "
           "fsync); desk: comments submitted as they arrive, up to N claims submitted and not yet "
           "durable (a chat source does not wait: N = 4,096 is about 80 ms of a 50,000/s chat); "
           "the claims waiting when the writer is free go to it as one job, group-committed; a "
           "claim counts when its record is durable\n\n";
    out += table(runs) + "\n";
    for (std::size_t i = 1; i < runs.size(); ++i) {
        const double rate = runs[i].ordersPerSecond();
        out += "Goal (>= " + withThousands(kGoalPerSecond) + " durable claims/s), "
               + withThousands(static_cast<double>(runs[i].inFlight)) + " in flight: "
               + (rate >= kGoalPerSecond ? "**met**" : "**missed**") + " ("
               + withThousands(rate) + " claims/s).\n";
    }
    out += "\n";
    out += kEnd; // no newline: the one after the marker in the file stays (replaceMarkedSection)
    return out;
}

} // namespace

std::string claimsUsage()
{
    return "stallcast-bench claims [--comments N] [--baseline-comments N] [--in-flight N[,N...]]\n"
           "                       [--dir DIR] [--docs PATH | --no-docs]\n";
}

int runClaimsBenchmark(const std::vector<std::string> &args)
{
    ClaimsOptions o;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const auto &a = args[i];
        o.commandLine += " " + a;
        auto value = [&]() -> std::string {
            if (i + 1 >= args.size())
                throw UsageError(a + " needs a value");
            o.commandLine += " " + args[i + 1];
            return args[++i];
        };
        if (a == "--comments")
            o.comments = parseCount(a, value(), 1);
        else if (a == "--baseline-comments")
            o.baselineComments = parseCount(a, value(), 1);
        else if (a == "--in-flight") {
            // Several windows, comma-separated: one desk run each, in that order.
            o.inFlight.clear();
            const auto list = value();
            for (std::size_t at = 0; at <= list.size();) {
                const auto comma = std::min(list.find(',', at), list.size());
                o.inFlight.push_back(parseCount(a, list.substr(at, comma - at), 1));
                at = comma + 1;
            }
        }
        else if (a == "--dir")
            o.dir = value();
        else if (a == "--docs")
            o.docs = value();
        else if (a == "--no-docs")
            o.docs.reset();
        else
            throw UsageError("unknown option " + a + "\n" + claimsUsage());
    }
    const BenchDir dir(o.dir, false);
    std::cout << "stallcast-bench claims: databases in " << dir.path().string() << std::endl;
    std::vector<RunResult> runs;
    const auto baselineFile = dir.path() / "baseline.db";
    createShop(baselineFile, o.products);
    runs.push_back(runDesk(baselineFile, chat(o.baselineComments, o.products, 1), 1,
                           "one claim per transaction"));
    const auto comments = chat(o.comments, o.products, 2);
    for (std::size_t i = 0; i < o.inFlight.size(); ++i) {
        const auto deskFile = dir.path() / ("desk-" + std::to_string(i) + ".db");
        createShop(deskFile, o.products);
        runs.push_back(runDesk(deskFile, comments, o.inFlight[i], "claim desk, group commit"));
    }
    std::cout << table(runs);
    bool ok = true;
    for (const auto &r : runs)
        ok = ok && r.check.empty() && r.failed == 0;
    if (o.docs) {
        replaceMarkedSection(*o.docs, kBegin, kEnd,
                             section(runs, o, MachineInfo::probe(dir.path())));
        std::cout << "refreshed " << o.docs->string() << std::endl;
    }
    return ok ? 0 : 1;
}

} // namespace stallcast::bench
