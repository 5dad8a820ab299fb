#pragma once

#include "RunResult.h"

#include <cstddef>
#include <filesystem>

namespace stallcast::bench {

// The baseline: every producer thread has its own connection and writes each order in its own
// durable transaction (BEGIN IMMEDIATE; guarded decrement; insert order, line, ledger row;
// COMMIT), SQLite's busy_timeout serialising the writers. One fsync per order.
RunResult runNaiveOrders(const std::filesystem::path &file, std::size_t orders,
                         std::size_t producers);

} // namespace stallcast::bench
