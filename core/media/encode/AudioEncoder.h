#pragma once

#include "media/EncodedPacket.h"
#include "media/av/AvPointers.h"

#include <functional>

namespace stallcast::media {

// AAC-LC, 48 kHz stereo, with the global header (AudioSpecificConfig) in its description.
// Takes pictures of exactly frameSize() samples (planar float) with pts in samples.
class AudioEncoder {
public:
    using Deliver = std::function<void(const EncodedPacket &)>;

    explicit AudioEncoder(std::int64_t bitrate = 160'000);

    int frameSize() const { return m_context->frame_size; }
    StreamDescription description() const;

    // A frame of frameSize() samples for the caller to fill, with the right format and layout.
    FramePtr makeFrame() const;

    // Encodes one frame (nullptr flushes) and delivers the packets.
    void encode(const AVFrame *samples, const Deliver &deliver);

private:
    CodecContextPtr m_context;
    PacketPtr m_packet;
};

} // namespace stallcast::media
