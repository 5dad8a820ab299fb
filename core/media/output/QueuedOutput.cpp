#include "media/output/QueuedOutput.h"

#include "media/output/SecretMask.h"

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace stallcast::media {
namespace {

constexpr std::int64_t kBitrateWindowMs = 2000;
constexpr std::int64_t kTrailerGraceMs = 1000;

bool isVideo(const EncodedPacket &packet)
{
    return packet.packet->stream_index == ProgramDescription::kVideoIndex;
}

} // namespace

QueuedOutput::QueuedOutput(OutputTarget target, const ProgramDescription &program,
                           OutputOptions options, ReconnectBackoff::Random random)
    : m_target(std::move(target))
    , m_registeredUrl(m_target.url)
    , m_program(program)
    , m_options(std::move(options))
    , m_backoff(m_options.reconnectStartMs, m_options.reconnectFactor,
                m_options.reconnectJitter, m_options.reconnectCapMs, std::move(random))
    , m_queue(program,
              QueueLimits::forProgram(program, m_options.maxQueueMs, m_options.maxQueueBytes))
{
}

QueuedOutput::~QueuedOutput()
{
    stop();
}

void QueuedOutput::push(const EncodedPacket &packet)
{
    if (!packet.packet) {
        return;
    }
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping || m_stats.state == OutputState::Failed) {
            return;
        }
        m_queue.push(packet);
    }
    m_wake.notify_one();
}

void QueuedOutput::start()
{
    std::lock_guard lock(m_mutex);
    if (m_started || m_stopping) {
        return;
    }
    m_started = true;
    m_thread = std::thread(&QueuedOutput::run, this);
}

void QueuedOutput::stop()
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_stopping) {
            m_stopping = true;
            const auto stopDeadline = steadyNowMs() + m_options.stopDrainMs;
            m_stopDeadlineMs = stopDeadline;
            if (m_stats.state == OutputState::Live) {
                m_deadline.deadlineMs = std::min(m_deadline.deadlineMs.load(), stopDeadline);
            } else {
                m_deadline.abort = true; // a connect attempt in progress gives up at once
            }
            if (!m_started) {
                m_stats.state = OutputState::Stopped;
            }
        }
    }
    m_wake.notify_all();
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

void QueuedOutput::reconnectNow()
{
    {
        std::lock_guard lock(m_mutex);
        m_reconnectNow = true;
    }
    m_wake.notify_all();
}

OutputStats QueuedOutput::stats() const
{
    std::lock_guard lock(m_mutex);
    OutputStats stats = m_stats;
    const auto now = steadyNowMs();
    stats.queueFill = m_queue.fill();
    stats.videoFramesDropped = m_queue.drops().video + m_skippedVideoBeforeKeyframe;
    stats.audioFramesDropped = m_queue.drops().audio + m_skippedBeforeKeyframe;
    stats.framesDropped = stats.videoFramesDropped + stats.audioFramesDropped;
    stats.msUntilReconnect = m_reconnectAtMs > 0 ? std::max<std::int64_t>(0, m_reconnectAtMs - now)
                                                 : 0;
    if (!m_byteSamples.empty()) {
        // Bytes since the newest sample at least a window old (or the oldest one we have).
        auto baseline = m_byteSamples.front();
        for (const auto &sample : m_byteSamples) {
            if (sample.first > now - kBitrateWindowMs) {
                break;
            }
            baseline = sample;
        }
        const auto elapsed = now - baseline.first;
        stats.bitrateBitsPerSecond =
            elapsed > 0 ? (stats.bytesSent - baseline.second) * 8 * 1000 / elapsed : 0;
    }
    return stats;
}

void QueuedOutput::run()
{
    try {
        runSessions();
    } catch (const std::exception &error) {
        // Not an FFmpeg failure (those are handled where they happen): out of memory or a bug.
        recordError(std::string("unexpected failure: ") + error.what());
        setState(OutputState::Failed);
    }
}

void QueuedOutput::runSessions()
{
    bool everConnected = false;
    for (;;) {
        {
            std::lock_guard lock(m_mutex);
            if (m_stopping) {
                break;
            }
        }
        std::unique_ptr<MuxerSession> session;
        try {
            session = connect();
        } catch (const MuxerError &error) {
            recordError(error.what());
            if (!m_target.isNetwork()
                || (m_options.maxReconnectAttempts > 0
                    && m_backoff.attempts() >= m_options.maxReconnectAttempts)) {
                setState(OutputState::Failed);
                return;
            }
            if (!waitBeforeReconnect()) {
                break;
            }
            continue;
        }
        {
            std::lock_guard lock(m_mutex);
            if (everConnected) {
                ++m_stats.reconnectCount;
            }
            // A recording keeps everything from the first keyframe; a destination that comes
            // back after an outage jumps to the newest keyframe (live, not catching up).
            m_queue.discardBeforeKeyframe(m_target.isNetwork() && everConnected);
            m_stats.state = OutputState::Live;
        }
        log(everConnected ? "reconnected" : "live");
        everConnected = true;
        m_awaitingKeyframe = true;
        m_backoff.reset();

        if (deliver(*session) == SessionEnd::Stopped) {
            drainAndFinish(*session);
            m_bytesOfClosedSessions += session->bytesWritten();
            break;
        }
        m_bytesOfClosedSessions += session->bytesWritten();
        session.reset();
        if (!m_target.isNetwork()) {
            setState(OutputState::Failed);
            return;
        }
        if (!waitBeforeReconnect()) {
            break;
        }
    }
    setState(OutputState::Stopped);
    log("stopped");
}

std::unique_ptr<MuxerSession> QueuedOutput::connect()
{
    armDeadline(m_options.connectTimeoutMs);
    return std::make_unique<MuxerSession>(m_target, m_program, m_deadline);
}

void QueuedOutput::armDeadline(std::int64_t ms)
{
    m_deadline.expireIn(ms);
    // stop() may have set a shorter bound meanwhile: the earlier one wins.
    const auto stopDeadline = m_stopDeadlineMs.load();
    if (stopDeadline > 0 && stopDeadline < m_deadline.deadlineMs) {
        m_deadline.deadlineMs = stopDeadline;
    }
}

bool QueuedOutput::writeNext(MuxerSession &session, const EncodedPacket &packet)
{
    if (m_awaitingKeyframe) {
        if (!(isVideo(packet) && packet.keyframe)) {
            std::lock_guard lock(m_mutex);
            (isVideo(packet) ? m_skippedVideoBeforeKeyframe : m_skippedBeforeKeyframe) += 1;
            return true;
        }
        m_awaitingKeyframe = false;
    }
    try {
        session.write(packet);
    } catch (const MuxerError &error) {
        recordError(error.what());
        return false;
    }
    recordProgress(session.bytesWritten());
    return true;
}

QueuedOutput::SessionEnd QueuedOutput::deliver(MuxerSession &session)
{
    for (;;) {
        std::optional<EncodedPacket> next;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [&] { return m_stopping || !m_queue.empty(); });
            if (m_stopping) {
                return SessionEnd::Stopped;
            }
            next = m_queue.pop();
        }
        armDeadline(m_options.writeTimeoutMs);
        if (!writeNext(session, *next)) {
            return SessionEnd::Lost;
        }
    }
}

void QueuedOutput::drainAndFinish(MuxerSession &session)
{
    const auto stopDeadline = m_stopDeadlineMs.load();
    m_deadline.deadlineMs = stopDeadline;
    while (steadyNowMs() < stopDeadline) {
        std::optional<EncodedPacket> next;
        {
            std::lock_guard lock(m_mutex);
            next = m_queue.pop();
        }
        if (!next) {
            break;
        }
        if (!writeNext(session, *next)) {
            return; // the destination is gone: no trailer to write
        }
    }
    m_deadline.deadlineMs = std::max(stopDeadline, steadyNowMs() + kTrailerGraceMs);
    try {
        session.finish();
    } catch (const MuxerError &error) {
        recordError(error.what());
    }
}

bool QueuedOutput::waitBeforeReconnect()
{
    const auto delay = m_backoff.nextDelayMs();
    std::unique_lock lock(m_mutex);
    m_stats.state = OutputState::Reconnecting;
    m_reconnectAtMs = steadyNowMs() + delay;
    lock.unlock();
    log("reconnecting in " + std::to_string(delay) + " ms");
    lock.lock();
    m_wake.wait_for(lock, std::chrono::milliseconds(delay),
                    [&] { return m_stopping || m_reconnectNow; });
    m_reconnectNow = false;
    m_reconnectAtMs = 0;
    return !m_stopping;
}

void QueuedOutput::setState(OutputState state)
{
    std::lock_guard lock(m_mutex);
    m_stats.state = state;
}

void QueuedOutput::recordError(const std::string &message)
{
    const auto masked = maskSecretsIn(message, m_target.url);
    {
        std::lock_guard lock(m_mutex);
        m_stats.lastError = masked;
    }
    // The message already names the destination.
    writeLogLine("output " + masked);
}

void QueuedOutput::recordProgress(std::int64_t sessionBytes)
{
    const auto now = steadyNowMs();
    std::lock_guard lock(m_mutex);
    m_stats.bytesSent = m_bytesOfClosedSessions + sessionBytes;
    ++m_stats.packetsSent;
    m_byteSamples.emplace_back(now, m_stats.bytesSent);
    while (m_byteSamples.size() > 1 && m_byteSamples[1].first < now - kBitrateWindowMs - 1000) {
        m_byteSamples.pop_front();
    }
}

void QueuedOutput::log(const std::string &message) const
{
    writeLogLine("output " + m_target.maskedName() + ": " + message);
}

void QueuedOutput::writeLogLine(const std::string &text) const
{
    const auto line = maskSecretsIn(text, m_target.url);
    if (m_options.log) {
        m_options.log(line);
    } else {
        std::fprintf(stderr, "stallcast: %s\n", line.c_str());
    }
}

} // namespace stallcast::media
