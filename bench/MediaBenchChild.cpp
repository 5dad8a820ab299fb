#include "MediaBenchChild.h"

#include "BenchOptions.h"
#include "media/canvas/CanvasFormat.h"
#include "media/output/OutputFactory.h"
#include "media/overlay/OverlayImage.h"
#include "media/pipeline/Broadcast.h"

extern "C" {
#include <libavutil/log.h>
}

#include <chrono>
#include <cstdio>
#include <iostream>
#include <thread>

namespace stallcast::bench {

int runMediaChild(const std::vector<std::string> &args)
{
    std::string mode = "lockstep", canvas = "1920x1080@30", overlay, out;
    double seconds = 60;
    for (std::size_t i = 0; i + 1 < args.size(); i += 2) {
        if (args[i] == "--mode")
            mode = args[i + 1];
        else if (args[i] == "--seconds")
            seconds = std::stod(args[i + 1]);
        else if (args[i] == "--canvas")
            canvas = args[i + 1];
        else if (args[i] == "--overlay")
            overlay = args[i + 1];
        else if (args[i] == "--out")
            out = args[i + 1];
        else
            throw UsageError("media-child: unknown option " + args[i]);
    }
    av_log_set_level(AV_LOG_ERROR);
    media::BroadcastOptions options;
    media::CanvasOptions canvasOptions;
    canvasOptions.format = media::parseCanvasFormat(canvas);
    canvasOptions.encoder.preset = "veryfast";
    canvasOptions.encoder.bitrate = 4'500'000;
    canvasOptions.encoder.hardware = "none"; // the baseline is libx264 too
    options.canvases.push_back(canvasOptions);
    const auto &f = canvasOptions.format;
    options.video = media::parseVideoSource("test", {f.width, f.height, f.fps});
    options.audio = media::parseAudioSource("test", options.video);
    options.durationSeconds = seconds;
    options.lockStep = mode == "lockstep";
    options.log = [](const std::string &line) { std::cerr << "media-child: " << line << "\n"; };
    media::Broadcast broadcast(options);
    if (!overlay.empty()) {
        const auto at = overlay.rfind('@');
        const auto comma = overlay.find(',', at);
        broadcast.canvas(0).overlays().set("card", media::loadRgbaImage(overlay.substr(0, at)),
                                           std::stoi(overlay.substr(at + 1, comma - at - 1)),
                                           std::stoi(overlay.substr(comma + 1)));
    }
    std::shared_ptr<media::Output> output =
        media::openOutput(media::OutputTarget::parse(out), broadcast.program(0), {});
    broadcast.addSink(0, output);
    output->start();
    broadcast.start();
    while (!broadcast.finished())
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    broadcast.stop();
    output->stop();
    const auto stats = broadcast.stats();
    const auto outputStats = output->stats();
    const auto &c = stats.canvases.at(0);
    const auto firstPacket = stats.packets.at(0).firstVideo;
    const double firstNs =
        firstPacket ? static_cast<double>(std::chrono::duration_cast<std::chrono::nanoseconds>(
                                              firstPacket->time_since_epoch())
                                              .count())
                    : -1.0;
    std::printf("{\"firstPacketMonotonicNs\": %.0f, \"ticks\": %lld, \"rendered\": %lld, "
                "\"missed\": %lld, \"skipped\": %lld, \"encoded\": %lld, \"outputDropped\": %lld, "
                "\"overlayMicros\": %.2f, \"renderMicros\": %.2f, \"audioSilence\": %lld}\n",
                firstNs, static_cast<long long>(c.ticks), static_cast<long long>(c.framesRendered),
                static_cast<long long>(c.framesMissed), static_cast<long long>(c.framesSkipped),
                static_cast<long long>(c.framesEncoded),
                static_cast<long long>(outputStats.framesDropped), c.overlayMicrosPerFrame,
                c.renderMicrosPerFrame, static_cast<long long>(stats.audio.silenceSamples));
    std::fflush(stdout);
    return 0;
}

} // namespace stallcast::bench
