#include "OutputChecks.h"

#include "TestFramework.h"

#include <chrono>
#include <cmath>
#include <thread>

namespace stallcast::test {

media::OutputOptions LogCollector::options() const
{
    media::OutputOptions options;
    options.log = [mutex = mutex, lines = lines](std::string_view line) {
        std::lock_guard lock(*mutex);
        lines->emplace_back(line);
    };
    return options;
}

std::string LogCollector::all() const
{
    std::lock_guard lock(*mutex);
    std::string text;
    for (const auto &line : *lines) {
        text += line + "\n";
    }
    return text;
}

bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    while (!condition()) {
        if (std::chrono::steady_clock::now() > deadline) {
            return false;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return true;
}

void checkAllDelivered(const media::OutputStats &stats, const TestClip &clip)
{
    INFO("sent " << stats.packetsSent << ", dropped " << stats.videoFramesDropped << " video and "
                 << stats.audioFramesDropped << " audio, of " << clip.packets.size());
    CHECK(stats.videoFramesDropped == 0);
    CHECK(stats.audioFramesDropped <= 1);
    CHECK(stats.packetsSent + stats.framesDropped
          == static_cast<std::int64_t>(clip.packets.size()));
}

ProbedFile checkReceivedStream(const std::filesystem::path &file, const TestClip &clip,
                               double seconds, double tolerance)
{
    INFO("checking " << file);
    REQUIRE(std::filesystem::exists(file));
    const auto probed = probeFile(file);
    const auto video = probed.stream("video");
    const auto audio = probed.stream("audio");
    REQUIRE(video);
    REQUIRE(audio);
    CHECK(video->codec == "h264");
    CHECK(audio->codec == "aac");
    CHECK(video->width == clip.width);
    CHECK(video->height == clip.height);
    INFO("duration " << probed.durationSeconds << " s, expected " << seconds << " s");
    CHECK(std::abs(probed.durationSeconds - seconds) <= tolerance);
    INFO("video starts at " << video->startSeconds << " s, audio at " << audio->startSeconds);
    CHECK(std::abs(video->startSeconds - audio->startSeconds) <= 0.1);
    CHECK(startsWithKeyframe(file));
    return probed;
}

} // namespace stallcast::test
