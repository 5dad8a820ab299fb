#pragma once

// The Output every target gets: a bounded PacketQueue filled by push() on the encode thread, and
// a thread of its own that (re)connects a MuxerSession and drains the queue into it. Network
// destinations reconnect with ReconnectBackoff; a recording that cannot be written fails.

#include "media/output/FfmpegLogMask.h"
#include "media/output/MuxerSession.h"
#include "media/output/Output.h"
#include "media/output/PacketQueue.h"
#include "media/output/ReconnectBackoff.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>

namespace stallcast::media {

class QueuedOutput final : public Output {
public:
    QueuedOutput(OutputTarget target, const ProgramDescription &program, OutputOptions options,
                 ReconnectBackoff::Random random = {});
    ~QueuedOutput() override;

    void push(const EncodedPacket &packet) override;
    void start() override;
    void stop() override;
    void reconnectNow() override;
    OutputStats stats() const override;
    const OutputTarget &target() const override { return m_target; }

private:
    enum class SessionEnd { Stopped, Lost };

    void run();
    void runSessions();
    std::unique_ptr<MuxerSession> connect();
    void armDeadline(std::int64_t ms);
    SessionEnd deliver(MuxerSession &session);
    // Writes one packet (skipping what comes before a session's first keyframe); false when
    // the destination is lost.
    bool writeNext(MuxerSession &session, const EncodedPacket &packet);
    void drainAndFinish(MuxerSession &session);
    bool waitBeforeReconnect();
    void setState(OutputState state);
    void recordError(const std::string &message);
    void recordProgress(std::int64_t sessionBytes);
    void log(const std::string &message) const;
    void writeLogLine(const std::string &text) const;

    const OutputTarget m_target;
    const RegisteredUrl m_registeredUrl; // masks our secrets in FFmpeg's own log lines
    const ProgramDescription m_program;
    const OutputOptions m_options;
    ReconnectBackoff m_backoff;
    InterruptDeadline m_deadline;

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    PacketQueue m_queue;
    OutputStats m_stats;
    bool m_started = false;
    bool m_stopping = false;
    bool m_reconnectNow = false;
    std::atomic<std::int64_t> m_stopDeadlineMs{0};
    std::int64_t m_reconnectAtMs = 0;
    std::int64_t m_bytesOfClosedSessions = 0;
    std::int64_t m_skippedBeforeKeyframe = 0;      // audio before a session's first keyframe
    std::int64_t m_skippedVideoBeforeKeyframe = 0; // (the queue normally removes these)
    bool m_awaitingKeyframe = true;                // the output thread's own
    std::deque<std::pair<std::int64_t, std::int64_t>> m_byteSamples; // (steady ms, total bytes)

    std::thread m_thread;
};

} // namespace stallcast::media
