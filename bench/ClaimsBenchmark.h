#pragma once

#include <string>
#include <vector>

namespace stallcast::bench {

std::string claimsUsage();

// stallcast-bench claims [options]: comments parsed and applied by the claim desk, durable,
// against one claim per transaction in the same run; refreshes docs/BENCHMARKS.md.
int runClaimsBenchmark(const std::vector<std::string> &args);

} // namespace stallcast::bench
