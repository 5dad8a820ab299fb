#include "BroadcastRun.h"

#include "TestFramework.h"

#include "media/canvas/CanvasFormat.h"

#include <chrono>
#include <iostream>
#include <thread>

namespace stallcast::test {

media::BroadcastOptions testPatternOptions(const std::string &format, double seconds)
{
    media::BroadcastOptions options;
    media::CanvasOptions canvas;
    canvas.format = media::parseCanvasFormat(format);
    canvas.encoder.preset = "ultrafast"; // tests check structure, not quality; keep them cheap
    canvas.encoder.bitrate = 1'500'000;
    canvas.encoder.hardware = "none";
    options.video = media::parseVideoSource("test", {canvas.format.width, canvas.format.height,
                                                     canvas.format.fps});
    options.audio = media::parseAudioSource("test", options.video);
    options.canvases.push_back(canvas);
    options.durationSeconds = seconds;
    options.log = [](const std::string &line) { std::cerr << "media: " << line << "\n"; };
    return options;
}

media::BroadcastStats runBroadcastToFiles(media::BroadcastOptions options,
                                          const std::vector<std::filesystem::path> &files)
{
    const double seconds = options.durationSeconds;
    media::Broadcast broadcast(std::move(options));
    REQUIRE(files.size() == broadcast.canvasCount());
    std::vector<std::shared_ptr<MuxingTestSink>> sinks;
    for (std::size_t i = 0; i < files.size(); ++i) {
        sinks.push_back(std::make_shared<MuxingTestSink>(files[i], broadcast.program(i)));
        broadcast.addSink(i, sinks.back());
    }
    broadcast.start();
    const auto deadline = std::chrono::steady_clock::now()
                          + std::chrono::milliseconds(static_cast<int>(seconds * 1000) + 20'000);
    while (!broadcast.finished() && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    REQUIRE(broadcast.finished());
    broadcast.stop();
    for (auto &sink : sinks)
        sink->finish();
    return broadcast.stats();
}

} // namespace stallcast::test
