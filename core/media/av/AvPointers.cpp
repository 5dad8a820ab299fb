#include "media/av/AvPointers.h"

#include "media/av/AvError.h"

#include <new>

namespace stallcast::media {

FramePtr allocateFrame()
{
    FramePtr frame(av_frame_alloc());
    if (!frame)
        throw std::bad_alloc();
    return frame;
}

FramePtr allocateVideoFrame(int width, int height, AVPixelFormat format)
{
    auto frame = allocateFrame();
    frame->width = width;
    frame->height = height;
    frame->format = format;
    checkAv(av_frame_get_buffer(frame.get(), 0), "allocating a video frame");
    return frame;
}

std::shared_ptr<const AVFrame> shareFrame(const AVFrame &frame)
{
    FramePtr copy(av_frame_clone(&frame));
    if (!copy)
        throw std::bad_alloc();
    return std::shared_ptr<const AVFrame>(copy.release(), AvFrameDeleter{});
}

} // namespace stallcast::media
