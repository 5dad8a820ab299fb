#include "media/pipeline/LateJoinSink.h"

extern "C" {
#include <libavutil/mathematics.h>
}

#include <new>

namespace stallcast::media {

namespace {

constexpr AVRational kMicros{1, 1'000'000};
constexpr std::int64_t kKeptAudioMicros = 1'000'000;

bool isVideo(const AVPacket &packet)
{
    return packet.stream_index == ProgramDescription::kVideoIndex;
}

} // namespace

LateJoinSink::LateJoinSink(std::shared_ptr<PacketSink> next, const ProgramDescription &program)
    : m_next(std::move(next))
    , m_videoTimeBase(program.video.timeBase)
    , m_audioTimeBase(program.audio.timeBase)
{
}

std::int64_t LateJoinSink::micros(const AVPacket &packet) const
{
    return av_rescale_q(packet.pts, isVideo(packet) ? m_videoTimeBase : m_audioTimeBase, kMicros);
}

void LateJoinSink::push(const EncodedPacket &packet)
{
    if (!packet.packet || packet.packet->pts == AV_NOPTS_VALUE)
        return;
    const bool video = isVideo(*packet.packet);
    if (!m_originMicros) {
        if (!video) {
            m_recentAudio.push_back(packet);
            while (!m_recentAudio.empty()
                   && micros(*packet.packet) - micros(*m_recentAudio.front().packet) > kKeptAudioMicros) {
                m_recentAudio.pop_front();
                ++m_skipped;
            }
            return;
        }
        if (!packet.keyframe) {
            ++m_skipped;
            return;
        }
        m_originMicros = micros(*packet.packet);
        forward(packet);
        for (const auto &audio : m_recentAudio)
            if (micros(*audio.packet) >= *m_originMicros)
                forward(audio);
            else
                ++m_skipped;
        m_recentAudio.clear();
        return;
    }
    if (!video && micros(*packet.packet) < *m_originMicros) {
        ++m_skipped;
        return;
    }
    forward(packet);
}

void LateJoinSink::forward(const EncodedPacket &packet)
{
    PacketPtr shifted(av_packet_clone(packet.packet.get())); // a reference: no payload copy
    if (!shifted)
        throw std::bad_alloc();
    const auto base = isVideo(*shifted) ? m_videoTimeBase : m_audioTimeBase;
    const std::int64_t offset = av_rescale_q(*m_originMicros, kMicros, base);
    shifted->pts -= offset;
    if (shifted->dts != AV_NOPTS_VALUE)
        shifted->dts -= offset;
    EncodedPacket out = packet;
    out.packet = std::shared_ptr<const AVPacket>(shifted.release(), AvPacketDeleter{});
    m_next->push(out);
}

} // namespace stallcast::media
