#include "media/pipeline/PacketFanout.h"

namespace stallcast::media {

void PacketFanout::add(std::shared_ptr<PacketSink> sink)
{
    std::lock_guard lock(m_mutex);
    m_sinks.push_back(std::move(sink));
}

void PacketFanout::push(const EncodedPacket &packet)
{
    std::lock_guard lock(m_mutex);
    if (packet.packet->stream_index == ProgramDescription::kVideoIndex) {
        ++m_counts.videoPackets;
        m_counts.videoBytes += packet.packet->size;
        m_counts.keyframes += packet.keyframe ? 1 : 0;
        m_counts.disposable += packet.disposable ? 1 : 0;
        if (!m_counts.firstVideo)
            m_counts.firstVideo = std::chrono::steady_clock::now();
    } else {
        ++m_counts.audioPackets;
        m_counts.audioBytes += packet.packet->size;
    }
    for (const auto &sink : m_sinks)
        sink->push(packet); // never blocks: each output queues on its own
}

PacketFanout::Counts PacketFanout::counts() const
{
    std::lock_guard lock(m_mutex);
    return m_counts;
}

} // namespace stallcast::media
