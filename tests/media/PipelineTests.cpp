// The encoders' side of the broadcast engine end to end: sources -> canvas -> overlay ->
// encoders -> a test sink that writes a file, checked with ffprobe.
#include "BroadcastRun.h"
#include "MediaProbe.h"
#include "TempDir.h"
#include "TestFramework.h"

#include <cmath>

using namespace stallcast;
using stallcast::test::TempDir;

namespace {

void requireStream(const test::ProbedFile &file, int width, int height, double seconds)
{
    const auto *video = file.stream("video");
    const auto *audio = file.stream("audio");
    REQUIRE(video != nullptr);
    REQUIRE(audio != nullptr);
    CHECK(video->codecName == "h264");
    CHECK(audio->codecName == "aac");
    CHECK(video->width == width);
    CHECK(video->height == height);
    CHECK(audio->sampleRate == 48000);
    CHECK(audio->channels == 2);
    CHECK(std::abs(file.duration - seconds) <= 0.5);
    CHECK(std::abs(video->startTime - audio->startTime) <= 0.1);
}

// Every tick is accounted for: rendered or missed, and every rendered frame encoded or skipped.
void requireAccounting(const media::CanvasStats &c, int fps, double seconds)
{
    CHECK(c.ticks == static_cast<std::int64_t>(std::llround(fps * seconds)));
    CHECK(c.framesRendered + c.framesMissed == c.ticks);
    CHECK(c.framesEncoded + c.framesSkipped == c.framesRendered);
}

} // namespace

TEST_CASE("media pipeline: test pattern and tone at 1280x720@30 make H.264 + AAC on time",
          "[media]")
{
    TempDir dir;
    const auto file = dir / "landscape.mkv";
    auto options = test::testPatternOptions("1280x720@30", 4);
    options.canvases[0].encoder.keyframeSeconds = 2;
    const auto stats = test::runBroadcastToFiles(std::move(options), {file});

    REQUIRE(stats.canvases.size() == 1);
    const auto &canvas = stats.canvases[0];
    requireAccounting(canvas, 30, 4);
    CHECK(canvas.framesMissed + canvas.framesSkipped <= 3); // an idle-ish machine keeps up
    CHECK(canvas.slateFrames == 0);
    CHECK(canvas.encoder == "libx264");
    CHECK(stats.sourceState == "stopped");
    CHECK(stats.audio.samplesEncoded >= 4 * 48000);
    CHECK(stats.secondsToFirstPacket >= 0);
    CHECK(stats.secondsToFirstPacket < 2);

    const auto probed = test::probeMedia(file);
    requireStream(probed, 1280, 720, 4);
    // A keyframe every 2 s exactly: at 0, 2 (and maybe the last one at 4 is not reached).
    REQUIRE(probed.keyframeTimes.size() >= 2);
    CHECK(std::abs(probed.keyframeTimes[0] - probed.stream("video")->startTime) < 0.05);
    CHECK(std::abs(probed.keyframeTimes[1] - probed.keyframeTimes[0] - 2.0) < 0.1);
    CHECK(probed.videoFrames == canvas.framesEncoded);
}

TEST_CASE("media pipeline: dual output, landscape and vertical from the same sources",
          "[media]")
{
    TempDir dir;
    auto options = test::testPatternOptions("1280x720@30", 3);
    auto vertical = options.canvases[0];
    vertical.format = media::parseCanvasFormat("720x1280@30");
    vertical.scale = media::ScaleMode::Fill;
    options.canvases.push_back(vertical);
    const auto stats = test::runBroadcastToFiles(std::move(options),
                                                 {dir / "landscape.flv", dir / "vertical.flv"});
    REQUIRE(stats.canvases.size() == 2);
    for (const auto &canvas : stats.canvases)
        requireAccounting(canvas, 30, 3);
    requireStream(test::probeMedia(dir / "landscape.flv"), 1280, 720, 3);
    requireStream(test::probeMedia(dir / "vertical.flv"), 720, 1280, 3);
}

TEST_CASE("media pipeline: lock-step mode encodes every source picture, none missed",
          "[media]")
{
    TempDir dir;
    auto options = test::testPatternOptions("640x360@30", 2);
    options.lockStep = true;
    const auto stats = test::runBroadcastToFiles(std::move(options), {dir / "offline.mkv"});
    const auto &canvas = stats.canvases[0];
    CHECK(canvas.framesRendered == 60);
    CHECK(canvas.framesMissed == 0);
    CHECK(canvas.framesSkipped == 0);
    CHECK(canvas.sourcePictures == 60); // each tick showed a new picture: none repeated
    requireStream(test::probeMedia(dir / "offline.mkv"), 640, 360, 2);
}
