#pragma once

extern "C" {
#include <libavutil/frame.h>
}

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>

namespace stallcast::media {

// The studio's view of a canvas: the composed picture (overlays included, exactly what is
// encoded) handed over in ONE slot. The canvas thread only takes a reference to the picture
// (no pixel copy, never waits); a picture the preview has not taken yet is replaced and
// counted as dropped. So a slow preview loses preview frames, never encoded ones.
class PreviewTap {
public:
    struct Counts {
        std::int64_t offered = 0; // pictures the canvas handed over
        std::int64_t taken = 0;   // pictures the preview took
        std::int64_t dropped = 0; // replaced before anyone took them
    };

    // Canvas thread: shares `frame` (a reference, the pixels are not copied).
    void offer(const AVFrame &frame);
    // Preview thread: waits for a picture newer than the last one taken (nullptr on timeout or
    // once closed).
    std::shared_ptr<const AVFrame> takeNext(std::chrono::milliseconds timeout);
    void close();
    Counts counts() const;

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::shared_ptr<const AVFrame> m_waiting;
    Counts m_counts;
    bool m_closed = false;
};

} // namespace stallcast::media
