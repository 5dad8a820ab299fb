#pragma once

// The contract between the encoders of a canvas and its outputs (RTMP, RTMPS, SRT, recording):
// what one encode produces and how every output receives it. docs/ARCHITECTURE.md, "Media".

extern "C" {
#include <libavcodec/codec_par.h>
#include <libavcodec/packet.h>
#include <libavutil/rational.h>
}

#include <cstdint>
#include <memory>

namespace stallcast::media {

struct AvPacketDeleter {
    void operator()(AVPacket *packet) const noexcept { av_packet_free(&packet); }
};
using PacketPtr = std::unique_ptr<AVPacket, AvPacketDeleter>;

struct CodecParametersDeleter {
    void operator()(AVCodecParameters *parameters) const noexcept
    {
        avcodec_parameters_free(&parameters);
    }
};
using CodecParametersPtr = std::unique_ptr<AVCodecParameters, CodecParametersDeleter>;

// One elementary stream as its encoder describes it. The parameters carry the global header
// (extradata: SPS/PPS for H.264, AudioSpecificConfig for AAC), so a muxer opened at any time,
// e.g. after a reconnect, can write a valid header.
struct StreamDescription {
    std::shared_ptr<const AVCodecParameters> parameters;
    AVRational timeBase{1, 1000}; // of the packets' pts, dts and duration
};

// What one canvas's encode produces: always one video and one audio stream.
struct ProgramDescription {
    static constexpr int kVideoIndex = 0;
    static constexpr int kAudioIndex = 1;
    StreamDescription video;
    StreamDescription audio;
};

// One encoded packet, shared read-only by every output of the canvas. packet->stream_index is
// ProgramDescription::kVideoIndex or kAudioIndex; pts/dts/duration are in that stream's
// timeBase. An output that hands the packet to a muxer (which takes ownership of its payload)
// makes its own reference first (av_packet_clone / av_packet_ref).
struct EncodedPacket {
    std::shared_ptr<const AVPacket> packet;
    bool keyframe = false;
    // Nothing else refers to this frame (a disposable/non-reference frame): under congestion an
    // output drops these first, and must drop everything up to the next keyframe once it has
    // dropped a reference frame.
    bool disposable = false;
};

// Where a canvas delivers its packets. push() is called from the encode thread and must never
// block on the network or the disk: each output queues (bounded) and works on its own thread.
class PacketSink {
public:
    virtual ~PacketSink() = default;
    virtual void push(const EncodedPacket &packet) = 0;
};

} // namespace stallcast::media
