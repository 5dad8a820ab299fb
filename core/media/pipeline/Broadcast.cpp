#include "media/pipeline/Broadcast.h"

#include <cmath>
#include <stdexcept>

namespace stallcast::media {

Broadcast::Broadcast(BroadcastOptions options)
    : m_options(std::move(options))
{
    if (m_options.canvases.empty())
        throw std::invalid_argument("a broadcast needs at least one canvas");
    m_pictures = std::make_shared<VideoFrameSlot>(m_options.lockStep);
    if (m_options.audio.enabled)
        m_sound = std::make_shared<AudioSampleFifo>(AudioSampleFifo::kSampleRate,
                                                    m_options.lockStep);
    InputSource::Options sourceOptions;
    sourceOptions.report = m_options.log;
    const bool soundFromVideo = m_options.audio.enabled && m_options.audio.fromVideoInput;
    m_videoSource = std::make_shared<InputSource>(m_options.video, m_pictures,
                                                  soundFromVideo ? m_sound : nullptr,
                                                  sourceOptions);
    if (m_options.audio.enabled && !soundFromVideo)
        m_audioSource = std::make_shared<InputSource>(m_options.audio.spec, nullptr, m_sound,
                                                      sourceOptions);
    std::vector<PacketSink *> audioSinks;
    for (const auto &canvasOptions : m_options.canvases) {
        m_fanouts.push_back(std::make_unique<PacketFanout>());
        audioSinks.push_back(m_fanouts.back().get());
        m_canvases.push_back(std::make_unique<Canvas>(canvasOptions, m_pictures, m_videoSource,
                                                      *m_fanouts.back(), m_options.log));
    }
    m_audio = std::make_unique<AudioTrack>(m_sound, audioSinks, m_options.log);
}

Broadcast::~Broadcast()
{
    stop();
}

ProgramDescription Broadcast::program(std::size_t canvas) const
{
    ProgramDescription program;
    program.video = m_canvases.at(canvas)->encoder().description();
    program.audio = m_audio->description();
    return program;
}

void Broadcast::addSink(std::size_t canvas, std::shared_ptr<PacketSink> sink)
{
    m_fanouts.at(canvas)->add(std::move(sink));
}

void Broadcast::start()
{
    m_videoSource->start(); // throws for a device or file that does not open
    if (m_audioSource) {
        try {
            m_audioSource->start();
        } catch (...) {
            m_videoSource->stop();
            throw;
        }
    }
    m_started = std::chrono::steady_clock::now();
    const double seconds = m_options.durationSeconds;
    for (auto &canvas : m_canvases)
        canvas->start(m_started,
                      static_cast<std::int64_t>(std::llround(seconds * canvas->options().format.fps)),
                      m_options.lockStep);
    m_audio->start(m_started,
                   static_cast<std::int64_t>(std::llround(seconds * AudioSampleFifo::kSampleRate)),
                   m_options.lockStep);
    m_running = true;
}

void Broadcast::stop()
{
    if (!m_running)
        return;
    m_running = false;
    for (auto &canvas : m_canvases)
        canvas->stop();
    m_audio->stop();
    m_videoSource->stop();
    if (m_audioSource)
        m_audioSource->stop();
}

bool Broadcast::finished() const
{
    for (const auto &canvas : m_canvases)
        if (!canvas->finished())
            return false;
    return m_audio->finished();
}

BroadcastStats Broadcast::stats() const
{
    BroadcastStats s;
    s.sourceLabel = m_videoSource->spec().label;
    s.sourceState = toString(m_videoSource->state());
    s.sourceError = m_videoSource->lastError();
    s.sourceReopens = m_videoSource->reopenCount();
    for (std::size_t i = 0; i < m_canvases.size(); ++i) {
        s.canvases.push_back(m_canvases[i]->stats());
        s.packets.push_back(m_fanouts[i]->counts());
        if (s.packets.back().firstVideo) {
            const double seconds =
                std::chrono::duration<double>(*s.packets.back().firstVideo - m_started).count();
            if (s.secondsToFirstPacket < 0 || seconds < s.secondsToFirstPacket)
                s.secondsToFirstPacket = seconds;
        }
    }
    s.audio = m_audio->stats();
    return s;
}

} // namespace stallcast::media
