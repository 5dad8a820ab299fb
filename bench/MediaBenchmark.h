#pragma once

#include <string>
#include <vector>

namespace stallcast::bench {

std::string mediaUsage();

// stallcast-bench media: the pipeline vs the ffmpeg program doing the identical job (test
// pattern + tone -> one RGBA overlay -> x264 veryfast CBR 4.5 Mbit/s + AAC -> FLV file), both
// measured in the same run, each in its own process. Refreshes docs/BENCHMARKS.md.
int runMediaBenchmark(const std::vector<std::string> &args);

} // namespace stallcast::bench
