#pragma once

#include "media/EncodedPacket.h"
#include "media/encode/AudioEncoder.h"
#include "media/source/AudioSampleFifo.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace stallcast::media {

struct AudioTrackStats {
    std::int64_t samplesEncoded = 0;
    std::int64_t silenceSamples = 0;   // inserted because the source had nothing (lost, none)
    std::int64_t discardedSamples = 0; // dropped because the source ran ahead of the clock
};

// The loudness of what was encoded since the last look (the studio's audio meter), full scale
// = 1.0. Silence inserted for a missing source counts as silence.
struct AudioLevels {
    float peak = 0; // the largest |sample| over both channels
    float rms = 0;  // root mean square over both channels
    std::int64_t samples = 0; // samples (per channel) measured
};

// The program's sound, encoded once (AAC) and shared by every canvas: on the same clock as the
// canvases it takes 1024-sample frames from the source's fifo, or silence when the source has
// nothing, so audio and video start together and never drift apart. Timestamps are the count
// of samples since the start.
class AudioTrack {
public:
    // fifo may be null (no audio source: silence).
    AudioTrack(std::shared_ptr<AudioSampleFifo> fifo, std::vector<PacketSink *> sinks,
               std::function<void(const std::string &)> log = {});
    AudioTrack(const AudioTrack &) = delete;
    AudioTrack &operator=(const AudioTrack &) = delete;
    ~AudioTrack();

    StreamDescription description() const { return m_encoder.description(); }

    // samples: stop by itself after this many (0: until stop()). In lock-step mode there is no
    // clock: videoMicros (the slowest canvas's progress) keeps the sound from running ahead
    // of the pictures by more than 100 ms.
    void start(std::chrono::steady_clock::time_point start, std::int64_t samples, bool lockStep,
               std::function<std::int64_t()> videoMicros = {});
    void stop();
    bool finished() const { return m_finished.load(); }
    AudioTrackStats stats() const;
    // Levels since the previous call (any thread); resets the measurement.
    AudioLevels takeLevels();

    // How far behind the clock the track reads the fifo, so a live source's jitter does not
    // turn into gaps.
    static constexpr int kCushionSamples = AudioSampleFifo::kSampleRate / 10;

private:
    void run();
    void encodeOne();

    std::shared_ptr<AudioSampleFifo> m_fifo;
    std::vector<PacketSink *> m_sinks;
    std::function<void(const std::string &)> m_log;
    AudioEncoder m_encoder;
    FramePtr m_frame;
    std::chrono::steady_clock::time_point m_start;
    std::int64_t m_limit = 0;
    bool m_lockStep = false;
    std::function<std::int64_t()> m_videoMicros;
    std::int64_t m_produced = 0;

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    AudioTrackStats m_stats;
    float m_peak = 0;
    double m_sumSquares = 0;
    std::int64_t m_levelSamples = 0;
    std::atomic<bool> m_finished{false};
    std::thread m_thread;
};

} // namespace stallcast::media
