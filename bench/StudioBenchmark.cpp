#include "StudioBenchmark.h"

#include "BenchDir.h"
#include "BenchOptions.h"
#include "CpuTime.h"
#include "MachineInfo.h"
#include "MarkdownText.h"
#include "media/output/OutputTarget.h"
#include "studio/LiveSession.h"
#include "studio/PreviewFeed.h"

extern "C" {
#include <libavutil/log.h>
}

#include <atomic>
#include <chrono>
#include <iostream>
#include <optional>
#include <thread>

namespace stallcast::bench {

namespace {

constexpr std::string_view kBegin = "<!-- stallcast-bench studio: begin (generated, do not edit) -->";
constexpr std::string_view kEnd = "<!-- stallcast-bench studio: end -->";

struct Phase {
    double cpuShare = 0; // CPU seconds per wall second (1.0 = one core busy)
    std::int64_t previewFrames = 0;
    std::int64_t previewDropped = 0;
    std::int64_t encoded = 0;
    std::int64_t missedOrSkipped = 0;
};

Phase measure(studio::LiveSession &session, studio::PreviewFeed &feed, double seconds)
{
    const auto before = session.snapshot();
    const auto feedBefore = feed.converted();
    const double cpu = processCpuSeconds();
    const auto began = std::chrono::steady_clock::now();
    std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - began).count();
    Phase phase;
    phase.cpuShare = (processCpuSeconds() - cpu) / wall;
    const auto after = session.snapshot();
    phase.previewFrames = feed.converted() - feedBefore;
    phase.previewDropped = after.preview[0].dropped - before.preview[0].dropped;
    phase.encoded = after.framesEncoded[0] - before.framesEncoded[0];
    phase.missedOrSkipped = after.framesMissed[0] + after.framesSkipped[0] - before.framesMissed[0]
                            - before.framesSkipped[0];
    return phase;
}

std::string row(const char *what, const Phase &p)
{
    return std::string("| ") + what + " | " + format("%.2f", p.cpuShare) + " | "
           + std::to_string(p.encoded) + " | " + std::to_string(p.previewFrames) + " | "
           + std::to_string(p.previewDropped) + " | " + std::to_string(p.missedOrSkipped) + " |\n";
}

} // namespace

std::string studioUsage()
{
    return "studio options: [--seconds N (10)] [--canvas WxH@FPS (1280x720@30)] [--no-docs]\n";
}

int runStudioBenchmark(const std::vector<std::string> &args)
{
    double seconds = 10;
    std::string canvas = "1280x720@30";
    bool docs = true;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const auto value = [&]() -> std::string {
            if (i + 1 >= args.size())
                throw UsageError(args[i] + " needs a value");
            return args[++i];
        };
        if (args[i] == "--seconds")
            seconds = std::stod(value());
        else if (args[i] == "--canvas")
            canvas = value();
        else if (args[i] == "--no-docs")
            docs = false;
        else
            throw UsageError("unknown studio option " + args[i]);
    }
    av_log_set_level(AV_LOG_ERROR);
    BenchDir dir(std::nullopt, false);
    studio::LiveSessionOptions options;
    options.source = "test";
    options.audio = "test";
    options.landscape = media::parseCanvasFormat(canvas);
    options.outputs.log = [](std::string_view) {};
    options.log = [](const std::string &) {};
    studio::LiveSession session(options);
    session.start();
    std::atomic<int> ready{0};
    studio::PreviewFeed feed(session.preview(studio::CanvasRole::Landscape), {960, 540},
                             [&ready] { ++ready; });
    // The window's side of the feed: take each picture as it is announced.
    std::atomic<bool> stop{false};
    std::thread ui([&] {
        while (!stop) {
            feed.takeLatest();
            std::this_thread::sleep_for(std::chrono::milliseconds(16));
        }
    });
    std::this_thread::sleep_for(std::chrono::seconds(2)); // warm up
    const Phase idle = measure(session, feed, seconds);
    session.attach("recording", studio::CanvasRole::Landscape,
                   media::OutputTarget::parse((dir.path() / "bench.mkv").string()));
    std::this_thread::sleep_for(std::chrono::seconds(1));
    const Phase recording = measure(session, feed, seconds);
    session.detach("recording");
    stop = true;
    ui.join();
    session.stop();

    const auto machine = MachineInfo::probe(dir.path());
    std::string out(kBegin);
    out += "\n\nMeasured " + utcNow() + " on " + std::to_string(machine.cpus) + " CPUs ("
           + machine.cpuModel + "), " + canvas + " test pattern + tone, libx264 veryfast "
           "4.5 Mbit/s, preview feed at 960x540, " + format("%.0f", seconds) + " s per phase "
           "(`stallcast-bench studio`).\n\n"
           "| studio | CPU (cores) | frames encoded | preview frames | preview dropped | missed + skipped |\n"
           "|---|---|---|---|---|---|\n";
    out += row("open, nothing attached (encoder idle)", idle);
    out += row("recording", recording);
    out += "\nIdle costs " + format("%.0f", 100.0 * idle.cpuShare / std::max(0.01, recording.cpuShare))
           + " % of the recording studio's CPU.\n";
    out += kEnd;
    std::cout << out << "\n";
    if (docs)
        replaceMarkedSection(std::filesystem::path(STALLCAST_SOURCE_DIR) / "docs" / "BENCHMARKS.md",
                             kBegin, kEnd, out);
    return 0;
}

} // namespace stallcast::bench
