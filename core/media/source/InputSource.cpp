#include "media/source/InputSource.h"

#include "media/av/AvError.h"
#include "media/source/AudioConverter.h"
#include "media/source/InputDemuxer.h"

namespace stallcast::media {

namespace {

std::int64_t nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace

const char *toString(InputSource::State state)
{
    switch (state) {
    case InputSource::State::Starting: return "starting";
    case InputSource::State::Live: return "live";
    case InputSource::State::Lost: return "lost";
    case InputSource::State::Stopped: return "stopped";
    }
    return "unknown";
}

InputSource::InputSource(InputSpec spec, std::shared_ptr<VideoFrameSlot> video,
                         std::shared_ptr<AudioSampleFifo> audio, Options options)
    : m_spec(std::move(spec))
    , m_video(std::move(video))
    , m_audio(std::move(audio))
    , m_options(std::move(options))
{
}

InputSource::~InputSource()
{
    stop();
}

std::unique_ptr<InputDemuxer> InputSource::open()
{
    m_lastDataNs = nowNs();
    return std::make_unique<InputDemuxer>(m_spec, m_video != nullptr, m_audio != nullptr, [this] {
        // Give up a blocking read when stopping, or when the input has sent nothing for too
        // long (a camera that stalls without an error).
        if (stopping())
            return true;
        const auto silent = std::chrono::nanoseconds(nowNs() - m_lastDataNs.load());
        return m_state.load() == State::Live && silent > m_options.stallTimeout;
    });
}

void InputSource::start()
{
    auto demuxer = open(); // throws: the caller hears about a bad device or file at once
    m_state = State::Live;
    m_thread = std::thread([this, d = std::move(demuxer)]() mutable { run(std::move(d)); });
}

void InputSource::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    // Only a running source closes the slot and the fifo (to wake a lock-step publisher): a
    // source that never started, or stopped already, leaves them to whoever feeds them now
    // (Broadcast::switchSources).
    if (!m_thread.joinable()) {
        m_state = State::Stopped;
        return;
    }
    if (m_video)
        m_video->close();
    if (m_audio)
        m_audio->close();
    m_thread.join();
    m_state = State::Stopped;
}

std::string InputSource::lastError() const
{
    std::lock_guard lock(m_mutex);
    return m_lastError;
}

void InputSource::fail(const std::string &message)
{
    {
        std::lock_guard lock(m_mutex);
        m_lastError = message;
    }
    const bool wasLive = m_state.exchange(State::Lost) == State::Live;
    if (wasLive && m_options.report)
        m_options.report(m_spec.label + " lost: " + message);
}

void InputSource::sleepFor(std::chrono::steady_clock::duration duration)
{
    std::unique_lock lock(m_mutex);
    m_wake.wait_for(lock, duration, [&] { return m_stop.load(); });
}

void InputSource::run(std::unique_ptr<InputDemuxer> demuxer)
{
    while (!stopping()) {
        try {
            if (!demuxer) {
                demuxer = open();
                ++m_reopens;
                m_state = State::Live;
                if (m_options.report)
                    m_options.report(m_spec.label + " is back");
            }
            readUntilFailure(*demuxer);
            if (m_spec.still && !stopping()) { // a picture stays until the stream stops
                sleepFor(std::chrono::hours(24 * 365));
                continue;
            }
            if (!stopping())
                fail("the input ended");
        } catch (const std::exception &e) {
            if (!stopping())
                fail(e.what());
        }
        demuxer.reset();
        if (!stopping())
            sleepFor(m_options.retryInterval);
    }
}

void InputSource::readUntilFailure(InputDemuxer &demuxer)
{
    AudioConverter converter;
    auto frame = allocateFrame();
    std::int64_t lastUs = 0;
    std::int64_t framesThisRound = 0;
    // Pacing restarts with every opening: a file that comes back plays on from now, it does not
    // race to catch up with the time it was gone.
    const auto clockStart = std::chrono::steady_clock::now();
    std::int64_t loopOffsetUs = 0;
    // Lock-step (benchmarks, offline renders): no pacing, the slot and the fifo set the pace.
    const bool lockStep = (m_video && m_video->lockStep()) || (m_audio && m_audio->lockStep());
    for (;;) {
        if (stopping())
            return;
        std::int64_t timeUs = 0;
        const auto result = demuxer.read(*frame, timeUs);
        if (result == InputDemuxer::ReadResult::End) {
            if (!m_spec.loop || framesThisRound == 0) // a file emptied under us is lost
                return;
            loopOffsetUs += lastUs + 33'333; // the next round starts one frame later
            demuxer.rewind();
            framesThisRound = 0;
            continue;
        }
        if (result == InputDemuxer::ReadResult::Nothing) { // a live device with nothing yet
            const auto silent = std::chrono::nanoseconds(nowNs() - m_lastDataNs.load());
            if (silent > m_options.stallTimeout)
                throw MediaError("sent nothing for "
                                 + std::to_string(std::chrono::duration_cast<std::chrono::seconds>(
                                                      silent)
                                                      .count())
                                 + " s");
            sleepFor(std::chrono::milliseconds(5));
            continue;
        }
        m_lastDataNs = nowNs();
        lastUs = timeUs;
        ++framesThisRound;
        if (m_spec.paced && !lockStep)
            sleepFor(clockStart + std::chrono::microseconds(loopOffsetUs + timeUs)
                     - std::chrono::steady_clock::now());
        if (result == InputDemuxer::ReadResult::Video) {
            if (m_video && !m_video->publish(shareFrame(*frame)))
                return;
            if (m_spec.still)
                return;
        } else if (m_audio && !converter.convert(*frame, *m_audio)) {
            return;
        }
        av_frame_unref(frame.get());
    }
}

} // namespace stallcast::media
