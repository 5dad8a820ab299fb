#pragma once

// The bounded queue between the encode thread and one output, with the congestion policy: when
// it holds more than its bound (content duration or bytes), drop disposable (non-reference)
// video frames first; if still over, drop video up to a keyframe (never leaving a frame whose
// reference was dropped); audio goes last. Every dropped packet is counted. Not thread-safe:
// the output guards it with its own mutex.

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

class PacketQueue {
public:
    PacketQueue(const ProgramDescription &program, std::int64_t maxMs, std::int64_t maxBytes);

    // Adds the packet, then applies the drop policy until the queue is within its bounds.
    void push(const EncodedPacket &packet);
    std::optional<EncodedPacket> pop();
    // Before a (re)connect's first packet: drops everything before the first video keyframe,
    // or before the newest one (a network destination catching up to live after an outage).
    // Without a keyframe queued, drops all video and waits for the next keyframe.
    void discardBeforeKeyframe(bool newest);
    void clear();

    bool empty() const { return m_items.empty(); }
    std::size_t size() const { return m_items.size(); }
    std::int64_t durationMs() const;
    std::int64_t bytes() const { return m_bytes; }
    // How full the queue is, 0..1 (the larger of duration and bytes against their bounds).
    double fill() const;
    const DropCounts &drops() const { return m_drops; }

private:
    struct Item {
        EncodedPacket packet;
        std::int64_t ms;
        std::int64_t bytes;
        bool video;
    };

    bool overBound() const;
    void drop(std::deque<Item>::iterator at);
    bool dropDisposableVideo();
    bool dropVideoBeforeNewestKeyframe();
    void dropAllVideo();
    bool dropVideoWhere(const std::function<bool(const Item &)> &condition);
    void dropOldestAudio();

    AVRational m_videoTimeBase;
    AVRational m_audioTimeBase;
    std::int64_t m_maxMs;
    std::int64_t m_maxBytes;
    std::deque<Item> m_items;
    std::int64_t m_bytes = 0;
    // A reference frame was dropped: drop incoming video until the next keyframe.
    bool m_skipVideoUntilKeyframe = false;
    DropCounts m_drops;
};

} // namespace stallcast::media
