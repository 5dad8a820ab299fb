// The studio's live session: one broadcast running from the start, outputs attached and
// detached while it runs, each file checked with ffprobe; a real nginx-rtmp destination.
#include "MediaProbe.h"
#include "NginxRtmp.h"
#include "SmallSessionOptions.h"
#include "TempDir.h"
#include "TestFramework.h"

#include "media/output/OutputTarget.h"
#include "studio/LiveSession.h"

extern "C" {
#include <libavutil/log.h>
}

#include <chrono>
#include <cmath>
#include <thread>

using namespace stallcast;
using studio::CanvasRole;
using studio::LiveSession;

namespace {

void sleepSeconds(double seconds)
{
    std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
}

bool waitFor(const std::function<bool()> &condition, double seconds)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
    while (!condition()) {
        if (std::chrono::steady_clock::now() > deadline)
            return condition();
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return true;
}

std::optional<studio::OutputStatus> statusOf(const LiveSession &session, const std::string &id)
{
    for (const auto &output : session.snapshot().outputs)
        if (output.id == id)
            return output;
    return std::nullopt;
}

// A file that starts at 0 on a keyframe, with both streams starting together.
void requirePlayable(const std::filesystem::path &file, int width, int height, double seconds,
                     double tolerance)
{
    INFO(file);
    const auto probed = test::probeMedia(file);
    const auto *video = probed.stream("video");
    const auto *audio = probed.stream("audio");
    REQUIRE(video != nullptr);
    REQUIRE(audio != nullptr);
    CHECK(video->codecName == "h264");
    CHECK(audio->codecName == "aac");
    CHECK(video->width == width);
    CHECK(video->height == height);
    CHECK(std::abs(probed.duration - seconds) <= tolerance);
    CHECK(std::abs(video->startTime - audio->startTime) <= 0.1);
    CHECK(video->startTime < 0.2); // its own timeline, not the studio session's
    REQUIRE(!probed.keyframeTimes.empty());
    CHECK(std::abs(probed.keyframeTimes.front() - video->startTime) < 0.05);
}

} // namespace

TEST_CASE("studio session: idle canvases compose for the preview but encode nothing",
          "[studio]")
{
    LiveSession session(test::smallSessionOptions());
    session.start();
    auto tap = session.preview(CanvasRole::Landscape);
    REQUIRE(waitFor([&] { return tap->counts().offered >= 15; }, 10));
    const auto frame = tap->takeNext(std::chrono::milliseconds(1000));
    REQUIRE(frame);
    CHECK(frame->width == 320);
    CHECK(frame->height == 240);
    const auto snapshot = session.snapshot();
    REQUIRE(snapshot.framesEncoded.size() == 1);
    CHECK(snapshot.framesEncoded[0] == 0);
    CHECK(snapshot.framesIdle[0] >= 15);
    CHECK(snapshot.sourceLabel == "test pattern");
    CHECK(!session.hasCanvas(CanvasRole::Vertical));
    CHECK_THROWS_AS(session.preview(CanvasRole::Vertical), std::invalid_argument);
    session.stop();
    CHECK(!session.running());
}

TEST_CASE("studio session: a recording goes on while a second output is added and removed",
          "[studio][integration]")
{
    test::TempDir dir;
    LiveSession session(test::smallSessionOptions());
    session.start();
    sleepSeconds(1.0); // the studio has been open a while: outputs join a running broadcast

    const auto recording = dir / "show.mkv";
    session.attach("recording", CanvasRole::Landscape,
                   media::OutputTarget::parse(recording.string()));
    CHECK_THROWS_AS(session.attach("recording", CanvasRole::Landscape,
                                   media::OutputTarget::parse((dir / "x.mkv").string())),
                    std::invalid_argument);
    REQUIRE(waitFor([&] {
        auto s = statusOf(session, "recording");
        return s && s->stats.state == media::OutputState::Live && s->stats.packetsSent > 30;
    }, 10));
    sleepSeconds(1.0);

    const auto second = dir / "clip.mp4";
    session.attach("clip", CanvasRole::Landscape, media::OutputTarget::parse(second.string()));
    sleepSeconds(3.0);
    const auto clip = session.detach("clip");
    REQUIRE(clip);
    CHECK(clip->stats.state == media::OutputState::Stopped);
    CHECK(clip->recording);
    CHECK(!session.detach("clip")); // already gone
    sleepSeconds(1.0);
    const auto show = session.detach("recording");
    REQUIRE(show);
    CHECK(show->stats.state == media::OutputState::Stopped);
    CHECK(show->stats.lastError.empty());

    // Nothing attached any more: the encoder goes idle again.
    const auto encodedAfter = session.snapshot().framesEncoded.at(0);
    sleepSeconds(0.5);
    CHECK(session.snapshot().framesEncoded.at(0) == encodedAfter);
    session.stop();

    requirePlayable(recording, 320, 240, 5.0, 0.6);
    // Attached for 3 s; the encoder's own delay (look-ahead, B-frames, a busy machine) moves
    // both ends by a few hundred milliseconds.
    requirePlayable(second, 320, 240, 3.0, 0.8);
}

TEST_CASE("studio session: dual output records the vertical canvas on its own",
          "[studio][integration]")
{
    test::TempDir dir;
    LiveSession session(test::smallSessionOptions(true));
    session.start();
    REQUIRE(session.hasCanvas(CanvasRole::Vertical));
    CHECK(session.canvasFormat(CanvasRole::Vertical).toString() == "240x320@30");
    const auto vertical = dir / "vertical.mkv";
    session.attach("vertical", CanvasRole::Vertical, media::OutputTarget::parse(vertical.string()));
    sleepSeconds(2.5);
    REQUIRE(session.detach("vertical"));
    const auto snapshot = session.snapshot();
    CHECK(snapshot.framesEncoded.at(0) == 0); // the landscape canvas had nobody: never encoded
    CHECK(snapshot.framesEncoded.at(1) > 30);
    session.stop();
    requirePlayable(vertical, 240, 320, 2.5, 0.5);
}

TEST_CASE("studio session: going live to nginx-rtmp while recording, then stopping",
          "[studio][integration]")
{
    test::TempDir dir;
    test::NginxRtmp nginx;
    LiveSession session(test::smallSessionOptions());
    session.start();
    const auto recording = dir / "show.mkv";
    session.attach("recording", CanvasRole::Landscape,
                   media::OutputTarget::parse(recording.string()));
    sleepSeconds(1.0);
    session.attach("rtmp", CanvasRole::Landscape,
                   media::OutputTarget::parse(nginx.url("studiokey123")));
    REQUIRE(waitFor([&] {
        auto s = statusOf(session, "rtmp");
        return s && s->stats.state == media::OutputState::Live && s->stats.packetsSent > 60;
    }, 15));
    const auto live = statusOf(session, "rtmp");
    REQUIRE(live);
    CHECK(live->name.find("studiokey123") == std::string::npos); // masked
    CHECK(live->stats.bitrateBitsPerSecond > 0);
    session.adaptBitrates();
    CHECK(!session.reconnectNow("nothing"));
    CHECK(session.reconnectNow("rtmp")); // no effect while live
    sleepSeconds(2.0);
    const auto stopped = session.detach("rtmp");
    REQUIRE(stopped);
    CHECK(stopped->stats.state == media::OutputState::Stopped);
    CHECK(session.attached("recording"));
    sleepSeconds(0.5);
    session.stop(); // stops the recording too
    nginx.stop();

    const auto received = nginx.recordings("studiokey123");
    REQUIRE(received.size() == 1);
    requirePlayable(received[0], 320, 240, 3.0, 1.0);
    requirePlayable(recording, 320, 240, 4.5, 1.0);
}

TEST_CASE("studio session: a source that cannot open falls back to the test pattern",
          "[studio]")
{
    test::TempDir dir;
    auto options = test::smallSessionOptions();
    options.source = "camera:" + (dir / "no-such-camera").string();
    options.audio = "none";
    LiveSession session(options);
    session.start();
    CHECK(session.running());
    CHECK(session.snapshot().sourceLabel == "test pattern");
    CHECK(session.startWarning().find("no-such-camera") != std::string::npos);
    CHECK(session.startWarning().find("showing test pattern instead") != std::string::npos);
    session.stop();
}

TEST_CASE("studio session: switching the source keeps the recording going",
          "[studio][integration]")
{
    test::TempDir dir;
    LiveSession session(test::smallSessionOptions());
    session.start();
    const auto recording = dir / "show.mkv";
    session.attach("recording", CanvasRole::Landscape,
                   media::OutputTarget::parse(recording.string()));
    sleepSeconds(1.0);
    CHECK_THROWS(session.switchSources("file:" + (dir / "missing.mp4").string(), "none"));
    CHECK(session.snapshot().sourceLabel == "test pattern");
    session.switchSources("test", "none");
    sleepSeconds(0.3);
    session.takeAudioLevels(); // what was measured before the switch
    sleepSeconds(1.2);
    CHECK(session.snapshot().sourceState == "live");
    const auto levels = session.takeAudioLevels();
    CHECK(levels.samples > 0);
    CHECK(levels.peak == 0.0f); // "none": silence
    session.switchSources("test", "test");
    sleepSeconds(1.0);
    session.takeAudioLevels();
    sleepSeconds(0.5);
    const auto tone = session.takeAudioLevels();
    CHECK(tone.peak > 0.05f);
    CHECK(tone.rms > 0.02f);
    CHECK(tone.rms <= tone.peak);
    REQUIRE(session.detach("recording"));
    session.stop();
    requirePlayable(recording, 320, 240, 3.5, 0.6);
}
