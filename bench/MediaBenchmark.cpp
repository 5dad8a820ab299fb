#include "MediaBenchmark.h"

#include "BenchDir.h"
#include "BenchOptions.h"
#include "MachineInfo.h"
#include "io/AtomicFile.h"
#include "media/av/AvPointers.h"
#include "media/encode/VideoEncoderSettings.h"
#include "media/overlay/OverlayImage.h"
#include "media/overlay/OverlayLayer.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <iostream>
#include <optional>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace stallcast::bench {

namespace {

constexpr std::string_view kBegin = "<!-- stallcast-bench media: begin (generated, do not edit) -->";
constexpr std::string_view kEnd = "<!-- stallcast-bench media: end -->";

struct MediaOptions {
    double seconds = 60;
    double realtimeSeconds = 60;
    std::string canvas = "1920x1080@30";
    std::optional<std::filesystem::path> dir;
    std::optional<std::filesystem::path> docs;
    bool writeDocs = true;
    bool realtime = true;
    std::string commandLine;
};

// One process run: what wait4() says about it, and its stdout lines with their arrival times.
struct ProcessRun {
    std::string label;
    double wallSeconds = 0;
    double cpuSeconds = 0;
    double peakRssMb = 0;
    double firstFrameSeconds = -1; // from spawn to the first encoded frame
    int exitStatus = -1;
    std::vector<std::pair<double, std::string>> lines; // seconds since spawn, line
};

double monotonicSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

ProcessRun runProcess(const std::string &label, const std::vector<std::string> &argv)
{
    int pipeFds[2];
    if (pipe(pipeFds) != 0)
        throw std::runtime_error("pipe failed");
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, pipeFds[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, pipeFds[0]);
    std::vector<char *> args;
    for (const auto &a : argv)
        args.push_back(const_cast<char *>(a.c_str()));
    args.push_back(nullptr);
    ProcessRun run;
    run.label = label;
    pid_t pid = -1;
    const double started = monotonicSeconds();
    const int rc = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(pipeFds[1]);
    if (rc != 0) {
        close(pipeFds[0]);
        throw std::runtime_error("cannot start " + argv[0]);
    }
    std::string pending;
    char buffer[4096];
    ssize_t n = 0;
    while ((n = read(pipeFds[0], buffer, sizeof buffer)) > 0) {
        const double at = monotonicSeconds() - started;
        pending.append(buffer, static_cast<std::size_t>(n));
        std::size_t newline = 0;
        while ((newline = pending.find('\n')) != std::string::npos) {
            run.lines.emplace_back(at, pending.substr(0, newline));
            pending.erase(0, newline + 1);
        }
    }
    close(pipeFds[0]);
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    run.wallSeconds = monotonicSeconds() - started;
    auto seconds = [](const timeval &t) {
        return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
    };
    run.cpuSeconds = seconds(usage.ru_utime) + seconds(usage.ru_stime);
    run.peakRssMb = static_cast<double>(usage.ru_maxrss) / 1024.0;
    run.exitStatus = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    // The first encoded frame: ffmpeg's first progress line with frame > 0; the pipeline's
    // first packet time (CLOCK_MONOTONIC, the same clock as `started`).
    std::string headerSize; // ffmpeg's total_size before the first packet is muxed
    for (const auto &[at, line] : run.lines) {
        if (line.rfind("total_size=", 0) == 0) {
            if (headerSize.empty())
                headerSize = line;
            else if (line != headerSize && run.firstFrameSeconds < 0)
                run.firstFrameSeconds = at;
        }
        if (line.rfind("{", 0) == 0) {
            const auto json = QJsonDocument::fromJson(QByteArray::fromStdString(line)).object();
            const double ns = json["firstPacketMonotonicNs"].toDouble();
            if (ns > 0)
                run.firstFrameSeconds = ns / 1e9 - started;
        }
    }
    return run;
}

QJsonObject childStats(const ProcessRun &run)
{
    for (const auto &[at, line] : run.lines)
        if (line.rfind("{", 0) == 0)
            return QJsonDocument::fromJson(QByteArray::fromStdString(line)).object();
    return {};
}

MediaOptions parseMediaOptions(const std::vector<std::string> &args)
{
    MediaOptions o;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const auto &a = args[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= args.size())
                throw UsageError(a + " needs a value");
            return args[++i];
        };
        if (a == "--seconds")
            o.seconds = std::stod(value());
        else if (a == "--realtime-seconds")
            o.realtimeSeconds = std::stod(value());
        else if (a == "--canvas")
            o.canvas = value();
        else if (a == "--dir")
            o.dir = value();
        else if (a == "--docs")
            o.docs = value();
        else if (a == "--no-docs")
            o.writeDocs = false;
        else if (a == "--no-realtime")
            o.realtime = false;
        else
            throw UsageError("unknown option " + a + "\n" + mediaUsage());
    }
    if (o.seconds <= 0 || o.realtimeSeconds <= 0)
        throw UsageError("--seconds and --realtime-seconds must be more than 0");
    return o;
}

// A 640x360 product-card-like overlay: a translucent dark panel with an opaque bright band.
media::RgbaImage benchOverlay()
{
    media::RgbaImage image{640, 360, std::vector<std::uint8_t>(640 * 360 * 4)};
    for (int y = 0; y < 360; ++y)
        for (int x = 0; x < 640; ++x) {
            auto *p = &image.pixels[(static_cast<std::size_t>(y) * 640 + x) * 4];
            const bool band = y > 250 && y < 320;
            p[0] = band ? 250 : static_cast<std::uint8_t>(20 + x / 8);
            p[1] = band ? 200 : 30;
            p[2] = band ? 40 : static_cast<std::uint8_t>(60 + y / 6);
            p[3] = band ? 255 : 170;
        }
    return image;
}

// The overlay blend alone: the card on a 1080p YUV420P canvas, microseconds per frame.
double blendMicrosPerFrame(const media::RgbaImage &card)
{
    media::OverlayLayer layer;
    layer.set("card", card, 1200, 640);
    auto frame = media::allocateVideoFrame(1920, 1080, AV_PIX_FMT_YUV420P);
    const auto snapshot = layer.snapshot();
    const int rounds = 600;
    const auto began = std::chrono::steady_clock::now();
    for (int i = 0; i < rounds; ++i)
        media::OverlayLayer::blend(snapshot, *frame);
    return std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - began)
               .count()
           / rounds;
}

std::string fmt(const char *pattern, double value)
{
    char text[64];
    std::snprintf(text, sizeof text, pattern, value);
    return text;
}

std::string utcNow()
{
    const std::time_t now = std::time(nullptr);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%d %H:%M UTC", std::gmtime(&now));
    return text;
}

std::vector<std::string> ffmpegCommand(const MediaOptions &o, const std::string &overlay,
                                       const std::string &out, double seconds, bool realtime)
{
    const auto x = o.canvas.find('x'), at = o.canvas.find('@');
    const auto size = o.canvas.substr(0, at), rate = o.canvas.substr(at + 1);
    (void)x;
    std::vector<std::string> c = {"ffmpeg", "-hide_banner", "-nostdin", "-v", "error", "-y"};
    if (realtime)
        c.push_back("-re");
    c.insert(c.end(), {"-f", "lavfi", "-i", "testsrc2=size=" + size + ":rate=" + rate + ",format=yuv420p"});
    if (realtime)
        c.push_back("-re");
    c.insert(c.end(), {"-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000", "-i", overlay,
                       "-filter_complex", "[0:v][2:v]overlay=x=1200:y=640:format=yuv420[v]",
                       "-map", "[v]", "-map", "1:a", "-t", fmt("%.3f", seconds), "-c:v", "libx264",
                       "-preset", "veryfast", "-profile:v", "high", "-b:v", "4500k", "-maxrate",
                       "4500k", "-bufsize", "4500k", "-g", std::to_string(2 * std::stoi(rate)),
                       "-keyint_min", std::to_string(2 * std::stoi(rate)), "-x264-params",
                       media::x264Params({}, std::stoi(rate)), "-c:a", "aac", "-b:a", "160k", "-ar", "48000",
                       "-ac", "2", "-flags", "+global_header", "-progress", "pipe:1",
                       "-stats_period", "0.05", "-f", "flv", out});
    return c;
}

std::string row(const std::string &name, const ProcessRun &run, const QJsonObject &child,
                double baselineCpu)
{
    const bool pipeline = !child.isEmpty();
    const auto dropped = pipeline ? child["missed"].toInt() + child["skipped"].toInt()
                                        + child["outputDropped"].toInt()
                                  : -1;
    return "| " + name + " | " + fmt("%.1f", run.wallSeconds) + " | " + fmt("%.1f", run.cpuSeconds)
           + " | " + (baselineCpu > 0 ? "**" + fmt("%.2f", run.cpuSeconds / baselineCpu) + "**" : "1.00")
           + " | " + fmt("%.0f", run.peakRssMb) + " | " + fmt("%.2f", run.firstFrameSeconds)
           + " | " + (pipeline ? std::to_string(dropped) : "–") + " | "
           + (run.exitStatus == 0 ? "ok" : "exit " + std::to_string(run.exitStatus)) + " |\n";
}

void refreshSection(const std::filesystem::path &file, const std::string &section)
{
    std::string content = std::filesystem::exists(file) ? io::readWholeFile(file) : "# Benchmarks\n";
    const auto begin = content.find(kBegin);
    const auto end = begin == std::string::npos ? std::string::npos : content.find(kEnd, begin);
    if (begin != std::string::npos && end != std::string::npos) {
        auto stop = end + kEnd.size();
        if (stop < content.size() && content[stop] == '\n')
            ++stop;
        content.replace(begin, stop - begin, section);
    } else {
        content += (content.empty() || content.back() == '\n' ? "\n" : "\n\n") + section;
    }
    io::writeFileAtomically(file, content);
}

} // namespace

std::string mediaUsage()
{
    return "stallcast-bench media [--seconds 60] [--realtime-seconds 60] [--canvas 1920x1080@30]\n"
           "                      [--no-realtime] [--dir PARENT] [--docs BENCHMARKS.md] [--no-docs]\n"
           "  the pipeline vs the ffmpeg program: test pattern + tone -> RGBA overlay -> x264\n"
           "  veryfast CBR 4.5 Mbit/s + AAC -> FLV; as fast as possible, then in real time\n";
}

int runMediaBenchmark(const std::vector<std::string> &args)
{
    auto options = parseMediaOptions(args);
    options.commandLine = "stallcast-bench media";
    for (const auto &a : args)
        options.commandLine += " " + a;
    BenchDir dir(options.dir, false);
    const auto card = benchOverlay();
    const auto overlayPng = (dir.path() / "card.png").string();
    media::saveRgbaPng(card, overlayPng);
    const std::string self = "/proc/self/exe";
    char exe[4096] = {};
    const auto length = readlink(self.c_str(), exe, sizeof exe - 1);
    if (length <= 0)
        throw std::runtime_error("cannot find this program's path");
    const std::string bench(exe, static_cast<std::size_t>(length));

    auto pipelineCommand = [&](const std::string &mode, double seconds, const std::string &out) {
        return std::vector<std::string>{bench, "media-child", "--mode", mode, "--seconds",
                                        fmt("%.3f", seconds), "--canvas", options.canvas,
                                        "--overlay", overlayPng + "@1200,640", "--out", out};
    };
    std::cerr << "media: ffmpeg program, as fast as possible, " << options.seconds << " s of content\n";
    const auto ffmpegFast = runProcess("ffmpeg", ffmpegCommand(options, overlayPng,
                                                               (dir.path() / "ffmpeg.flv").string(),
                                                               options.seconds, false));
    std::cerr << "media: pipeline, lock-step (as fast as possible)\n";
    const auto pipelineFast = runProcess("pipeline", pipelineCommand("lockstep", options.seconds,
                                                                     (dir.path() / "pipeline.flv").string()));
    std::optional<ProcessRun> ffmpegLive, pipelineLive;
    if (options.realtime) {
        std::cerr << "media: ffmpeg program, real time (-re), " << options.realtimeSeconds << " s\n";
        ffmpegLive = runProcess("ffmpeg -re", ffmpegCommand(options, overlayPng,
                                                           (dir.path() / "ffmpeg-live.flv").string(),
                                                           options.realtimeSeconds, true));
        std::cerr << "media: pipeline, real time\n";
        pipelineLive = runProcess("pipeline live", pipelineCommand("realtime", options.realtimeSeconds,
                                                                   (dir.path() / "pipeline-live.flv").string()));
    }
    const double blendMicros = blendMicrosPerFrame(card);

    std::string table = "| Run | Wall s | CPU s (user+sys) | CPU vs ffmpeg | Peak RSS MB "
                        "| First encoded frame s | Frames dropped | Exit |\n"
                        "|---|---:|---:|---:|---:|---:|---:|---|\n";
    table += row("ffmpeg program, as fast as possible", ffmpegFast, {}, 0);
    table += row("pipeline, lock-step (as fast as possible)", pipelineFast, childStats(pipelineFast),
                 ffmpegFast.cpuSeconds);
    if (ffmpegLive && pipelineLive) {
        table += row("ffmpeg program, real time (-re)", *ffmpegLive, {}, 0);
        table += row("pipeline, real time", *pipelineLive, childStats(*pipelineLive),
                     ffmpegLive->cpuSeconds);
    }
    const auto fastStats = childStats(pipelineFast);
    const auto machine = MachineInfo::probe(dir.path());
    std::string section(kBegin);
    section += "\n## Media: the pipeline vs the ffmpeg program\n\n";
    section += "- Date: " + utcNow() + "\n- Command: `" + options.commandLine + "`\n";
    section += "- Machine: " + std::to_string(machine.cpus) + " CPUs (nproc), " + machine.cpuModel
               + ", " + machine.kernel + ", malloc: " + machine.allocator + "\n";
    section += "- Job (both): testsrc2 " + options.canvas + " + 440 Hz sine -> one 640x360 RGBA "
               "overlay at (1200, 640) -> libx264 veryfast high CBR 4.5 Mbit/s (1 s VBV), "
               "keyframe every 2 s, + AAC 160 kbit/s 48 kHz stereo -> FLV file; "
               + fmt("%.0f", options.seconds) + " s of content as fast as possible, "
               + fmt("%.0f", options.realtimeSeconds) + " s in real time\n";
    section += "- Each run is its own process; CPU and peak RSS from wait4(); first encoded frame: "
               "from spawn to ffmpeg's first progress report (every 50 ms) whose total_size has "
               "grown past the FLV header / the pipeline's first video packet out of the encoder\n";
    section += "- x264 options (both): `" + media::x264Params({}, std::stoi(options.canvas.substr(options.canvas.find('@') + 1)))
               + "` - one thread per core and a short look-ahead, for latency and memory\n";
    section += "- Frames dropped (pipeline) = frames missed (render lag) + skipped (encode lag) + "
               "dropped by the recording output\n\n";
    section += table + "\n";
    section += "Overlay blend (the 640x360 card on a 1080p YUV420P canvas, 16-bit-lane loop built "
               "with -O3): **" + fmt("%.0f", blendMicros) + " µs per frame** alone; in the "
               "lock-step pipeline run " + fmt("%.0f", fastStats["overlayMicros"].toDouble())
               + " µs per frame, whole composition (copy + overlay) "
               + fmt("%.0f", fastStats["renderMicros"].toDouble()) + " µs per frame.\n";
    section += std::string(kEnd) + "\n";
    std::cout << section;
    if (options.writeDocs) {
        const auto docs = options.docs.value_or(std::filesystem::path(STALLCAST_SOURCE_DIR) / "docs"
                                                / "BENCHMARKS.md");
        refreshSection(docs, section);
        std::cerr << "refreshed " << docs.string() << "\n";
    }
    const bool ok = ffmpegFast.exitStatus == 0 && pipelineFast.exitStatus == 0
                    && (!pipelineLive || pipelineLive->exitStatus == 0);
    return ok ? 0 : 1;
}

} // namespace stallcast::bench
