#include "media/output/PacketQueue.h"

extern "C" {
#include <libavutil/avutil.h>
#include <libavutil/mathematics.h>
}

#include <algorithm>

namespace stallcast::media {
namespace {

std::int64_t bitRate(const StreamDescription &stream)
{
    return stream.parameters ? std::max<std::int64_t>(0, stream.parameters->bit_rate) : 0;
}

} // namespace

QueueLimits QueueLimits::forProgram(const ProgramDescription &program, std::int64_t maxMs,
                                    std::int64_t maxBytes)
{
    QueueLimits limits;
    limits.maxSpanMs = std::max<std::int64_t>(1, 2 * maxMs);
    limits.maxBytes = std::max<std::int64_t>(1, maxBytes);
    const auto bitsPerSecond = bitRate(program.video) + bitRate(program.audio);
    if (bitsPerSecond > 0) {
        // At least 256 KiB, so one large keyframe of a low-bitrate stream always fits.
        const auto atBitrate = std::max<std::int64_t>(256 * 1024, bitsPerSecond / 8 * maxMs / 1000);
        limits.maxBytes = std::min(limits.maxBytes, atBitrate);
    }
    return limits;
}

PacketQueue::PacketQueue(const ProgramDescription &program, QueueLimits limits)
    : m_videoTimeBase(program.video.timeBase)
    , m_audioTimeBase(program.audio.timeBase)
    , m_limits(limits)
{
    m_limits.maxBytes = std::max<std::int64_t>(1, m_limits.maxBytes);
    m_limits.maxSpanMs = std::max<std::int64_t>(1, m_limits.maxSpanMs);
}

void PacketQueue::push(const EncodedPacket &packet)
{
    const AVPacket &av = *packet.packet;
    const bool video = av.stream_index == ProgramDescription::kVideoIndex;
    if (video) {
        if (packet.keyframe) {
            m_skipVideoUntilKeyframe = false;
        } else if (m_skipVideoUntilKeyframe) {
            ++m_drops.video;
            return;
        }
    }
    const std::int64_t ts = av.dts != AV_NOPTS_VALUE ? av.dts : av.pts;
    const std::int64_t ms = ts == AV_NOPTS_VALUE
        ? (m_items.empty() ? 0 : m_items.back().ms)
        : av_rescale_q(ts, video ? m_videoTimeBase : m_audioTimeBase, AVRational{1, 1000});
    m_items.push_back(Item{packet, ms, av.size, video});
    m_bytes += av.size;
    enforceBounds();
}

void PacketQueue::enforceBounds()
{
    while (overBytes() && dropDisposableVideo()) {
    }
    if (overBytes() || videoTooLong()) {
        dropVideoBeforeNewestKeyframe();
    }
    if (overBytes() || videoTooLong()) {
        dropAllVideo();
    }
    while ((overBytes() || audioTooLong()) && dropOldestAudio()) {
    }
}

std::optional<EncodedPacket> PacketQueue::pop()
{
    if (m_items.empty()) {
        return std::nullopt;
    }
    auto packet = std::move(m_items.front().packet);
    m_bytes -= m_items.front().bytes;
    m_items.pop_front();
    return packet;
}

void PacketQueue::discardBeforeKeyframe(bool newest)
{
    auto keyframe = m_items.end();
    for (auto it = m_items.begin(); it != m_items.end(); ++it) {
        if (it->video && it->packet.keyframe) {
            keyframe = it;
            if (!newest) {
                break;
            }
        }
    }
    if (keyframe == m_items.end()) {
        dropAllVideo();
        return;
    }
    const auto count = keyframe - m_items.begin();
    for (std::ptrdiff_t i = 0; i < count; ++i) {
        auto &front = m_items.front();
        (front.video ? m_drops.video : m_drops.audio) += 1;
        m_bytes -= front.bytes;
        m_items.pop_front();
    }
}

std::int64_t PacketQueue::streamSpanMs(bool video) const
{
    const auto first = std::find_if(m_items.begin(), m_items.end(),
                                    [&](const Item &item) { return item.video == video; });
    if (first == m_items.end()) {
        return 0;
    }
    const auto last = std::find_if(m_items.rbegin(), m_items.rend(),
                                   [&](const Item &item) { return item.video == video; });
    return std::max<std::int64_t>(0, last->ms - first->ms);
}

std::int64_t PacketQueue::spanMs() const
{
    return std::max(streamSpanMs(true), streamSpanMs(false));
}

double PacketQueue::fill() const
{
    const double bySpan = static_cast<double>(spanMs()) / static_cast<double>(m_limits.maxSpanMs);
    const double byBytes = static_cast<double>(m_bytes) / static_cast<double>(m_limits.maxBytes);
    return std::clamp(std::max(bySpan, byBytes), 0.0, 1.0);
}

bool PacketQueue::dropDisposableVideo()
{
    const auto it = std::find_if(m_items.begin(), m_items.end(), [](const Item &item) {
        return item.video && item.packet.disposable && !item.packet.keyframe;
    });
    if (it == m_items.end()) {
        return false;
    }
    m_drops.video += 1;
    m_bytes -= it->bytes;
    m_items.erase(it);
    return true;
}

bool PacketQueue::dropVideoBeforeNewestKeyframe()
{
    // The older GOPs go whole; the newest keyframe and what follows it stay decodable. A GOP
    // whose start the output already sent loses only its tail, so nothing sent refers to a
    // dropped frame.
    std::size_t newest = m_items.size();
    for (std::size_t i = m_items.size(); i-- > 0;) {
        if (m_items[i].video && m_items[i].packet.keyframe) {
            newest = i;
            break;
        }
    }
    if (newest == m_items.size()) {
        return false;
    }
    return dropVideoWhere([&, index = std::size_t{0}](const Item &) mutable {
        return index++ < newest;
    });
}

void PacketQueue::dropAllVideo()
{
    dropVideoWhere([](const Item &) { return true; });
    m_skipVideoUntilKeyframe = true;
}

bool PacketQueue::dropVideoWhere(const std::function<bool(const Item &)> &condition)
{
    std::deque<Item> kept;
    bool dropped = false;
    for (auto &item : m_items) {
        // The condition sees every item in order (it may count positions).
        if (condition(item) && item.video) {
            m_drops.video += 1;
            m_bytes -= item.bytes;
            dropped = true;
        } else {
            kept.push_back(std::move(item));
        }
    }
    m_items = std::move(kept);
    return dropped;
}

bool PacketQueue::dropOldestAudio()
{
    const auto it = std::find_if(m_items.begin(), m_items.end(),
                                 [](const Item &item) { return !item.video; });
    if (it == m_items.end()) {
        return false;
    }
    m_drops.audio += 1;
    m_bytes -= it->bytes;
    m_items.erase(it);
    return true;
}

} // namespace stallcast::media
