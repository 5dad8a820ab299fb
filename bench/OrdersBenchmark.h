#pragma once

#include "BenchOptions.h"

namespace stallcast::bench {

// `stallcast-bench orders`: the naive baseline, then group commit with 1 and with `window`
// orders in flight per producer; prints the table and refreshes BENCHMARKS.md. Returns the exit
// code (non-zero when a run's consistency check failed).
int runOrdersBenchmark(const OrdersOptions &options);

} // namespace stallcast::bench
