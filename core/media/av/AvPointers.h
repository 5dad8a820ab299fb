#pragma once

// Owning smart pointers for the FFmpeg objects the media engine uses (RAII: no manual frees).

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavfilter/avfilter.h>
#include <libavformat/avformat.h>
#include <libavutil/audio_fifo.h>
#include <libavutil/frame.h>
#include <libswresample/swresample.h>
#include <libswscale/swscale.h>
}

#include <memory>

namespace stallcast::media {

struct AvFrameDeleter {
    void operator()(AVFrame *frame) const noexcept { av_frame_free(&frame); }
};
using FramePtr = std::unique_ptr<AVFrame, AvFrameDeleter>;

struct CodecContextDeleter {
    void operator()(AVCodecContext *context) const noexcept { avcodec_free_context(&context); }
};
using CodecContextPtr = std::unique_ptr<AVCodecContext, CodecContextDeleter>;

struct InputContextDeleter {
    void operator()(AVFormatContext *context) const noexcept { avformat_close_input(&context); }
};
using InputContextPtr = std::unique_ptr<AVFormatContext, InputContextDeleter>;

struct SwsContextDeleter {
    void operator()(SwsContext *context) const noexcept { sws_freeContext(context); }
};
using SwsContextPtr = std::unique_ptr<SwsContext, SwsContextDeleter>;

struct SwrContextDeleter {
    void operator()(SwrContext *context) const noexcept { swr_free(&context); }
};
using SwrContextPtr = std::unique_ptr<SwrContext, SwrContextDeleter>;

struct AudioFifoDeleter {
    void operator()(AVAudioFifo *fifo) const noexcept { av_audio_fifo_free(fifo); }
};
using AudioFifoPtr = std::unique_ptr<AVAudioFifo, AudioFifoDeleter>;

struct FilterGraphDeleter {
    void operator()(AVFilterGraph *graph) const noexcept { avfilter_graph_free(&graph); }
};
using FilterGraphPtr = std::unique_ptr<AVFilterGraph, FilterGraphDeleter>;

struct AvDictionaryDeleter {
    void operator()(AVDictionary *dictionary) const noexcept { av_dict_free(&dictionary); }
};

// A new frame, or std::bad_alloc.
FramePtr allocateFrame();

// A new frame with its own buffers for a picture of this size and pixel format.
FramePtr allocateVideoFrame(int width, int height, AVPixelFormat format);

// A new reference to the same buffers (no copy of the picture).
std::shared_ptr<const AVFrame> shareFrame(const AVFrame &frame);

} // namespace stallcast::media
