#pragma once

#include "media/EncodedPacket.h"
#include "media/canvas/CanvasFormat.h"
#include "media/canvas/FramePool.h"
#include "media/canvas/FrameScaler.h"
#include "media/encode/VideoEncoder.h"
#include "media/overlay/OverlayLayer.h"
#include "media/source/InputSource.h"
#include "media/source/VideoFrameSlot.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace stallcast::media {

// One encoded picture as the encode thread hands its packet on: which clock tick it was and
// which version of the overlay layer it shows (a measurement hook: order -> encoded frame).
struct EncodedFrameInfo {
    std::int64_t tick = 0;
    std::uint64_t overlayVersion = 0;
    std::chrono::steady_clock::time_point composedAt; // the overlay blended, queued for the encoder
    std::chrono::steady_clock::time_point encodedAt;
};

struct CanvasOptions {
    CanvasFormat format;
    ScaleMode scale = ScaleMode::Fit;
    VideoEncoderSettings encoder;
    std::chrono::milliseconds lostAfter{2000}; // no new picture this long: show the slate
    std::string slateText = "Camera lost - reconnecting";
    std::size_t encodeQueue = 6; // pictures waiting for the encoder (200 ms at 30 fps) before
                                 // one is skipped
    // Called on the encode thread for each encoded video packet (benchmarks, tests); must be
    // quick. Unset: nothing is recorded.
    std::function<void(const EncodedFrameInfo &)> onFrameEncoded;
};

// What a canvas counted. Every tick of the clock is exactly one of: rendered, missed (the
// render thread was late: render lag) or skipped (the encoder was behind: encode lag).
struct CanvasStats {
    std::string format;
    std::string encoder;
    std::int64_t ticks = 0;          // clock ticks so far (rendered + missed)
    std::int64_t framesRendered = 0;
    std::int64_t framesMissed = 0;   // render lag
    std::int64_t framesSkipped = 0;  // encode lag (rendered but not encoded)
    std::int64_t framesEncoded = 0;
    std::int64_t sourcePictures = 0; // new source pictures shown
    std::int64_t slateFrames = 0;    // frames showing the "camera lost" slate
    double captureFps = 0;           // new source pictures per second over the last second
    double overlayMicrosPerFrame = 0; // mean time to blend the overlay layer
    double renderMicrosPerFrame = 0;  // mean time to compose a frame (scale + overlay)
    std::int64_t bitrate = 0;
};

// One output canvas: on a steady clock at its frame rate it composes the newest source picture
// (scaled fit/fill, or the slate when the source is lost) with its overlay layer, and hands the
// picture to its own encode thread, whose packets go to `sink`. In lock-step mode (benchmarks)
// it waits for each source picture and for the encoder instead of keeping time.
class Canvas {
public:
    Canvas(CanvasOptions options, std::shared_ptr<VideoFrameSlot> pictures,
           std::shared_ptr<const InputSource> source, PacketSink &sink,
           VideoEncoder::Log log = {});
    Canvas(const Canvas &) = delete;
    Canvas &operator=(const Canvas &) = delete;
    ~Canvas();

    OverlayLayer &overlays() { return m_overlays; }
    VideoEncoder &encoder() { return m_encoder; }
    const CanvasOptions &options() const { return m_options; }

    // Starts the clock at `start`; stops by itself after `frames` ticks (0: until stop()).
    void start(std::chrono::steady_clock::time_point start, std::int64_t frames, bool lockStep);
    // Stops the clock, encodes what is queued and flushes the encoder.
    void stop();
    bool finished() const { return m_finished.load(); }
    CanvasStats stats() const;
    // How far the clock has gone, in ticks (rendered or missed); any thread.
    std::int64_t ticksDone() const { return m_ticksDone.load(); }

private:
    void renderLoop();
    void encodeLoop();
    void renderTick(std::int64_t tick, const VideoFrameSlot::Picture &picture);
    bool sourceLost(const VideoFrameSlot::Picture &picture,
                    std::chrono::steady_clock::time_point now) const;
    void enqueue(FramePtr frame);
    void reportEncoded(std::int64_t tick);

    CanvasOptions m_options;
    std::shared_ptr<VideoFrameSlot> m_pictures;
    std::shared_ptr<const InputSource> m_source;
    PacketSink &m_sink;
    VideoEncoder::Log m_log;
    VideoEncoder m_encoder;
    OverlayLayer m_overlays;
    FrameScaler m_scaler;
    FramePool m_pool;
    std::shared_ptr<const AVFrame> m_slate;

    std::chrono::steady_clock::time_point m_start;
    std::int64_t m_frames = 0;
    bool m_lockStep = false;
    std::uint64_t m_lastSequence = 0;
    bool m_wasLost = false;

    mutable std::mutex m_mutex; // the queue, the stop flag and the stats
    std::condition_variable m_wake;
    std::deque<FramePtr> m_queue;
    bool m_stop = false;
    bool m_renderDone = false;
    std::atomic<bool> m_finished{false};
    std::atomic<std::int64_t> m_ticksDone{0};
    CanvasStats m_stats;
    std::deque<std::chrono::steady_clock::time_point> m_recentPictures;
    std::deque<EncodedFrameInfo> m_composed; // awaiting their packets (with onFrameEncoded)
    double m_overlayMicros = 0, m_renderMicros = 0;
    std::thread m_render;
    std::thread m_encode;
};

} // namespace stallcast::media
