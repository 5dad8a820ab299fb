#pragma once

#include "media/EncodedPacket.h"
#include "media/av/AvPointers.h"
#include "media/canvas/CanvasFormat.h"
#include "media/encode/VideoEncoderSettings.h"

#include <atomic>
#include <functional>
#include <string>

namespace stallcast::media {

// The H.264 encoder of one canvas. Opens the first candidate that opens AND encodes a test
// picture (hardware first when asked), falling back to libx264: a missing or broken GPU never
// stops a merchant going live. Global header on, so the description carries SPS/PPS.
// encode() runs on one thread (the canvas's encode thread); requestBitrate() on any.
class VideoEncoder {
public:
    using Log = std::function<void(const std::string &)>;
    using Deliver = std::function<void(const EncodedPacket &)>;

    // Throws MediaError only when even libx264 cannot open.
    VideoEncoder(const CanvasFormat &canvas, const VideoEncoderSettings &settings, Log log = {});
    VideoEncoder(const VideoEncoder &) = delete;
    VideoEncoder &operator=(const VideoEncoder &) = delete;
    ~VideoEncoder();

    const std::string &encoderName() const { return m_name; }
    StreamDescription description() const;

    // Encodes one YUV420P canvas picture (pts in 1/fps units) and delivers what comes out.
    // nullptr flushes the encoder at the end.
    void encode(const AVFrame *picture, const Deliver &deliver);

    // Dynamic bitrate: asks for a new constant bitrate (bit/s), applied before the next picture.
    void requestBitrate(std::int64_t bitsPerSecond);
    std::int64_t bitrate() const { return m_bitrate.load(); }
    std::int64_t initialBitrate() const { return m_settings.bitrate; }
    // The next picture is coded as a keyframe (an output joined a running encode), any thread.
    // The keyframe grid restarts there: the next one comes keyframeSeconds later.
    void requestKeyframe() { m_keyframeRequested = true; }

private:
    CodecContextPtr open(const std::string &name, bool trial);
    const AVFrame &prepare(const AVFrame &picture);
    void drain(const Deliver &deliver);
    void applyRequestedBitrate();

    CanvasFormat m_canvas;
    VideoEncoderSettings m_settings;
    Log m_log;
    std::string m_name;
    CodecContextPtr m_context;
    AVBufferRef *m_hwDevice = nullptr;
    SwsContextPtr m_convert;  // YUV420P -> the encoder's software format, when it differs
    FramePtr m_converted;
    FramePtr m_hwFrame;
    PacketPtr m_packet;
    std::atomic<std::int64_t> m_bitrate;
    std::atomic<std::int64_t> m_requested;
    std::int64_t m_nextKeyframePts = 0;
    std::atomic<bool> m_keyframeRequested{false};
    std::int64_t m_gridOrigin = 0; // pts of the keyframe the grid counts from
};

} // namespace stallcast::media
