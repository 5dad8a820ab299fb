#pragma once

#include "media/canvas/Canvas.h"
#include "media/pipeline/AudioTrack.h"
#include "media/pipeline/PacketFanout.h"
#include "media/source/InputSource.h"
#include "media/source/SourceSpec.h"

#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace stallcast::media {

struct BroadcastOptions {
    InputSpec video;
    AudioChoice audio;
    std::vector<CanvasOptions> canvases; // e.g. landscape, then vertical: same sources, own encoders
    double durationSeconds = 0;          // 0: until stop()
    // Lock-step: no wall clock; each canvas waits for each source picture and for its encoder
    // (benchmarks, offline renders). Off for live streaming.
    bool lockStep = false;
    std::int64_t audioBitrate = 160'000;
    std::function<void(const std::string &)> log;
};

struct BroadcastStats {
    std::string sourceLabel;
    std::string sourceState;
    std::string sourceError;
    std::int64_t sourceReopens = 0;
    std::vector<CanvasStats> canvases;
    std::vector<PacketFanout::Counts> packets; // per canvas
    AudioTrackStats audio;
    double secondsToFirstPacket = -1; // from start() to the first encoded video packet
};

// Sources -> canvases (each: overlays, its own H.264 encoder) + one AAC encode -> each canvas's
// outputs. Build it, ask each canvas's ProgramDescription, open the outputs, add them as sinks,
// then start(). Throws MediaError (a device or file that cannot be opened) from start().
class Broadcast {
public:
    explicit Broadcast(BroadcastOptions options);
    Broadcast(const Broadcast &) = delete;
    Broadcast &operator=(const Broadcast &) = delete;
    ~Broadcast();

    std::size_t canvasCount() const { return m_canvases.size(); }
    ProgramDescription program(std::size_t canvas) const;
    // Sinks may be added and removed while running. removeSink returns false when it was not
    // there; once it returns the sink gets no more packets.
    void addSink(std::size_t canvas, std::shared_ptr<PacketSink> sink);
    bool removeSink(std::size_t canvas, const PacketSink *sink);
    std::size_t sinkCount(std::size_t canvas) const { return m_fanouts.at(canvas)->sinkCount(); }
    // Replaces the picture and sound inputs, before or while running; the canvases, encoders
    // and outputs go on (the slate shows while the new input opens). Throws MediaError for an
    // input that cannot be opened, after putting the previous inputs back.
    void switchSources(InputSpec video, AudioChoice audio);
    AudioLevels takeAudioLevels() { return m_audio->takeLevels(); }
    Canvas &canvas(std::size_t index) { return *m_canvases.at(index); }

    void start();
    // Stops the clock, flushes the encoders (the outputs get every packet), stops the sources.
    void stop();
    // True once every canvas and the audio track reached the duration.
    bool finished() const;
    BroadcastStats stats() const;

private:
    void makeSources();
    void startSources();
    void stopSources();

    BroadcastOptions m_options;
    mutable std::mutex m_sourceMutex; // the two sources (switchSources vs stats)
    std::shared_ptr<VideoFrameSlot> m_pictures;
    std::shared_ptr<AudioSampleFifo> m_sound;
    std::shared_ptr<InputSource> m_videoSource;
    std::shared_ptr<InputSource> m_audioSource; // null when the video input carries the sound
    std::vector<std::unique_ptr<PacketFanout>> m_fanouts;
    std::vector<std::unique_ptr<Canvas>> m_canvases;
    std::unique_ptr<AudioTrack> m_audio;
    std::chrono::steady_clock::time_point m_started;
    bool m_running = false;
};

} // namespace stallcast::media
