#pragma once

// Shared pieces of the output integration tests: quiet options, waiting for a state, and the
// ffprobe checks of what a destination received.

#include "MediaProbe.h"
#include "TestClip.h"

#include "media/output/Output.h"

#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace stallcast::test {

// Output options that collect the log lines (to check masking) instead of printing them.
struct LogCollector {
    std::shared_ptr<std::mutex> mutex = std::make_shared<std::mutex>();
    std::shared_ptr<std::vector<std::string>> lines = std::make_shared<std::vector<std::string>>();
    media::OutputOptions options() const;
    std::string all() const;
};

// Polls the condition every 10 ms; true once it holds, false after the timeout.
bool waitUntil(const std::function<bool()> &condition, int timeoutMs);

// Every packet of the clip was sent, except the AAC encoder's priming packet, which comes
// before the first video keyframe (where every session starts) and counts as dropped.
void checkAllDelivered(const media::OutputStats &stats, const TestClip &clip);

// H.264 + AAC at the clip's size, duration within `tolerance` of `seconds`, audio and video
// starting within 100 ms of each other. Returns what ffprobe saw, for more checks.
ProbedFile checkReceivedStream(const std::filesystem::path &file, const TestClip &clip,
                               double seconds, double tolerance = 0.5);

} // namespace stallcast::test
