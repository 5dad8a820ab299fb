#include "media/canvas/PreviewTap.h"

#include "media/av/AvPointers.h"

namespace stallcast::media {

void PreviewTap::offer(const AVFrame &frame)
{
    FramePtr reference(av_frame_clone(&frame));
    if (!reference)
        return; // out of memory: the preview misses a picture, the stream does not
    std::shared_ptr<const AVFrame> shared(reference.release(), AvFrameDeleter{});
    {
        std::lock_guard lock(m_mutex);
        if (m_closed)
            return;
        ++m_counts.offered;
        if (m_waiting)
            ++m_counts.dropped;
        m_waiting = std::move(shared);
    }
    m_changed.notify_one();
}

std::shared_ptr<const AVFrame> PreviewTap::takeNext(std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait_for(lock, timeout, [&] { return m_closed || m_waiting; });
    if (!m_waiting || m_closed)
        return nullptr;
    ++m_counts.taken;
    return std::move(m_waiting);
}

void PreviewTap::close()
{
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_waiting.reset();
    }
    m_changed.notify_all();
}

PreviewTap::Counts PreviewTap::counts() const
{
    std::lock_guard lock(m_mutex);
    return m_counts;
}

} // namespace stallcast::media
