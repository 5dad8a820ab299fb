#pragma once

// The studio's broadcast (docs/STUDIO.md, "Live"): one Broadcast that runs from the moment the
// studio opens (landscape canvas, plus the vertical one when dual output is on), with outputs
// — destinations and recordings — attached and detached while it runs. The UI drives it with
// plain data and reads plain snapshots; nothing here knows about widgets.

#include "media/canvas/CanvasFormat.h"
#include "media/canvas/PreviewTap.h"
#include "media/encode/VideoEncoderSettings.h"
#include "media/output/Output.h"
#include "media/output/OutputStats.h"
#include "media/output/OutputTarget.h"
#include "media/overlay/OverlayLayer.h"
#include "media/pipeline/AudioTrack.h"
#include "media/pipeline/DynamicBitrate.h"

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace stallcast::media {
class Broadcast;
class LateJoinSink;
}

namespace stallcast::studio {

// Which canvas an output takes its pictures from.
enum class CanvasRole { Landscape = 0, Vertical = 1 };

struct LiveSessionOptions {
    // What `stallcast stream --source/--audio` take; "auto": the first camera, else the test
    // pattern (with its tone).
    std::string source = "auto";
    std::string audio = "default";
    media::CanvasFormat landscape{1280, 720, 30};
    std::optional<media::CanvasFormat> vertical; // dual output
    media::VideoEncoderSettings encoder;
    media::OutputOptions outputs;
    bool dynamicBitrate = true;
    std::function<void(const std::string &)> log;
};

// One attached output, as the status lights show it.
struct OutputStatus {
    std::string id;          // the caller's name for it (a destination id, "recording")
    std::string name;        // masked URL or the recording's path
    CanvasRole canvas = CanvasRole::Landscape;
    bool recording = false;
    media::OutputStats stats; // lastError is masked
};

struct LiveSnapshot {
    bool running = false;
    std::string sourceLabel, sourceState, sourceError;
    std::vector<std::string> canvasFormats;
    std::vector<std::string> encoderNames;
    std::vector<std::int64_t> framesEncoded, framesIdle, framesSkipped, framesMissed;
    std::vector<media::PreviewTap::Counts> preview;
    std::vector<OutputStatus> outputs;
};

class LiveSession {
public:
    explicit LiveSession(LiveSessionOptions options);
    LiveSession(const LiveSession &) = delete;
    LiveSession &operator=(const LiveSession &) = delete;
    ~LiveSession();

    // Opens the sources and starts the canvases (encoders idle until an output attaches).
    // If the chosen input does not open it falls back — the same picture without sound, then
    // the test pattern — and startWarning() says why. May block on a device: call it off the
    // UI thread. Throws MediaError / invalid_argument only when even the test pattern fails.
    void start();
    std::string startWarning() const;
    // Stops every output (drained, trailers written), then the broadcast.
    void stop();
    bool running() const;

    const LiveSessionOptions &options() const { return m_options; }
    std::size_t canvasCount() const;
    media::CanvasFormat canvasFormat(CanvasRole canvas) const;
    bool hasCanvas(CanvasRole canvas) const;
    // The layer a product card (core/overlay) draws on; changes show on the next frame. It stays
    // valid after stop(), as long as this session exists.
    media::OverlayLayer &overlays(CanvasRole canvas);
    std::shared_ptr<media::PreviewTap> preview(CanvasRole canvas) const;

    // Starts an output on a running session; it begins on a fresh keyframe with its own
    // timeline from 0. Throws std::invalid_argument (unknown canvas, id already attached) or
    // std::logic_error (not running). Never blocks on the network or the disk.
    void attach(const std::string &id, CanvasRole canvas, const media::OutputTarget &target);
    // Detaches and stops the output: drains what is queued (bounded: OutputOptions::stopDrainMs
    // + 1 s), writes the trailer. Blocks that long: call it off the UI thread. Returns the
    // final stats, or nullopt when no output had that id.
    std::optional<OutputStatus> detach(const std::string &id);
    bool attached(const std::string &id) const;
    // Skips an output's reconnect wait; false when there is no such output.
    bool reconnectNow(const std::string &id);

    // Replaces the picture and sound inputs while running (values as in LiveSessionOptions).
    // Blocks while the new input opens: off the UI thread. Throws, keeping the old inputs.
    void switchSources(const std::string &source, const std::string &audio);

    // Cheap (a few short locks): fine on the UI thread.
    LiveSnapshot snapshot() const;
    // Peak and RMS since the last call.
    media::AudioLevels takeAudioLevels();
    // Once a second: lowers/raises each canvas's bitrate from its network outputs' queues.
    void adaptBitrates();

private:
    struct Attached {
        CanvasRole canvas;
        std::shared_ptr<media::Output> output;
        std::shared_ptr<media::LateJoinSink> sink;
    };

    static OutputStatus statusOf(const std::string &id, const Attached &attached);
    std::size_t index(CanvasRole canvas) const;
    void updateEncoding(std::size_t canvas);

    LiveSessionOptions m_options;
    std::vector<std::shared_ptr<media::PreviewTap>> m_previews;
    std::unique_ptr<media::Broadcast> m_broadcast;
    std::vector<media::DynamicBitrate> m_bitrates;
    mutable std::mutex m_mutex; // the outputs and the running flag
    std::map<std::string, Attached> m_outputs;
    bool m_running = false;
    std::string m_startWarning;
    std::mutex m_sourcesMutex; // one switch (or start/stop) at a time
};

// "auto" resolved: the first camera the platform lists, else the test pattern.
std::string resolveAutoSource(const std::string &source);

} // namespace stallcast::studio
