#pragma once

#include "media/EncodedPacket.h"

#include <cstdint>
#include <deque>
#include <memory>
#include <optional>

namespace stallcast::media {

// An output joining an encode that is already running (the studio's Record or Go Live while
// the other one goes on). It waits for a video keyframe (the canvas asks its encoder for one),
// passes on the audio that belongs to the same instant even when it was encoded just before
// the keyframe arrived (up to one second of it is kept), and shifts every timestamp so the
// output's timeline starts at 0: a recording started an hour into the studio session plays
// from 0:00. Called by one pusher at a time (PacketFanout).
class LateJoinSink final : public PacketSink {
public:
    LateJoinSink(std::shared_ptr<PacketSink> next, const ProgramDescription &program);
    void push(const EncodedPacket &packet) override;

    const std::shared_ptr<PacketSink> &next() const { return m_next; }
    // Packets left out before the first keyframe (video) or before its instant (audio).
    std::int64_t skipped() const { return m_skipped; }

private:
    std::int64_t micros(const AVPacket &packet) const;
    void forward(const EncodedPacket &packet);

    std::shared_ptr<PacketSink> m_next;
    AVRational m_videoTimeBase;
    AVRational m_audioTimeBase;
    std::optional<std::int64_t> m_originMicros; // the first keyframe's time
    std::deque<EncodedPacket> m_recentAudio;
    std::int64_t m_skipped = 0;
};

} // namespace stallcast::media
