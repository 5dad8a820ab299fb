#pragma once

#include "MuxingTestSink.h"

#include "media/pipeline/Broadcast.h"

#include <filesystem>
#include <memory>
#include <vector>

namespace stallcast::test {

// Runs a Broadcast to its duration with one MuxingTestSink per canvas (files[i] for canvas i)
// and returns its final stats. Fails the test if it does not finish within duration + 20 s.
media::BroadcastStats runBroadcastToFiles(media::BroadcastOptions options,
                                          const std::vector<std::filesystem::path> &files);

// The default options of a test: test pattern + tone, one canvas of `format`.
media::BroadcastOptions testPatternOptions(const std::string &format, double seconds);

} // namespace stallcast::test
