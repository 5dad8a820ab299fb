#include "media/pipeline/PacketFanout.h"

#include <algorithm>

namespace stallcast::media {

void PacketFanout::add(std::shared_ptr<PacketSink> sink)
{
    std::lock_guard lock(m_mutex);
    m_sinks.push_back(std::move(sink));
}

bool PacketFanout::remove(const PacketSink *sink)
{
    std::lock_guard lock(m_mutex);
    const auto it = std::find_if(m_sinks.begin(), m_sinks.end(),
                                 [sink](const auto &s) { return s.get() == sink; });
    if (it == m_sinks.end())
        return false;
    m_sinks.erase(it);
    return true;
}

std::size_t PacketFanout::sinkCount() const
{
    std::lock_guard lock(m_mutex);
    return m_sinks.size();
}

void PacketFanout::pass(const EncodedPacket &packet)
{
    for (const auto &sink : m_sinks)
        sink->push(packet); // never blocks: each output queues on its own
}

void PacketFanout::push(const EncodedPacket &packet)
{
    // At most ~10 s of held audio (an encoder that never starts must not grow this forever).
    constexpr std::size_t kMaxHeldAudio = 500;
    std::lock_guard lock(m_mutex);
    const bool video = packet.packet->stream_index == ProgramDescription::kVideoIndex;
    // Held only for sinks that are there: with none (a studio not yet live, its encoder idle)
    // there is nobody to start together with.
    if (!video && !m_counts.firstVideo && !m_sinks.empty() && m_heldAudio.size() < kMaxHeldAudio) {
        ++m_counts.audioPackets;
        m_counts.audioBytes += packet.packet->size;
        m_heldAudio.push_back(packet);
        return;
    }
    if (video) {
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
    pass(packet);
    if (video && !m_heldAudio.empty()) {
        for (const auto &held : m_heldAudio)
            pass(held);
        m_heldAudio.clear();
    }
}

PacketFanout::Counts PacketFanout::counts() const
{
    std::lock_guard lock(m_mutex);
    return m_counts;
}

} // namespace stallcast::media
