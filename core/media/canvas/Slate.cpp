#include "media/canvas/Slate.h"

#include "media/av/AvError.h"

#include <algorithm>

extern "C" {
#include <libavfilter/buffersink.h>
}

namespace stallcast::media {

namespace {

// Runs a source-only filter graph ending in "[out]" and returns its first picture.
std::shared_ptr<const AVFrame> firstPicture(const std::string &description)
{
    FilterGraphPtr graph(avfilter_graph_alloc());
    if (!graph)
        throw std::bad_alloc();
    AVFilterContext *sink = nullptr;
    checkAv(avfilter_graph_create_filter(&sink, avfilter_get_by_name("buffersink"), "out",
                                         nullptr, nullptr, graph.get()),
            "creating the slate's sink");
    AVFilterInOut *outputs = avfilter_inout_alloc();
    if (!outputs)
        throw std::bad_alloc();
    outputs->name = av_strdup("out");
    outputs->filter_ctx = sink;
    outputs->pad_idx = 0;
    outputs->next = nullptr;
    AVFilterInOut *inputs = nullptr;
    const int parsed = avfilter_graph_parse_ptr(graph.get(), description.c_str(), &outputs,
                                                &inputs, nullptr);
    avfilter_inout_free(&outputs);
    avfilter_inout_free(&inputs);
    checkAv(parsed, "describing the slate");
    checkAv(avfilter_graph_config(graph.get(), nullptr), "configuring the slate");
    auto frame = allocateFrame();
    checkAv(av_buffersink_get_frame(sink, frame.get()), "drawing the slate");
    return std::shared_ptr<const AVFrame>(frame.release(), AvFrameDeleter{});
}

std::string escapeForDrawtext(const std::string &text)
{
    std::string out;
    for (char c : text) {
        if (c == '\'' || c == ':' || c == '\\' || c == '%' || c == ',' || c == ';' || c == '['
            || c == ']')
            out += "\\\\";
        out += c;
    }
    return out;
}

} // namespace

std::shared_ptr<const AVFrame> renderSlate(int width, int height, const std::string &text)
{
    const std::string card = "color=c=0x202830:s=" + std::to_string(width) + "x"
                             + std::to_string(height) + ":d=1";
    try {
        return firstPicture(card + ",drawtext=text=" + escapeForDrawtext(text)
                            + ":fontcolor=white:fontsize=" + std::to_string(std::min(width, height) / 14)
                            + ":x=(w-tw)/2:y=(h-th)/2,format=yuv420p[out]");
    } catch (const MediaError &) {
        return firstPicture(card + ",format=yuv420p[out]"); // no font: the plain card
    }
}

} // namespace stallcast::media
