// Sources other than the test pattern: a media file (looped), a still image, a screen under
// Xvfb, and a source that is lost mid-stream (slate, stream keeps going, source comes back).
#include "BroadcastRun.h"
#include "MediaProbe.h"
#include "MuxingTestSink.h"
#include "TempDir.h"
#include "TestFramework.h"

#include "media/canvas/Canvas.h"
#include "media/overlay/OverlayImage.h"
#include "media/source/DeviceList.h"

#include <csignal>
#include <mutex>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace stallcast;
using stallcast::test::TempDir;

namespace {

// A 1 s clip (320x240@30 + 48 kHz tone) made by the ffmpeg program.
void makeClip(const std::filesystem::path &file)
{
    test::runProgram("ffmpeg -v error -y -f lavfi -i testsrc=size=320x240:rate=30:duration=1 "
                     "-f lavfi -i sine=frequency=220:sample_rate=44100:duration=1 "
                     "-c:v libx264 -preset ultrafast -g 10 -c:a aac -shortest '"
                     + file.string() + "'");
}

struct LogLines {
    std::mutex mutex;
    std::vector<std::string> lines;
    bool contains(const std::string &text)
    {
        std::lock_guard lock(mutex);
        for (const auto &l : lines)
            if (l.find(text) != std::string::npos)
                return true;
        return false;
    }
};

} // namespace

TEST_CASE("media sources: a media file plays looped with its own sound", "[media]")
{
    TempDir dir;
    const auto clip = dir / "clip.mp4";
    makeClip(clip);
    auto options = test::testPatternOptions("640x360@30", 3);
    options.video = media::parseVideoSource("file:" + clip.string(), {640, 360, 30});
    options.audio = media::parseAudioSource("default", options.video);
    CHECK(options.audio.fromVideoInput);
    const auto stats = test::runBroadcastToFiles(std::move(options), {dir / "out.mkv"});
    const auto &canvas = stats.canvases[0];
    CHECK(canvas.slateFrames == 0);
    CHECK(canvas.sourcePictures >= 80); // 30 fps for 3 s, across two loops of the 1 s clip
    CHECK(stats.audio.silenceSamples < 48000 / 4); // the clip's sound, not silence
    const auto probed = test::probeMedia(dir / "out.mkv");
    REQUIRE(probed.stream("video") != nullptr);
    CHECK(probed.stream("video")->width == 640);
    CHECK(std::abs(probed.duration - 3) <= 0.5);
}

TEST_CASE("media sources: a still image stays on screen and is never 'lost'", "[media]")
{
    TempDir dir;
    media::RgbaImage image{400, 300, std::vector<std::uint8_t>(400 * 300 * 4, 200)};
    media::saveRgbaPng(image, (dir / "card.png").string());
    const auto loaded = media::loadRgbaImage((dir / "card.png").string());
    CHECK(loaded.width == 400);
    CHECK(loaded.height == 300);
    CHECK(loaded.pixels[0] == 200);

    auto options = test::testPatternOptions("1280x720@30", 3);
    options.video = media::parseVideoSource("image:" + (dir / "card.png").string(), {1280, 720, 30});
    options.audio = media::parseAudioSource("none", options.video);
    options.canvases[0].lostAfter = std::chrono::milliseconds(500);
    const auto stats = test::runBroadcastToFiles(std::move(options), {dir / "out.mkv"});
    CHECK(stats.canvases[0].slateFrames == 0);
    CHECK(stats.canvases[0].sourcePictures == 1);
    CHECK(stats.audio.silenceSamples == stats.audio.samplesEncoded); // --audio none: silence
    const auto probed = test::probeMedia(dir / "out.mkv");
    REQUIRE(probed.stream("audio") != nullptr); // outputs always get an audio track
}

TEST_CASE("media sources: a file that disappears is replaced by the slate, then comes back",
          "[media]")
{
    TempDir dir;
    const auto clip = dir / "clip.mp4";
    makeClip(clip);
    std::filesystem::copy_file(clip, dir / "saved.mp4");
    auto logs = std::make_shared<LogLines>();
    auto options = test::testPatternOptions("640x360@30", 5);
    options.video = media::parseVideoSource("file:" + clip.string(), {640, 360, 30});
    options.canvases[0].lostAfter = std::chrono::milliseconds(500);
    options.log = [logs](const std::string &line) {
        std::lock_guard lock(logs->mutex);
        logs->lines.push_back(line);
    };
    std::thread saboteur([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(800));
        std::filesystem::resize_file(clip, 0); // the clip is gone mid-loop
        std::this_thread::sleep_for(std::chrono::milliseconds(2200));
        std::filesystem::copy_file(dir / "saved.mp4", clip,
                                   std::filesystem::copy_options::overwrite_existing);
    });
    const auto stats = test::runBroadcastToFiles(std::move(options), {dir / "out.mkv"});
    saboteur.join();
    const auto &canvas = stats.canvases[0];
    CHECK(canvas.slateFrames >= 15);                 // the slate was shown...
    CHECK(canvas.slateFrames <= 110);                // ...but not for the whole stream
    CHECK(canvas.ticks == 150);                      // the stream never stopped
    CHECK(canvas.framesRendered + canvas.framesMissed == 150);
    CHECK(stats.sourceReopens >= 1);
    CHECK(logs->contains("file " + clip.string() + " lost"));
    CHECK(logs->contains("is back"));
    const auto probed = test::probeMedia(dir / "out.mkv");
    CHECK(std::abs(probed.duration - 5) <= 0.5);
}

TEST_CASE("media sources: a source that stops sending shows the slate on the canvas clock",
          "[media]")
{
    // A source slot that gets one picture and then nothing (a camera that froze without error).
    auto slot = std::make_shared<media::VideoFrameSlot>();
    auto picture = media::allocateVideoFrame(320, 240, AV_PIX_FMT_YUV420P);
    media::paintBlack(*picture);
    slot->publish(media::shareFrame(*picture));
    struct Counter final : media::PacketSink {
        std::atomic<int> packets{0};
        void push(const media::EncodedPacket &) override { ++packets; }
    } sink;
    media::CanvasOptions options;
    options.format = {320, 240, 30};
    options.encoder.hardware = "none";
    options.encoder.preset = "ultrafast";
    options.lostAfter = std::chrono::milliseconds(300);
    media::Canvas canvas(options, slot, nullptr, sink);
    canvas.start(std::chrono::steady_clock::now(), 30, false);
    while (!canvas.finished())
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    const auto stats = canvas.stats();
    CHECK(stats.ticks == 30);
    CHECK(stats.slateFrames >= 15); // after 0.3 s of nothing, until the end at 1 s
    CHECK(stats.slateFrames <= 22);
    CHECK(sink.packets > 0);
}

TEST_CASE("media sources: the screen under Xvfb through x11grab", "[media]")
{
    INFO("Xvfb is needed (Debian: xvfb)");
    REQUIRE(std::system("command -v Xvfb > /dev/null") == 0);
    const int display = 90 + static_cast<int>(getpid() % 9);
    const pid_t xvfb = fork();
    REQUIRE(xvfb >= 0);
    if (xvfb == 0) {
        const auto name = ":" + std::to_string(display);
        execlp("Xvfb", "Xvfb", name.c_str(), "-screen", "0", "800x600x24", "-nolisten", "tcp",
               static_cast<char *>(nullptr));
        _exit(127);
    }
    const auto socket = "/tmp/.X11-unix/X" + std::to_string(display);
    for (int i = 0; i < 100 && !std::filesystem::exists(socket); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    TempDir dir;
    try {
        auto options = test::testPatternOptions("640x360@30", 2);
        options.video = media::parseVideoSource("screen::" + std::to_string(display),
                                                {640, 360, 30});
        options.audio = media::parseAudioSource("none", options.video);
        const auto stats = test::runBroadcastToFiles(std::move(options), {dir / "screen.mkv"});
        CHECK(stats.canvases[0].slateFrames == 0);
        CHECK(stats.canvases[0].sourcePictures >= 30);
    } catch (...) {
        ::kill(xvfb, SIGTERM);
        waitpid(xvfb, nullptr, 0);
        throw;
    }
    ::kill(xvfb, SIGTERM);
    waitpid(xvfb, nullptr, 0);
    const auto probed = test::probeMedia(dir / "screen.mkv");
    REQUIRE(probed.stream("video") != nullptr);
    CHECK(probed.stream("video")->width == 640);
}

TEST_CASE("media sources: device listing and source names", "[media]")
{
    // No camera on a CI machine: the listing is empty or names real devices, never throws.
    for (const auto &device : media::listCaptureDevices()) {
        CHECK_FALSE(device.name.empty());
        CHECK((device.kind == "camera" || device.kind == "microphone"));
    }
    CHECK(media::parseVideoSource("camera", {}).url == "/dev/video0");
    CHECK(media::parseVideoSource("camera:/dev/video2", {}).url == "/dev/video2");
    CHECK(media::parseVideoSource("screen", {}).format == "x11grab");
    CHECK_THROWS_WITH(media::parseVideoSource("webcam", {}), Catch::Contains("expected test"));
    CHECK_THROWS_WITH(media::parseVideoSource("file:", {}), Catch::Contains("path must follow"));
    CHECK_FALSE(media::parseAudioSource("none", media::parseVideoSource("test", {})).enabled);
    CHECK(media::parseAudioSource("default", media::parseVideoSource("camera", {})).spec.format
          == "pulse");
    const auto alsa = media::parseAudioSource("alsa:hw:1", media::parseVideoSource("camera", {}));
    CHECK(alsa.spec.format == "alsa");
    CHECK(alsa.spec.url == "hw:1");
    CHECK(alsa.spec.live);
    CHECK(media::parseVideoSource("camera", {}).live);
    CHECK_FALSE(media::parseVideoSource("test", {}).live);
}

TEST_CASE("media sources: lock-step hands over every picture exactly once, no stalls",
          "[media]")
{
    media::VideoFrameSlot slot(true);
    auto picture = media::allocateVideoFrame(16, 16, AV_PIX_FMT_YUV420P);
    const auto shared = media::shareFrame(*picture);
    std::thread source([&] {
        for (int i = 0; i < 500; ++i)
            REQUIRE(slot.publish(shared));
    });
    const auto began = std::chrono::steady_clock::now();
    std::uint64_t last = 0;
    for (int i = 0; i < 500; ++i) {
        const auto taken = slot.takeNewer(last, std::chrono::milliseconds(2000));
        REQUIRE(taken.sequence == last + 1); // the next one: none skipped, none twice
        last = taken.sequence;
    }
    source.join();
    // 500 hand-overs take milliseconds; a lost wake-up would cost a 2 s timeout each.
    CHECK(std::chrono::steady_clock::now() - began < std::chrono::seconds(2));
}
