#pragma once

#include "media/EncodedPacket.h"

#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace stallcast::media {

// The single sink a canvas's encoders push into (its video encoder and the shared audio
// encoder, from two threads): passes every packet on to each output in turn, never at the same
// time (outputs see one pusher), and counts what went through. Audio that comes before the
// first video packet is held back and passed on right after it: an output starts at a video
// keyframe and would otherwise drop the opening audio (audio and video must start together).
class PacketFanout final : public PacketSink {
public:
    // Sinks may be added and removed while packets flow (the studio's Go Live / Record).
    void add(std::shared_ptr<PacketSink> sink);
    // Returns false when the sink was not there. After it returns the sink gets no more packets.
    bool remove(const PacketSink *sink);
    std::size_t sinkCount() const;
    void push(const EncodedPacket &packet) override;

    struct Counts {
        std::int64_t videoPackets = 0, audioPackets = 0, videoBytes = 0, audioBytes = 0;
        std::int64_t keyframes = 0, disposable = 0;
        std::optional<std::chrono::steady_clock::time_point> firstVideo;
    };
    Counts counts() const;

private:
    mutable std::mutex m_mutex;
    void pass(const EncodedPacket &packet);

    std::vector<std::shared_ptr<PacketSink>> m_sinks;
    std::vector<EncodedPacket> m_heldAudio;
    Counts m_counts;
};

} // namespace stallcast::media
