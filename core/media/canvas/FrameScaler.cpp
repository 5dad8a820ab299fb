#include "media/canvas/FrameScaler.h"

#include "media/av/AvError.h"

extern "C" {
#include <libavutil/pixdesc.h>
}

#include <algorithm>
#include <cstring>

namespace stallcast::media {

namespace {

int even(double value)
{
    return std::max(2, static_cast<int>(value / 2.0) * 2);
}

} // namespace

Placement placeOnCanvas(int srcWidth, int srcHeight, int canvasWidth, int canvasHeight,
                        ScaleMode mode)
{
    Placement p;
    const double srcAspect = static_cast<double>(srcWidth) / srcHeight;
    const double canvasAspect = static_cast<double>(canvasWidth) / canvasHeight;
    if (mode == ScaleMode::Fit) {
        p.srcWidth = srcWidth;
        p.srcHeight = srcHeight;
        if (srcAspect > canvasAspect) { // wider: bars above and below
            p.dstWidth = canvasWidth;
            p.dstHeight = std::min(canvasHeight, even(canvasWidth / srcAspect));
        } else {
            p.dstHeight = canvasHeight;
            p.dstWidth = std::min(canvasWidth, even(canvasHeight * srcAspect));
        }
        p.dstX = (canvasWidth - p.dstWidth) / 2 / 2 * 2;
        p.dstY = (canvasHeight - p.dstHeight) / 2 / 2 * 2;
        return p;
    }
    p.dstWidth = canvasWidth;
    p.dstHeight = canvasHeight;
    if (srcAspect > canvasAspect) { // wider: crop the sides
        p.srcHeight = srcHeight;
        p.srcWidth = std::min(srcWidth, even(srcHeight * canvasAspect));
    } else {
        p.srcWidth = srcWidth;
        p.srcHeight = std::min(srcHeight, even(srcWidth / canvasAspect));
    }
    p.srcX = (srcWidth - p.srcWidth) / 2 / 2 * 2;
    p.srcY = (srcHeight - p.srcHeight) / 2 / 2 * 2;
    return p;
}

void paintBlack(AVFrame &frame)
{
    for (int plane = 0; plane < 3; ++plane) {
        const int rows = plane == 0 ? frame.height : (frame.height + 1) / 2;
        std::memset(frame.data[plane], plane == 0 ? 16 : 128,
                    static_cast<std::size_t>(frame.linesize[plane]) * rows);
    }
}

FrameScaler::FrameScaler(int canvasWidth, int canvasHeight, ScaleMode mode)
    : m_canvasWidth(canvasWidth)
    , m_canvasHeight(canvasHeight)
    , m_mode(mode)
{
}

void FrameScaler::configureFor(const AVFrame &source)
{
    m_placement = placeOnCanvas(source.width, source.height, m_canvasWidth, m_canvasHeight, m_mode);
    m_sws.reset(sws_getContext(m_placement.srcWidth, m_placement.srcHeight,
                               static_cast<AVPixelFormat>(source.format), m_placement.dstWidth,
                               m_placement.dstHeight, AV_PIX_FMT_YUV420P, SWS_BILINEAR, nullptr,
                               nullptr, nullptr));
    if (!m_sws)
        throw MediaError("cannot scale " + std::to_string(source.width) + "x"
                         + std::to_string(source.height) + " "
                         + (av_get_pix_fmt_name(static_cast<AVPixelFormat>(source.format))
                                ? av_get_pix_fmt_name(static_cast<AVPixelFormat>(source.format))
                                : "unknown")
                         + " pictures");
    m_srcWidth = source.width;
    m_srcHeight = source.height;
    m_srcFormat = source.format;
}

void FrameScaler::draw(const AVFrame &source, AVFrame &canvas)
{
    if (source.width == m_canvasWidth && source.height == m_canvasHeight
        && source.format == AV_PIX_FMT_YUV420P) { // already the canvas's format: a copy
        checkAv(av_frame_copy(&canvas, &source), "copying a picture onto the canvas");
        return;
    }
    if (!m_sws || source.width != m_srcWidth || source.height != m_srcHeight
        || source.format != m_srcFormat)
        configureFor(source);
    const auto &p = m_placement;
    if (p.dstWidth != m_canvasWidth || p.dstHeight != m_canvasHeight)
        paintBlack(canvas);

    // Crop by offsetting the source planes (chroma planes by the format's subsampling).
    const auto *desc = av_pix_fmt_desc_get(static_cast<AVPixelFormat>(source.format));
    const std::uint8_t *src[4] = {};
    int srcStride[4] = {};
    for (int plane = 0; plane < 4 && source.data[plane]; ++plane) {
        const bool chroma = (plane == 1 || plane == 2) && !(desc->flags & AV_PIX_FMT_FLAG_RGB);
        const int x = chroma ? p.srcX >> desc->log2_chroma_w : p.srcX;
        const int y = chroma ? p.srcY >> desc->log2_chroma_h : p.srcY;
        int bytesPerPixel = 1;
        if (!(desc->flags & AV_PIX_FMT_FLAG_PLANAR))
            bytesPerPixel = av_get_bits_per_pixel(desc) / 8;
        src[plane] = source.data[plane] + static_cast<std::ptrdiff_t>(y) * source.linesize[plane]
                     + static_cast<std::ptrdiff_t>(x) * std::max(1, bytesPerPixel);
        srcStride[plane] = source.linesize[plane];
    }
    std::uint8_t *dst[4] = {canvas.data[0] + p.dstY * canvas.linesize[0] + p.dstX,
                            canvas.data[1] + p.dstY / 2 * canvas.linesize[1] + p.dstX / 2,
                            canvas.data[2] + p.dstY / 2 * canvas.linesize[2] + p.dstX / 2,
                            nullptr};
    sws_scale(m_sws.get(), src, srcStride, 0, p.srcHeight, dst, canvas.linesize);
}

} // namespace stallcast::media
