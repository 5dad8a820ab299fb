#include "media/source/VideoFrameSlot.h"

namespace stallcast::media {

bool VideoFrameSlot::publish(std::shared_ptr<const AVFrame> frame)
{
    std::unique_lock lock(m_mutex);
    if (m_lockStep)
        m_changed.wait(lock, [&] { return m_closed || m_taken >= m_picture.sequence; });
    if (m_closed)
        return false;
    m_picture.frame = std::move(frame);
    ++m_picture.sequence;
    m_picture.arrived = std::chrono::steady_clock::now();
    lock.unlock();
    m_changed.notify_all();
    return true;
}

VideoFrameSlot::Picture VideoFrameSlot::latest() const
{
    std::lock_guard lock(m_mutex);
    return m_picture;
}

VideoFrameSlot::Picture VideoFrameSlot::takeNewer(std::uint64_t after,
                                                  std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait_for(lock, timeout, [&] { return m_closed || m_picture.sequence > after; });
    // Copy before unlocking: once told, the source publishes the next picture at once, and
    // returning that one instead would leave it marked "not taken" (both sides would wait).
    const Picture taken = m_picture;
    if (taken.sequence > m_taken) {
        m_taken = taken.sequence;
        lock.unlock();
        m_changed.notify_all();
    }
    return taken;
}

void VideoFrameSlot::close()
{
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
    }
    m_changed.notify_all();
}

void VideoFrameSlot::reopen()
{
    std::lock_guard lock(m_mutex);
    m_closed = false;
}

} // namespace stallcast::media
