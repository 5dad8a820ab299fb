#pragma once

// The bounded queue between the encode thread and one output, with the congestion policy.
//
// Two bounds: bytes (the backlog a congested link has to work off, by default the program's
// bitrate times OutputOptions::maxQueueMs) and the span of queued time per stream (a latency
// cap). Over the byte bound: drop disposable (non-reference) video frames first, then whole
// older GOPs up to the newest queued keyframe, then all queued video (and incoming video until
// the next keyframe, so no frame whose reference was dropped is ever sent), and audio last.
// Over the span: older GOPs, then all video; audio only once the audio itself is too old.
// Every dropped packet is counted. Not thread-safe: the output guards it with its mutex.

#include "media/EncodedPacket.h"

#include <cstdint>
#include <deque>
#include <functional>
#include <optional>

namespace stallcast::media {

struct DropCounts {
    std::int64_t video = 0;
    std::int64_t audio = 0;
    std::int64_t total() const { return video + audio; }
};

struct QueueLimits {
    std::int64_t maxBytes = 0;
    std::int64_t maxSpanMs = 0;

    // maxMs of content at the program's nominal bitrate (when its encoders state one), never
    // above maxBytes; the span cap is twice maxMs.
    static QueueLimits forProgram(const ProgramDescription &program, std::int64_t maxMs,
                                  std::int64_t maxBytes);
};

class PacketQueue {
public:
    PacketQueue(const ProgramDescription &program, QueueLimits limits);

    // Adds the packet, then applies the drop policy until the queue is within its bounds.
    void push(const EncodedPacket &packet);
    std::optional<EncodedPacket> pop();
    // Before a (re)connect's first packet: drops everything before the first video keyframe,
    // or before the newest one (a network destination catching up to live after an outage).
    // Without a keyframe queued, drops all video and waits for the next keyframe.
    void discardBeforeKeyframe(bool newest);

    bool empty() const { return m_items.empty(); }
    std::size_t size() const { return m_items.size(); }
    // The longer of the video and the audio span queued.
    std::int64_t spanMs() const;
    std::int64_t bytes() const { return m_bytes; }
    const QueueLimits &limits() const { return m_limits; }
    // How full the queue is, 0..1 (the larger of bytes and span against their bounds).
    double fill() const;
    const DropCounts &drops() const { return m_drops; }

private:
    struct Item {
        EncodedPacket packet;
        std::int64_t ms;
        std::int64_t bytes;
        bool video;
    };

    std::int64_t streamSpanMs(bool video) const;
    bool overBytes() const { return m_bytes > m_limits.maxBytes; }
    bool videoTooLong() const { return streamSpanMs(true) > m_limits.maxSpanMs; }
    bool audioTooLong() const { return streamSpanMs(false) > m_limits.maxSpanMs; }
    void enforceBounds();
    bool dropDisposableVideo();
    bool dropVideoBeforeNewestKeyframe();
    void dropAllVideo();
    bool dropOldestAudio();
    bool dropVideoWhere(const std::function<bool(const Item &)> &condition);

    AVRational m_videoTimeBase;
    AVRational m_audioTimeBase;
    QueueLimits m_limits;
    std::deque<Item> m_items;
    std::int64_t m_bytes = 0;
    // A reference frame was dropped: drop incoming video until the next keyframe.
    bool m_skipVideoUntilKeyframe = false;
    DropCounts m_drops;
};

} // namespace stallcast::media
