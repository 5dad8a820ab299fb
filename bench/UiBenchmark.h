#pragma once

#include <string>
#include <vector>

namespace stallcast::bench {

// `stallcast-bench ui`: how long the studio's UI thread stalls (UiStallMonitor) while its
// MainWindow records a 1080p canvas and 200 signed orders a second reach its own order receiver
// over HTTP, against the same window open with the encoder idle, in the same run.
std::string uiUsage();
int runUiBenchmark(const std::vector<std::string> &args);

} // namespace stallcast::bench
