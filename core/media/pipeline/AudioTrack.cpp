#include "media/pipeline/AudioTrack.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace stallcast::media {

AudioTrack::AudioTrack(std::shared_ptr<AudioSampleFifo> fifo, std::vector<PacketSink *> sinks,
                       std::function<void(const std::string &)> log)
    : m_fifo(std::move(fifo))
    , m_sinks(std::move(sinks))
    , m_log(std::move(log))
    , m_frame(m_encoder.makeFrame())
{
}

AudioTrack::~AudioTrack()
{
    stop();
}

void AudioTrack::start(std::chrono::steady_clock::time_point start, std::int64_t samples,
                       bool lockStep, std::function<std::int64_t()> videoMicros)
{
    m_start = start;
    m_limit = samples;
    m_lockStep = lockStep;
    m_videoMicros = std::move(videoMicros);
    m_thread = std::thread([this] { run(); });
}

void AudioTrack::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

AudioTrackStats AudioTrack::stats() const
{
    std::lock_guard lock(m_mutex);
    auto s = m_stats;
    if (m_fifo)
        s.discardedSamples += m_fifo->discarded();
    return s;
}

AudioLevels AudioTrack::takeLevels()
{
    std::lock_guard lock(m_mutex);
    AudioLevels levels;
    levels.peak = m_peak;
    levels.samples = m_levelSamples;
    levels.rms = m_levelSamples > 0
                     ? static_cast<float>(std::sqrt(m_sumSquares / (static_cast<double>(m_levelSamples)
                                                                    * AudioSampleFifo::kChannels)))
                     : 0.0f;
    m_peak = 0;
    m_sumSquares = 0;
    m_levelSamples = 0;
    return levels;
}

void AudioTrack::encodeOne()
{
    const int size = m_encoder.frameSize();
    av_frame_make_writable(m_frame.get());
    const bool fromSource = m_fifo && m_fifo->read(*m_frame, size);
    if (!fromSource)
        for (int channel = 0; channel < AudioSampleFifo::kChannels; ++channel)
            std::memset(m_frame->data[channel], 0, sizeof(float) * static_cast<std::size_t>(size));
    float peak = 0;
    double sumSquares = 0;
    if (fromSource)
        for (int channel = 0; channel < AudioSampleFifo::kChannels; ++channel) {
            const auto *samples = reinterpret_cast<const float *>(m_frame->data[channel]);
            for (int i = 0; i < size; ++i) {
                peak = std::max(peak, std::fabs(samples[i]));
                sumSquares += static_cast<double>(samples[i]) * samples[i];
            }
        }
    m_frame->pts = m_produced;
    m_produced += size;
    m_encoder.encode(m_frame.get(), [this](const EncodedPacket &packet) {
        for (auto *sink : m_sinks)
            sink->push(packet);
    });
    std::lock_guard lock(m_mutex);
    m_stats.samplesEncoded += size;
    m_stats.silenceSamples += fromSource ? 0 : size;
    m_peak = std::max(m_peak, peak);
    m_sumSquares += sumSquares;
    m_levelSamples += size;
}

void AudioTrack::run()
{
    const int size = m_encoder.frameSize();
    const auto stopping = [this] {
        std::lock_guard lock(m_mutex);
        return m_stop;
    };
    try {
        while (!stopping() && (m_limit == 0 || m_produced < m_limit)) {
            if (m_lockStep) {
                if (m_videoMicros
                    && m_produced * 1'000'000 / AudioSampleFifo::kSampleRate
                           > m_videoMicros() + 100'000) {
                    std::unique_lock lock(m_mutex); // the pictures are behind: let them catch up
                    m_wake.wait_for(lock, std::chrono::milliseconds(1), [&] { return m_stop; });
                    continue;
                }
                if (m_fifo)
                    m_fifo->waitFor(size, std::chrono::milliseconds(2000));
                encodeOne();
                continue;
            }
            const auto elapsed = std::chrono::steady_clock::now() - m_start;
            const std::int64_t due =
                std::chrono::duration_cast<std::chrono::microseconds>(elapsed).count()
                    * AudioSampleFifo::kSampleRate / 1'000'000
                - kCushionSamples;
            while (m_produced + size <= due && (m_limit == 0 || m_produced < m_limit))
                encodeOne();
            // A source running ahead of the clock (a clock drift of the device): keep at most
            // half a second beyond the cushion.
            if (m_fifo && m_fifo->size() > kCushionSamples * 6) {
                AVFrame *scratch = m_frame.get();
                while (m_fifo->size() > kCushionSamples * 2 && m_fifo->read(*scratch, size)) {
                    std::lock_guard lock(m_mutex);
                    m_stats.discardedSamples += size;
                }
            }
            std::unique_lock lock(m_mutex);
            m_wake.wait_for(lock, std::chrono::milliseconds(10), [&] { return m_stop; });
        }
        m_encoder.encode(nullptr, [this](const EncodedPacket &packet) {
            for (auto *sink : m_sinks)
                sink->push(packet);
        });
    } catch (const std::exception &e) {
        if (m_log)
            m_log(std::string("audio: ") + e.what());
    }
    m_finished = true;
}

} // namespace stallcast::media
