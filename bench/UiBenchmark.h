#pragma once

#include <string>
#include <vector>

namespace stallcast::bench {

// `stallcast-bench ui`: how long the studio's UI thread stalls (UiStallMonitor) while orders
// pour in through core, against the same window left idle in the same run.
std::string uiUsage();
int runUiBenchmark(const std::vector<std::string> &args);

} // namespace stallcast::bench
