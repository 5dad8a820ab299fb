#pragma once

#include "media/av/AvPointers.h"
#include "media/canvas/CanvasFormat.h"

namespace stallcast::media {

// Where a source picture lands on the canvas and which part of it is used.
struct Placement {
    int srcX = 0, srcY = 0, srcWidth = 0, srcHeight = 0; // the part of the source used
    int dstX = 0, dstY = 0, dstWidth = 0, dstHeight = 0; // where it goes on the canvas
};

// Fit: the whole source, centred, bars around it. Fill: the canvas covered, the overflow
// cropped evenly. Coordinates are even (4:2:0 chroma).
Placement placeOnCanvas(int srcWidth, int srcHeight, int canvasWidth, int canvasHeight,
                        ScaleMode mode);

// Scales source pictures of any size and pixel format into a YUV420P canvas frame with
// libswscale (bilinear, SIMD), keeping one context while the source's format stays the same.
class FrameScaler {
public:
    FrameScaler(int canvasWidth, int canvasHeight, ScaleMode mode);

    // Draws `source` onto `canvas` (YUV420P, canvas size); the bars of a fit are painted black.
    void draw(const AVFrame &source, AVFrame &canvas);

private:
    void configureFor(const AVFrame &source);

    int m_canvasWidth;
    int m_canvasHeight;
    ScaleMode m_mode;
    SwsContextPtr m_sws;
    int m_srcWidth = 0, m_srcHeight = 0, m_srcFormat = -1;
    Placement m_placement;
};

// Paints a YUV420P frame black.
void paintBlack(AVFrame &frame);

} // namespace stallcast::media
