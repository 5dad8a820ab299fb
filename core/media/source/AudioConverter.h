#pragma once

#include "media/av/AvPointers.h"
#include "media/source/AudioSampleFifo.h"

namespace stallcast::media {

// Converts decoded audio of any rate, layout and sample format into the fifo's format
// (48 kHz stereo planar float) with libswresample, re-initialising when the input changes.
class AudioConverter {
public:
    AudioConverter() = default;
    AudioConverter(const AudioConverter &) = delete;
    AudioConverter &operator=(const AudioConverter &) = delete;
    ~AudioConverter() { av_channel_layout_uninit(&m_inLayout); }

    // Converts `frame` and appends the result to `fifo`. Returns false once the fifo is closed.
    bool convert(const AVFrame &frame, AudioSampleFifo &fifo);

private:
    void configureFor(const AVFrame &frame);

    SwrContextPtr m_swr;
    int m_inRate = 0;
    int m_inFormat = -1;
    AVChannelLayout m_inLayout{};
    FramePtr m_out;
};

} // namespace stallcast::media
