#pragma once

#include <string>
#include <vector>

namespace stallcast::bench {

// The product card (docs/OVERLAY.md): re-render time, turning it into the overlay layer's YUVA,
// the per-frame blend at 1080p, and order commit -> card on the overlay layer, each against
// copying one 1080p frame measured in the same run. Refreshes docs/BENCHMARKS.md.
int runCardBenchmark(const std::vector<std::string> &args);
std::string cardUsage();

} // namespace stallcast::bench
