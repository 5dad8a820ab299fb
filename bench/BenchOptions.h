#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace stallcast::bench {

class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// A whole number >= minimum given to `option`; throws UsageError saying which option and why.
std::size_t parseCount(const std::string &option, const std::string &text, std::size_t minimum);

// Options of `stallcast-bench orders`.
struct OrdersOptions {
    std::size_t orders = 200'000;      // orders per pipelined group-commit run
    std::size_t waitOrders = 20'000;   // orders in the group-commit run where place() waits
    std::size_t baselineOrders = 3'000; // orders in the naive one-transaction-per-order run
    std::size_t producers = 8;
    std::vector<std::size_t> windows{64, 256}; // futures in flight per producer, one run each
    std::size_t products = 16;           // orders are spread over this many SKUs
    std::optional<std::filesystem::path> dir; // where the databases go (default: a temp dir)
    std::optional<std::filesystem::path> docs; // BENCHMARKS.md to refresh
    bool writeDocs = true;
    bool keepDatabases = false;
    bool runNaive = true;     // --runs picks which of the three runs to do (for profiling)
    bool runWaiting = true;
    bool runPipelined = true;
    // --flash-sale N: each pipelined run again with a flash sale of N units on every SKU (what
    // pricing against a live sale costs the order book).
    std::size_t flashSaleUnits = 0;
    std::string commandLine; // as typed, for the report
};

std::string ordersUsage();

// Parses the arguments after "orders". Throws UsageError.
OrdersOptions parseOrdersOptions(const std::vector<std::string> &args);

// Where a benchmark works and which BENCHMARKS.md it refreshes (--dir DIR, --docs PATH, --no-docs).
struct ReportOptions {
    std::optional<std::filesystem::path> dir;  // default: a temp dir
    std::optional<std::filesystem::path> docs; // default: the source tree's docs/BENCHMARKS.md
    ReportOptions();
};

// Walks a benchmark's arguments: --dir, --docs and --no-docs go into `report`, every other option
// to `other(option, value)`, where value() takes the option's argument (UsageError if missing).
void parseBenchArgs(
    const std::vector<std::string> &args, ReportOptions &report,
    const std::function<void(const std::string &option, const std::function<std::string()> &value)>
        &other);

} // namespace stallcast::bench
