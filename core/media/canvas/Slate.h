#pragma once

#include "media/av/AvPointers.h"

#include <memory>
#include <string>

namespace stallcast::media {

// The picture shown in place of a source that stalled or was unplugged: a dark card with a
// short text (e.g. "Camera lost - reconnecting"), YUV420P at the canvas size. Drawn once with
// libavfilter (color + drawtext); without a usable font it is the plain card.
std::shared_ptr<const AVFrame> renderSlate(int width, int height, const std::string &text);

} // namespace stallcast::media
