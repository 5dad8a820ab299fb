#include "StreamCommand.h"

#include "AppPaths.h"
#include "StopSignals.h"
#include "StreamCard.h"
#include "StreamOptions.h"
#include "io/AtomicFile.h"
#include "media/output/OutputFactory.h"
#include "media/overlay/OverlayImage.h"
#include "media/pipeline/Broadcast.h"
#include "media/pipeline/BroadcastStatsJson.h"
#include "media/pipeline/DynamicBitrate.h"
#include "media/source/DeviceList.h"

extern "C" {
#include <libavutil/log.h>
}

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <chrono>
#include <condition_variable>
#include <csignal>
#include <iostream>
#include <mutex>
#include <pthread.h>
#include <thread>

namespace stallcast::app {

namespace {

using media::Output;

struct CanvasOutputs {
    std::vector<std::shared_ptr<Output>> outputs;
    media::DynamicBitrate bitrate;
};

int listDevices()
{
    const auto devices = media::listCaptureDevices();
    if (devices.empty())
        std::cout << "no capture devices listed (" << media::cameraFormatName() << ", "
                  << media::microphoneFormatName() << ")\n";
    for (const auto &d : devices)
        std::cout << d.kind << "\t" << d.format << "\t" << d.name << "\t" << d.description
                  << (d.isDefault ? "\t(default)" : "") << "\n";
    return 0;
}

media::BroadcastOptions broadcastOptions(const StreamOptions &o,
                                         std::function<void(const std::string &)> log)
{
    media::BroadcastOptions b;
    try {
        b.video = media::parseVideoSource(o.source, {o.canvas.width, o.canvas.height, o.canvas.fps});
        b.audio = media::parseAudioSource(o.audio, b.video);
    } catch (const std::invalid_argument &e) {
        throw UsageError(e.what());
    }
    media::CanvasOptions landscape;
    landscape.format = o.canvas;
    landscape.scale = o.scale;
    landscape.encoder = o.encoder;
    b.canvases.push_back(landscape);
    if (o.verticalCanvas) {
        auto vertical = landscape;
        vertical.format = *o.verticalCanvas;
        vertical.scale = o.verticalScale;
        b.canvases.push_back(vertical);
    }
    b.durationSeconds = o.durationSeconds;
    b.log = std::move(log);
    return b;
}

QJsonObject outputToJson(const Output &output)
{
    const auto s = output.stats();
    QJsonObject j;
    j["name"] = QString::fromStdString(output.target().maskedName());
    j["state"] = QString::fromStdString(std::string(media::outputStateName(s.state)));
    j["bytesSent"] = static_cast<double>(s.bytesSent);
    j["packetsSent"] = static_cast<double>(s.packetsSent);
    j["framesDropped"] = static_cast<double>(s.framesDropped);
    j["videoFramesDropped"] = static_cast<double>(s.videoFramesDropped);
    j["reconnects"] = static_cast<double>(s.reconnectCount);
    j["bitrate"] = static_cast<double>(s.bitrateBitsPerSecond);
    j["queueFill"] = s.queueFill;
    j["lastError"] = QString::fromStdString(s.lastError);
    return j;
}

void writeStats(const std::filesystem::path &file, const media::Broadcast &broadcast,
                const std::vector<CanvasOutputs> &canvases, bool final)
{
    auto root = media::broadcastStatsToJson(broadcast.stats());
    auto list = root["canvases"].toArray();
    for (qsizetype i = 0; i < list.size() && i < static_cast<qsizetype>(canvases.size()); ++i) {
        auto canvas = list[i].toObject();
        QJsonArray outputs;
        for (const auto &output : canvases[static_cast<std::size_t>(i)].outputs)
            outputs.append(outputToJson(*output));
        canvas["outputs"] = outputs;
        list[i] = canvas;
    }
    root["canvases"] = list;
    root["final"] = final;
    io::writeFileAtomically(file, QJsonDocument(root).toJson().toStdString());
}

// Takes SIGINT/SIGTERM with sigwait() on a thread of its own (POSIX, macOS included; no async
// handler) and tells the main loop, which also has a clock to keep.
class StopSignal {
public:
    explicit StopSignal(const sigset_t &set)
        : m_set(set)
        , m_thread([this] {
            const int signal = waitForStopSignal(m_set);
            std::lock_guard lock(m_mutex);
            m_signal = signal;
            m_changed.notify_all();
        })
    {
    }
    StopSignal(const StopSignal &) = delete;
    StopSignal &operator=(const StopSignal &) = delete;
    ~StopSignal()
    {
        if (received() == 0)
            pthread_kill(m_thread.native_handle(), SIGTERM); // wakes sigwait; it is ours
        m_thread.join();
    }
    // The signal taken (0: none yet), waiting at most `timeout` for one.
    int waitFor(std::chrono::milliseconds timeout)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait_for(lock, timeout, [&] { return m_signal != 0; });
        return m_signal;
    }
    int received()
    {
        std::lock_guard lock(m_mutex);
        return m_signal;
    }

private:
    sigset_t m_set;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    int m_signal = 0;
    std::thread m_thread;
};

} // namespace

int runStreamCommand(const Invocation &invocation)
{
    const auto options = parseStreamOptions(invocation.words);
    if (options.help) {
        std::cout << kStreamUsage << "\n";
        return 0;
    }
    if (options.listDevices)
        return listDevices();
    av_log_set_level(options.verbose ? AV_LOG_INFO : AV_LOG_ERROR);

    // Signals are taken by StopSignal's thread; every thread started from here on inherits the
    // blocked mask.
    const sigset_t stopSet = blockStopSignals();

    std::mutex logMutex;
    const auto log = [&logMutex](std::string_view line) {
        std::lock_guard lock(logMutex);
        std::cerr << "stallcast: " << line << std::endl;
    };
    media::Broadcast broadcast(broadcastOptions(options, [log](const std::string &line) { log(line); }));
    for (const auto &overlay : options.overlays) {
        const std::size_t canvas = overlay.vertical ? 1 : 0;
        if (canvas >= broadcast.canvasCount())
            throw UsageError("--vertical-overlay needs a vertical canvas");
        broadcast.canvas(canvas).overlays().set(overlay.image.string(),
                                                media::loadRgbaImage(overlay.image.string()),
                                                overlay.x, overlay.y);
    }

    // The featured product's card (StreamCard.h): rendered off the encode thread, re-read
    // by its own thread every 250 ms.
    std::unique_ptr<StreamCard> card;
    if (!options.feature.sku.empty())
        card = std::make_unique<StreamCard>(
            options.feature, options.feature.database.value_or(invocation.database.value_or(defaultDatabasePath())),
            broadcast, [log](const std::string &line) { log(line); });

    media::OutputOptions outputOptions;
    outputOptions.log = log;
    std::vector<CanvasOutputs> canvases;
    for (std::size_t i = 0; i < broadcast.canvasCount(); ++i) {
        canvases.push_back({{}, media::DynamicBitrate(options.encoder.bitrate)});
        std::vector<media::OutputTarget> targets = i == 0 ? options.outputs : options.verticalOutputs;
        if (const auto &record = i == 0 ? options.record : options.verticalRecord)
            targets.push_back(*record);
        const auto program = broadcast.program(i);
        for (const auto &target : targets) {
            std::shared_ptr<Output> output = media::openOutput(target, program, outputOptions);
            broadcast.addSink(i, output);
            canvases.back().outputs.push_back(std::move(output));
        }
    }
    for (auto &canvas : canvases)
        for (auto &output : canvas.outputs)
            output->start();
    const auto unixMs = [] {
        return std::chrono::duration_cast<std::chrono::milliseconds>(
                   std::chrono::system_clock::now().time_since_epoch())
            .count();
    };
    const auto startingMs = unixMs();
    try {
        broadcast.start(); // a device or file that cannot open throws here
        if (card)
            card->streamStarted(startingMs, unixMs());
    } catch (...) {
        for (auto &canvas : canvases)
            for (auto &output : canvas.outputs)
                output->stop();
        throw;
    }
    for (std::size_t i = 0; i < broadcast.canvasCount(); ++i)
        log("live: canvas " + broadcast.canvas(i).options().format.toString() + ", "
            + broadcast.canvas(i).encoder().encoderName() + ", "
            + std::to_string(canvases[i].outputs.size()) + " output(s)");

    StopSignal stopSignal(stopSet);
    int ticks = 0;
    for (;;) {
        const int signal = stopSignal.waitFor(std::chrono::milliseconds(250));
        if (signal == SIGINT || signal == SIGTERM) {
            log(std::string(signal == SIGINT ? "SIGINT" : "SIGTERM")
                + ": finishing the stream and the recording");
            break;
        }
        if (broadcast.finished())
            break;
        if (++ticks % 4 == 0) { // about once a second
            for (std::size_t i = 0; i < canvases.size(); ++i) {
                double fill = 0;
                for (const auto &output : canvases[i].outputs)
                    if (output->target().isNetwork())
                        fill = std::max(fill, output->stats().queueFill);
                if (options.dynamicBitrate)
                    broadcast.canvas(i).encoder().requestBitrate(canvases[i].bitrate.next(fill));
            }
            if (options.statsJson)
                writeStats(*options.statsJson, broadcast, canvases, false);
        }
    }
    broadcast.stop(); // flushes the encoders into the outputs
    bool recordingFailed = false;
    for (auto &canvas : canvases)
        for (auto &output : canvas.outputs) {
            output->stop(); // drains, writes the trailer
            if (!output->target().isNetwork()
                && output->stats().state == media::OutputState::Failed) {
                recordingFailed = true;
                log("recording " + output->target().maskedName()
                    + " failed: " + output->stats().lastError);
            }
        }
    if (options.statsJson)
        writeStats(*options.statsJson, broadcast, canvases, true);
    return recordingFailed ? 1 : 0;
}

} // namespace stallcast::app
