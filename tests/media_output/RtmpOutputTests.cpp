#include "TestFramework.h"

#include "MediaProbe.h"
#include "NginxRtmp.h"
#include "OutputChecks.h"
#include "TempDir.h"
#include "TestClip.h"

#include "media/output/OutputFactory.h"
#include "media/output/RecordingRemux.h"

#include <cmath>

using namespace stallcast::media;
using namespace stallcast::test;

TEST_CASE("media_output: one encode feeds nginx-rtmp and an MKV recording, which remuxes to MP4",
          "[media_output][rtmp][integration]")
{
    TempDir dir;
    NginxRtmp nginx;
    // 5 s of 320x240@30 H.264 (keyframe every 2 s) + AAC, pushed at twice real time.
    const auto clip = encodeTestClip(5.0, 320, 240, 30, 2.0);
    LogCollector logs;
    const std::string key = "sellerkey12345";
    const auto rtmp = openOutput(OutputTarget::parse(nginx.url(key)), clip.program, logs.options());
    const auto recordingPath = dir / "show.mkv";
    const auto recording =
        openOutput(OutputTarget::parse(recordingPath.string()), clip.program, logs.options());
    rtmp->start();
    recording->start();
    REQUIRE(waitUntil([&] { return rtmp->stats().state == OutputState::Live; }, 5000));

    std::int64_t bitrateMidway = 0;
    pushPaced(clip, {rtmp.get(), recording.get()}, -1e9, 1e9, 2.0, [&](double at) {
        if (bitrateMidway == 0 && at >= 4.0) {
            bitrateMidway = rtmp->stats().bitrateBitsPerSecond;
        }
    });
    // ~500 kbit/s of content at twice real time, measured over the last 2 s.
    CHECK(bitrateMidway > 600000);
    CHECK(bitrateMidway < 1600000);
    rtmp->stop();
    recording->stop();

    for (const auto *output : {rtmp.get(), recording.get()}) {
        const auto stats = output->stats();
        INFO(output->target().maskedName() << ": " << stats.lastError << " dropped " << stats.framesDropped << " v " << stats.videoFramesDropped << " a " << stats.audioFramesDropped);
        CHECK(stats.state == OutputState::Stopped);
        checkAllDelivered(stats, clip);
        CHECK(stats.reconnectCount == 0);
        CHECK(stats.bytesSent > 50000);
        CHECK(stats.lastError.empty());
    }
    CHECK(logs.all().find(key) == std::string::npos);
    CHECK(logs.all().find("live/se****") != std::string::npos);

    nginx.stop(); // finalises its recording
    const auto received = nginx.recordings(key);
    REQUIRE(received.size() == 1);
    checkReceivedStream(received.front(), clip, 5.0);
    const auto keyframes = keyframeTimes(received.front());
    REQUIRE(keyframes.size() >= 3);
    for (std::size_t i = 1; i < keyframes.size(); ++i) {
        CHECK(std::abs(keyframes[i] - keyframes[i - 1] - 2.0) < 0.05);
    }

    checkReceivedStream(recordingPath, clip, 5.0, 0.1);
    const auto mp4 = dir / "show.mp4";
    remuxToMp4(recordingPath, mp4);
    checkReceivedStream(mp4, clip, 5.0, 0.1);
    CHECK_FALSE(std::filesystem::exists(dir / "show.mp4.part"));
    CHECK_THROWS_WITH(remuxToMp4(dir / "missing.mkv", dir / "x.mp4"),
                      Catch::Matchers::Contains("missing.mkv")
                          && Catch::Matchers::Contains("cannot open the recording"));
}

TEST_CASE("media_output: an SRT listener (ffmpeg) receives a valid MPEG-TS stream",
          "[media_output][srt][integration]")
{
    TempDir dir;
    const int port = freeLoopbackPort();
    const auto received = dir / "srt.ts";
    BackgroundProgram listener({"ffmpeg", "-nostdin", "-v", "error", "-y", "-i",
                                "srt://127.0.0.1:" + std::to_string(port) + "?mode=listener",
                                "-c", "copy", "-f", "mpegts", received.string()},
                               dir / "ffmpeg.log");
    const auto clip = encodeTestClip(4.0);
    auto options = LogCollector{}.options();
    options.reconnectStartMs = 200; // the listener may need a moment to bind
    const auto srt = openOutput(
        OutputTarget::parse("srt://127.0.0.1:" + std::to_string(port) + "?latency=200000"),
        clip.program, options);
    srt->start();
    REQUIRE(waitUntil([&] { return srt->stats().state == OutputState::Live; }, 5000));
    pushPaced(clip, {srt.get()}, -1e9, 1e9, 2.0);
    srt->stop();
    const auto stats = srt->stats();
    INFO(stats.lastError);
    checkAllDelivered(stats, clip);
    if (!listener.waitForExit(5000)) {
        listener.interrupt();
        REQUIRE(listener.waitForExit(5000));
    }
    checkReceivedStream(received, clip, 4.0);
}

TEST_CASE("media_output: RTMPS goes through TLS (nginx's stream module in front of nginx-rtmp)",
          "[media_output][rtmps][integration]")
{
    NginxRtmp nginx(0, true);
    const auto clip = encodeTestClip(3.0);
    LogCollector logs;
    const std::string key = "tlskey987654";
    const auto rtmps =
        openOutput(OutputTarget::parse(nginx.tlsUrl(key)), clip.program, logs.options());
    REQUIRE(rtmps->target().kind == OutputKind::Rtmps);
    rtmps->start();
    REQUIRE(waitUntil([&] { return rtmps->stats().state == OutputState::Live; }, 5000));
    pushPaced(clip, {rtmps.get()}, -1e9, 1e9, 2.0);
    rtmps->stop();
    const auto stats = rtmps->stats();
    INFO(stats.lastError << "\n" << logs.all());
    checkAllDelivered(stats, clip);
    CHECK(logs.all().find(key) == std::string::npos);
    nginx.stop();
    const auto received = nginx.recordings(key);
    REQUIRE(received.size() == 1);
    checkReceivedStream(received.front(), clip, 3.0);
}
