#pragma once

#include <string>
#include <string_view>

namespace stallcast::media {

// An output canvas's size and frame rate, e.g. 1280x720@30 (landscape) or 720x1280@30
// (vertical, for TikTok, Shorts and Reels).
struct CanvasFormat {
    int width = 1280;
    int height = 720;
    int fps = 30;

    bool vertical() const { return height > width; }
    std::string toString() const;
};

// Parses "WxH@FPS" (also "WxH", 30 fps). Width and height even, 160..3840; fps 1..60.
// Throws std::invalid_argument naming `option` and the rule broken.
CanvasFormat parseCanvasFormat(std::string_view text, std::string_view option = "--canvas");

// How a source picture is placed on the canvas: whole picture with bars (fit) or covering the
// canvas with the overflow cropped (fill).
enum class ScaleMode { Fit, Fill };

} // namespace stallcast::media
