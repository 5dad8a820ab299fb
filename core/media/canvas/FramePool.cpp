#include "media/canvas/FramePool.h"

#include <new>

namespace stallcast::media {

FramePtr FramePool::acquire()
{
    for (auto &frame : m_frames)
        if (av_frame_is_writable(frame.get())) { // only the pool holds it
            FramePtr copy(av_frame_clone(frame.get()));
            if (!copy)
                throw std::bad_alloc();
            return copy;
        }
    m_frames.push_back(allocateVideoFrame(m_width, m_height, m_format));
    FramePtr copy(av_frame_clone(m_frames.back().get()));
    if (!copy)
        throw std::bad_alloc();
    return copy;
}

} // namespace stallcast::media
