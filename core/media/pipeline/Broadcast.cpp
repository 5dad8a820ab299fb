#include "media/pipeline/Broadcast.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <stdexcept>

namespace stallcast::media {

Broadcast::Broadcast(BroadcastOptions options)
    : m_options(std::move(options))
{
    if (m_options.canvases.empty())
        throw std::invalid_argument("a broadcast needs at least one canvas");
    m_pictures = std::make_shared<VideoFrameSlot>(m_options.lockStep);
    // Live, the fifo is there even without a sound input, so a microphone can be switched on
    // later (an empty fifo is silence); lock-step would wait for samples that never come.
    if (m_options.audio.enabled || !m_options.lockStep)
        m_sound = std::make_shared<AudioSampleFifo>(AudioSampleFifo::kSampleRate,
                                                    m_options.lockStep);
    makeSources();
    std::vector<PacketSink *> audioSinks;
    for (const auto &canvasOptions : m_options.canvases) {
        m_fanouts.push_back(std::make_unique<PacketFanout>());
        audioSinks.push_back(m_fanouts.back().get());
        m_canvases.push_back(std::make_unique<Canvas>(canvasOptions, m_pictures, m_videoSource,
                                                      *m_fanouts.back(), m_options.log));
    }
    m_audio = std::make_unique<AudioTrack>(m_sound, audioSinks, m_options.log);
}

void Broadcast::makeSources()
{
    InputSource::Options sourceOptions;
    sourceOptions.report = m_options.log;
    const bool soundFromVideo = m_options.audio.enabled && m_options.audio.fromVideoInput;
    auto video = std::make_shared<InputSource>(m_options.video, m_pictures,
                                               soundFromVideo ? m_sound : nullptr, sourceOptions);
    std::shared_ptr<InputSource> audio;
    if (m_options.audio.enabled && !soundFromVideo)
        audio = std::make_shared<InputSource>(m_options.audio.spec, nullptr, m_sound,
                                              sourceOptions);
    std::lock_guard lock(m_sourceMutex);
    m_videoSource = std::move(video);
    m_audioSource = std::move(audio);
}

void Broadcast::startSources()
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
}

void Broadcast::stopSources()
{
    m_videoSource->stop();
    if (m_audioSource)
        m_audioSource->stop();
}

void Broadcast::switchSources(InputSpec video, AudioChoice audio)
{
    if (m_options.lockStep)
        throw std::logic_error("sources cannot be switched in lock-step mode");
    const InputSpec previousVideo = m_options.video;
    const AudioChoice previousAudio = m_options.audio;
    if (m_running) {
        stopSources(); // closes the slot and the fifo: reopened for the new inputs
        m_pictures->reopen();
        m_sound->reopen();
    }
    m_options.video = std::move(video);
    m_options.audio = std::move(audio);
    makeSources();
    for (auto &canvas : m_canvases)
        canvas->setSource(m_videoSource);
    if (!m_running)
        return;
    try {
        startSources();
    } catch (...) {
        m_pictures->reopen();
        m_sound->reopen();
        m_options.video = previousVideo;
        m_options.audio = previousAudio;
        makeSources();
        for (auto &canvas : m_canvases)
            canvas->setSource(m_videoSource);
        try {
            startSources();
        } catch (const std::exception &e) {
            if (m_options.log)
                m_options.log(std::string("the previous input did not come back: ") + e.what());
        }
        throw;
    }
}

bool Broadcast::removeSink(std::size_t canvas, const PacketSink *sink)
{
    return m_fanouts.at(canvas)->remove(sink);
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
    startSources();
    m_started = std::chrono::steady_clock::now();
    const double seconds = m_options.durationSeconds;
    for (auto &canvas : m_canvases)
        canvas->start(m_started,
                      static_cast<std::int64_t>(std::llround(seconds * canvas->options().format.fps)),
                      m_options.lockStep);
    m_audio->start(m_started,
                   static_cast<std::int64_t>(std::llround(seconds * AudioSampleFifo::kSampleRate)),
                   m_options.lockStep, [this] {
                       std::int64_t slowest = INT64_MAX;
                       for (const auto &canvas : m_canvases)
                           slowest = std::min(slowest, canvas->ticksDone() * 1'000'000
                                                           / canvas->options().format.fps);
                       return slowest;
                   });
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
    stopSources();
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
    std::lock_guard lock(m_sourceMutex);
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
