// Canvas formats, fit/fill placement and the overlay layer's blend, without a clock; and the
// overlay version each encoded frame reports.
#include "TestFramework.h"

#include "media/av/AvPointers.h"
#include "media/canvas/Canvas.h"
#include "media/canvas/CanvasFormat.h"
#include "media/canvas/FrameScaler.h"
#include "media/overlay/AlphaBlend.h"
#include "media/overlay/OverlayLayer.h"

#include <atomic>
#include <mutex>
#include <random>
#include <stdexcept>
#include <thread>

using namespace stallcast::media;

TEST_CASE("media canvas: WxH@FPS formats and the rules they break", "[media]")
{
    const auto f = parseCanvasFormat("1920x1080@30");
    CHECK(f.width == 1920);
    CHECK(f.height == 1080);
    CHECK(f.fps == 30);
    CHECK_FALSE(f.vertical());
    CHECK(parseCanvasFormat("1080x1920@30").vertical());
    CHECK(parseCanvasFormat("720x1280").fps == 30);
    CHECK(parseCanvasFormat("1280x720@60").toString() == "1280x720@60");
    CHECK_THROWS_WITH(parseCanvasFormat("1280x721@30"), Catch::Contains("even"));
    CHECK_THROWS_WITH(parseCanvasFormat("1280x720@0"), Catch::Contains("frame rate"));
    CHECK_THROWS_WITH(parseCanvasFormat("big"), Catch::Contains("WIDTHxHEIGHT@FPS"));
    CHECK_THROWS_WITH(parseCanvasFormat("axb@30", "--vertical-canvas"),
                      Catch::Contains("--vertical-canvas") && Catch::Contains("width"));
    CHECK_THROWS_WITH(parseCanvasFormat("8000x720@30"), Catch::Contains("between 160 and 3840"));
}

TEST_CASE("media canvas: fit keeps the whole picture, fill covers the canvas", "[media]")
{
    // A 16:9 camera on a 9:16 vertical canvas.
    const auto fit = placeOnCanvas(1920, 1080, 720, 1280, ScaleMode::Fit);
    CHECK(fit.dstWidth == 720);
    CHECK(fit.dstHeight == 404);
    CHECK(fit.dstX == 0);
    CHECK(fit.dstY == 438);
    CHECK(fit.srcWidth == 1920);
    const auto fill = placeOnCanvas(1920, 1080, 720, 1280, ScaleMode::Fill);
    CHECK(fill.dstWidth == 720);
    CHECK(fill.dstHeight == 1280);
    CHECK(fill.srcHeight == 1080);
    CHECK(fill.srcWidth == 606);     // 1080 * 9/16, even
    CHECK(fill.srcX == 656);         // centred crop
    // Same aspect: the whole canvas either way.
    const auto same = placeOnCanvas(640, 360, 1280, 720, ScaleMode::Fit);
    CHECK(same.dstWidth == 1280);
    CHECK(same.dstHeight == 720);
}

TEST_CASE("media canvas: a source is scaled into the canvas with bars for fit", "[media]")
{
    auto source = allocateVideoFrame(640, 480, AV_PIX_FMT_RGBA); // 4:3, white
    for (int y = 0; y < 480; ++y)
        std::fill_n(source->data[0] + y * source->linesize[0], 640 * 4, 255);
    auto canvas = allocateVideoFrame(1280, 720, AV_PIX_FMT_YUV420P);
    FrameScaler scaler(1280, 720, ScaleMode::Fit);
    scaler.draw(*source, *canvas);
    CHECK(canvas->data[0][360 * canvas->linesize[0] + 10] == 16);   // left bar: black
    CHECK(canvas->data[0][360 * canvas->linesize[0] + 640] >= 230); // the picture: white
    FrameScaler fill(1280, 720, ScaleMode::Fill);
    fill.draw(*source, *canvas);
    CHECK(canvas->data[0][360 * canvas->linesize[0] + 10] >= 230); // covered
}

TEST_CASE("media overlay: the blend row is exact to the rounded 8-bit result", "[media]")
{
    std::mt19937 random(4);
    std::vector<std::uint8_t> dst(1000), src(1000), alpha(1000), expected(1000);
    for (int i = 0; i < 1000; ++i) {
        dst[i] = static_cast<std::uint8_t>(random());
        src[i] = static_cast<std::uint8_t>(random());
        alpha[i] = i < 3 ? static_cast<std::uint8_t>(i * 255 / 2) : static_cast<std::uint8_t>(random());
        expected[i] = static_cast<std::uint8_t>(
            std::lround((src[i] * alpha[i] + dst[i] * (255.0 - alpha[i])) / 255.0));
    }
    blendRow(dst.data(), src.data(), alpha.data(), 1000);
    int off = 0;
    for (int i = 0; i < 1000; ++i)
        off += std::abs(dst[i] - expected[i]) > 0 ? 1 : 0;
    CHECK(off == 0);
    // alpha 0 keeps the canvas, alpha 255 takes the overlay
    std::uint8_t d[2] = {10, 10}, s[2] = {200, 200}, a[2] = {0, 255};
    blendRow(d, s, a, 2);
    CHECK(d[0] == 10);
    CHECK(d[1] == 200);
}

TEST_CASE("media overlay: images are replaced from another thread while frames are drawn",
          "[media]")
{
    OverlayLayer layer;
    RgbaImage red{100, 50, std::vector<std::uint8_t>(100 * 50 * 4)};
    for (std::size_t i = 0; i < red.pixels.size(); i += 4) {
        red.pixels[i] = 255;
        red.pixels[i + 3] = 255; // opaque red
    }
    auto frame = allocateVideoFrame(320, 180, AV_PIX_FMT_YUV420P);
    std::atomic<bool> done{false};
    std::thread writer([&] {
        for (int i = 0; i < 200; ++i)
            layer.set("card", red, i % 300, 20); // moves and replaces, never blocks drawing
        layer.set("card", red, 10, 10);
        done = true;
    });
    int frames = 0;
    while (!done || frames < 5) {
        OverlayLayer::blend(layer.snapshot(), *frame);
        ++frames;
    }
    writer.join();
    CHECK(layer.snapshot()->size() == 1);
    CHECK(layer.version() == 201);
    paintBlack(*frame);
    CHECK(OverlayLayer::blend(layer.snapshot(), *frame) == 1);
    CHECK(frame->data[0][20 * frame->linesize[0] + 20] > 60); // red's luma, about 81
    CHECK(frame->data[2][10 * frame->linesize[2] + 10] > 200); // red's V, about 240
    CHECK(frame->data[0][100 * frame->linesize[0] + 200] == 16); // outside: untouched

    CHECK(layer.move("card", 300, 170)); // partly off the canvas: clipped, no crash
    CHECK(OverlayLayer::blend(layer.snapshot(), *frame) == 1);
    CHECK_FALSE(layer.move("nothing", 0, 0));
    layer.remove("card");
    CHECK(layer.snapshot()->empty());
    CHECK_THROWS_AS(layer.set("bad", RgbaImage{10, 10, {}}, 0, 0), std::invalid_argument);
}

TEST_CASE("media canvas: each encoded frame reports the overlay version it shows", "[media]")
{
    auto slot = std::make_shared<VideoFrameSlot>();
    auto picture = allocateVideoFrame(320, 240, AV_PIX_FMT_YUV420P);
    paintBlack(*picture);
    struct Discard final : PacketSink {
        void push(const EncodedPacket &) override {}
    } sink;
    std::mutex mutex;
    std::vector<EncodedFrameInfo> frames;
    CanvasOptions options;
    options.format = {320, 240, 30};
    options.encoder.hardware = "none";
    options.encoder.preset = "ultrafast";
    options.encoder.zeroLatency = true;
    options.onFrameEncoded = [&](const EncodedFrameInfo &frame) {
        std::lock_guard lock(mutex);
        frames.push_back(frame);
    };
    Canvas canvas(options, slot, nullptr, sink);
    RgbaImage white{64, 32, std::vector<std::uint8_t>(64 * 32 * 4, 255)};
    const auto first = canvas.overlays().set("card", white, 10, 10);
    slot->publish(shareFrame(*picture));
    canvas.start(std::chrono::steady_clock::now(), 30, false);
    while (canvas.ticksDone() < 10)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    const auto second = canvas.overlays().set("card", white, 20, 20);
    CHECK(second == first + 1);
    while (!canvas.finished())
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    std::lock_guard lock(mutex);
    REQUIRE(frames.size() == 30); // every tick encoded, each reported once
    for (std::size_t i = 0; i < frames.size(); ++i) {
        INFO("frame " << i);
        CHECK(frames[i].tick == static_cast<std::int64_t>(i));
        CHECK(frames[i].encodedAt >= frames[i].composedAt);
        CHECK((frames[i].overlayVersion == first || frames[i].overlayVersion == second));
        if (i > 0) // once a frame shows the new version, every later one does
            CHECK(frames[i].overlayVersion >= frames[i - 1].overlayVersion);
    }
    CHECK(frames.front().overlayVersion == first);
    CHECK(frames.back().overlayVersion == second);
}
