#pragma once

#include <string>
#include <vector>

namespace stallcast::bench {

// `studio`: what an open studio costs while nobody is watching (composed for the preview, the
// encoder idle) against the same studio recording, with the preview feed running as in the
// window. docs/BENCHMARKS.md, "Studio".
int runStudioBenchmark(const std::vector<std::string> &args);
std::string studioUsage();

} // namespace stallcast::bench
