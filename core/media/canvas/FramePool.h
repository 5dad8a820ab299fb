#pragma once

#include "media/av/AvPointers.h"

#include <vector>

namespace stallcast::media {

// Canvas pictures reused from frame to frame (no 3 MB allocation per 1080p frame): acquire()
// hands out a reference to a picture nobody else holds any more, or a new one.
class FramePool {
public:
    FramePool(int width, int height, AVPixelFormat format) : m_width(width), m_height(height), m_format(format) {}

    FramePtr acquire();
    std::size_t size() const { return m_frames.size(); }

private:
    int m_width;
    int m_height;
    AVPixelFormat m_format;
    std::vector<FramePtr> m_frames;
};

} // namespace stallcast::media
