#pragma once

#include <string>
#include <vector>

namespace stallcast::bench {

// The pipeline's side of `stallcast-bench media`, run in its own process (so its CPU time and
// peak RSS are measured by the parent exactly as the ffmpeg program's are):
//   stallcast-bench media-child --mode lockstep|realtime --seconds N --canvas WxH@FPS
//                               --overlay PNG@X,Y --out FILE.flv
// Prints one line of JSON: the first encoded packet's CLOCK_MONOTONIC time and the stats.
int runMediaChild(const std::vector<std::string> &args);

} // namespace stallcast::bench
