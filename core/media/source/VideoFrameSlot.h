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

// The newest picture of a source, read by every canvas that shows it. A live source replaces it
// as it goes (a canvas shows whatever is newest at its tick); in lock-step mode (benchmarks,
// offline renders) the source waits until the canvas has taken each picture, so nothing is
// skipped or generated ahead.
class VideoFrameSlot {
public:
    struct Picture {
        std::shared_ptr<const AVFrame> frame; // null until the first picture
        std::uint64_t sequence = 0;           // 1 for the first picture, +1 for each next
        std::chrono::steady_clock::time_point arrived{};
    };

    explicit VideoFrameSlot(bool lockStep = false) : m_lockStep(lockStep) {}

    // Publishes a picture. In lock-step mode, first waits until the previous one was taken (or
    // close() was called). Returns false once closed.
    bool publish(std::shared_ptr<const AVFrame> frame);

    // The newest picture, without waiting.
    Picture latest() const;

    // Waits until a picture newer than `after` is there (or the slot is closed, or the timeout
    // passes), marks it taken and returns it.
    Picture takeNewer(std::uint64_t after, std::chrono::milliseconds timeout);

    // Wakes everyone waiting; publish() returns false from now on.
    void close();
    // Takes pictures again after close() (a new source replaces the old one); the last
    // picture stays until the new source publishes.
    void reopen();

    bool lockStep() const { return m_lockStep; }

private:
    const bool m_lockStep;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    Picture m_picture;
    std::uint64_t m_taken = 0;
    bool m_closed = false;
};

} // namespace stallcast::media
