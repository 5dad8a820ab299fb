#pragma once

#include "LatencyStats.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace stallcast::bench {

// What one benchmark run measured.
struct RunResult {
    std::string mode;        // "naive", "group commit"
    std::size_t producers = 0;
    std::size_t inFlight = 0; // per producer
    std::size_t orders = 0;   // committed
    std::size_t failed = 0;   // errors (should be 0)
    double seconds = 0;
    double cpuSeconds = 0;    // process CPU time (all threads, user + system) during the run
    std::optional<double> writerCpuSeconds; // the group-commit writer thread's share of it
    std::optional<std::int64_t> writerPages; // page frames the writer wrote to the WAL
    std::size_t fsyncs = 0;   // fsyncs that made the orders durable (TransactionQueue::syncs)
    LatencyStats latency;     // place -> caller told "committed"
    std::string check;        // empty when the post-run consistency check passed

    double ordersPerSecond() const { return seconds > 0 ? static_cast<double>(orders) / seconds : 0; }
    double cpuMicrosPerOrder() const
    {
        return orders > 0 ? cpuSeconds * 1e6 / static_cast<double>(orders) : 0;
    }
    std::optional<double> writerCpuMicrosPerOrder() const
    {
        if (!writerCpuSeconds || orders == 0)
            return std::nullopt;
        return *writerCpuSeconds * 1e6 / static_cast<double>(orders);
    }
    std::optional<double> writerPagesPerOrder() const
    {
        if (!writerPages || orders == 0)
            return std::nullopt;
        return static_cast<double>(*writerPages) / static_cast<double>(orders);
    }
    double ordersPerFsync() const
    {
        return fsyncs > 0 ? static_cast<double>(orders) / static_cast<double>(fsyncs) : 0;
    }
};

} // namespace stallcast::bench
