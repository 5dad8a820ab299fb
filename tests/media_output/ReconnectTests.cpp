#include "TestFramework.h"

#include "NginxRtmp.h"
#include "OutputChecks.h"
#include "TempDir.h"
#include "TestClip.h"

#include "media/output/OutputFactory.h"

#include <algorithm>
#include <chrono>
#include <optional>

using namespace stallcast::media;
using namespace stallcast::test;

TEST_CASE("media_output: after nginx is killed and restarted the output reconnects by itself "
          "while the other destination and the recording never stop",
          "[media_output][reconnect][integration]")
{
    using Clock = std::chrono::steady_clock;
    TempDir dir;
    NginxRtmp failing;
    NginxRtmp steady;
    const auto clip = encodeTestClip(10.0); // keyframe every second
    LogCollector logs;
    // Default backoff: first wait 2 s, then 3 s, 4.5 s (each +-20 %).
    const auto lost = openOutput(OutputTarget::parse(failing.url("lostkey123")), clip.program,
                                 logs.options());
    const auto other = openOutput(OutputTarget::parse(steady.url("otherkey123")), clip.program,
                                  logs.options());
    const auto recordingPath = dir / "show.mkv";
    const auto recording =
        openOutput(OutputTarget::parse(recordingPath.string()), clip.program, logs.options());
    for (auto *output : {lost.get(), other.get(), recording.get()}) {
        output->start();
    }
    REQUIRE(waitUntil([&] { return lost->stats().state == OutputState::Live; }, 5000));
    REQUIRE(waitUntil([&] { return other->stats().state == OutputState::Live; }, 5000));

    std::optional<Clock::time_point> killedAt;
    std::optional<Clock::time_point> restartedAt;
    std::optional<Clock::time_point> reconnectedAt;
    bool sawReconnecting = false;
    const auto longestPush =
        pushPaced(clip, {lost.get(), other.get(), recording.get()}, -1e9, 1e9, 1.0, [&](double at) {
            if (!killedAt && at >= 2.5) {
                failing.kill(); // mid-stream, as a crash would
                killedAt = Clock::now();
            }
            const auto state = lost->stats().state;
            sawReconnecting = sawReconnecting || state == OutputState::Reconnecting;
            if (!restartedAt && at >= 5.0) {
                failing.start(); // the same port
                restartedAt = Clock::now();
            }
            if (restartedAt && !reconnectedAt && state == OutputState::Live) {
                reconnectedAt = Clock::now();
            }
        });
    const auto lostStats = lost->stats();
    for (auto *output : {lost.get(), other.get(), recording.get()}) {
        output->stop();
    }

    INFO(logs.all());
    CHECK(sawReconnecting);
    REQUIRE(reconnectedAt);
    const auto reconnectSeconds =
        std::chrono::duration<double>(*reconnectedAt - *restartedAt).count();
    INFO("reconnected " << reconnectSeconds << " s after the server came back");
    CHECK(reconnectSeconds <= 5.0);
    CHECK(lostStats.reconnectCount == 1);
    CHECK(lostStats.framesDropped > 0); // the outage
    CHECK_FALSE(lostStats.lastError.empty());
    CHECK(lostStats.lastError.find("lostkey123") == std::string::npos);
    CHECK(logs.all().find("lostkey123") == std::string::npos);
    INFO("longest push() " << longestPush.count() << " us");
    CHECK(longestPush < std::chrono::milliseconds(50));

    // The other destination and the recording got everything, without a gap.
    for (const auto *output : {other.get(), recording.get()}) {
        const auto stats = output->stats();
        INFO(output->target().maskedName());
        CHECK(stats.reconnectCount == 0);
        checkAllDelivered(stats, clip);
    }
    checkReceivedStream(recordingPath, clip, 10.0, 0.1);
    steady.stop();
    const auto otherFiles = steady.recordings("otherkey123");
    REQUIRE(otherFiles.size() == 1);
    checkReceivedStream(otherFiles.front(), clip, 10.0);

    // The restarted server recorded the second session, which starts at a keyframe.
    failing.stop();
    const auto lostFiles = failing.recordings("lostkey123");
    REQUIRE(lostFiles.size() == 2);
    const auto second = probeFile(lostFiles.back());
    REQUIRE(second.stream("video"));
    CHECK(second.stream("video")->codec == "h264");
    CHECK(second.durationSeconds > 1.0);
    CHECK(startsWithKeyframe(lostFiles.front()));
    CHECK(startsWithKeyframe(lostFiles.back()));
    CHECK(startsWithKeyframe(otherFiles.front()));
}

TEST_CASE("media_output: a destination that stops reading times out and reconnects, the "
          "recording does not notice",
          "[media_output][stall][integration]")
{
    TempDir dir;
    NginxRtmp nginx;
    // Random pictures at ~12 Mbit/s: the kernel's socket buffers (megabytes on loopback) fill
    // within a few seconds once the server stops reading.
    ClipOptions clipOptions;
    clipOptions.videoBitRate = 12000000;
    clipOptions.noise = true;
    const auto clip = encodeTestClip(12.0, 320, 240, 30, clipOptions);
    LogCollector logs;
    auto options = logs.options();
    options.writeTimeoutMs = 1000;
    const auto stalled =
        openOutput(OutputTarget::parse(nginx.url("stallkey123")), clip.program, options);
    const auto recordingPath = dir / "show.mkv";
    const auto recording =
        openOutput(OutputTarget::parse(recordingPath.string()), clip.program, logs.options());
    stalled->start();
    recording->start();
    REQUIRE(waitUntil([&] { return stalled->stats().state == OutputState::Live; }, 5000));

    bool paused = false;
    bool resumed = false;
    bool sawReconnecting = false;
    double maxFill = 0;
    const auto longestPush =
        pushPaced(clip, {stalled.get(), recording.get()}, -1e9, 1e9, 1.0, [&](double at) {
            const auto stats = stalled->stats();
            maxFill = std::max(maxFill, stats.queueFill);
            if (!paused && at >= 1.5) {
                nginx.pause(); // connection open, nothing read: the socket buffers fill
                paused = true;
            }
            if (paused && !resumed && stats.state == OutputState::Reconnecting) {
                sawReconnecting = true;
                nginx.resume();
                resumed = true;
            }
        });
    const auto stats = stalled->stats();
    stalled->stop();
    recording->stop();

    INFO(logs.all());
    INFO("longest push() " << longestPush.count() << " us, fullest queue " << maxFill);
    REQUIRE(sawReconnecting);
    CHECK(stats.lastError.find("timed out") != std::string::npos);
    CHECK(stats.reconnectCount == 1);
    CHECK(stats.state == OutputState::Live);
    CHECK(maxFill > 0.2);
    CHECK(longestPush < std::chrono::milliseconds(50));
    checkAllDelivered(recording->stats(), clip);
    checkReceivedStream(recordingPath, clip, 12.0, 0.1);
}
