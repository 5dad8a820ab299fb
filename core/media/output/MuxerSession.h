#pragma once

// One connection (or one recording file) of an output: a libavformat muxer opened from the
// program's description, fed with shared packets, closed with or without a trailer. Every
// blocking FFmpeg call is bounded by an InterruptDeadline, so a dead server cannot hang it.

#include "media/EncodedPacket.h"
#include "media/output/OutputTarget.h"

#include <atomic>
#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>

struct AVFormatContext;

namespace stallcast::media {

// Milliseconds on the steady clock (for deadlines).
std::int64_t steadyNowMs();

// What FFmpeg's interrupt callback consults: give up once past the deadline, or at once when
// aborted (stop() while connecting).
struct InterruptDeadline {
    std::atomic<std::int64_t> deadlineMs{INT64_MAX};
    std::atomic<bool> abort{false};

    void expireIn(std::int64_t ms) { deadlineMs = steadyNowMs() + ms; }
    bool expired() const { return abort || steadyNowMs() > deadlineMs; }
    static int callback(void *self);
};

// An FFmpeg failure; the message is already masked.
class MuxerError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class MuxerSession {
public:
    // Opens the destination (connects, handshakes) and writes the header. Throws MuxerError.
    MuxerSession(const OutputTarget &target, const ProgramDescription &program,
                 InterruptDeadline &deadline);
    MuxerSession(const MuxerSession &) = delete;
    MuxerSession &operator=(const MuxerSession &) = delete;
    ~MuxerSession();

    // Writes one packet (its own reference; timestamps rescaled to the muxer's and kept
    // strictly increasing per stream). Throws MuxerError.
    void write(const EncodedPacket &packet);
    // Writes the trailer and closes the destination. Throws MuxerError.
    void finish();
    // Bytes written to the destination so far (header included).
    std::int64_t bytesWritten() const;

private:
    struct FormatContextDeleter {
        void operator()(AVFormatContext *context) const noexcept;
    };

    [[noreturn]] void fail(const std::string &what, int error) const;

    const OutputTarget &m_target;
    ProgramDescription m_program;
    const InterruptDeadline &m_deadline;
    std::unique_ptr<AVFormatContext, FormatContextDeleter> m_context;
    std::int64_t m_lastDts[2] = {INT64_MIN, INT64_MIN};
    std::int64_t m_bytesAtClose = -1;
};

} // namespace stallcast::media
