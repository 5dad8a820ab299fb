#pragma once

#include <optional>

namespace stallcast::checkout {

// How big a QR module must be on the stream to survive H.264 and a phone camera
// (docs/CHECKOUT.md, "Module size"): modules are whole pixels, at least 4 px on a canvas whose
// shorter side is 720 px, scaled with the shorter side (6 px at 1080, 4 px on a 720x1280
// vertical canvas), one pixel more when the encoder gives fewer than 0.05 bits per pixel per
// frame (720p30 under ~1.4 Mbit/s).
struct StreamPicture {
    int width = 1280;
    int height = 720;
    double framesPerSecond = 30;
    long long bitsPerSecond = 2'500'000;
};

int minimumModulePixels(const StreamPicture &picture);

// The largest whole module size at which a symbol of `modules` modules plus its quiet zone
// fits a square box of boxPixels, if that is at least minimumModulePixels(picture); nullopt
// when it is not (the layout must give the code more room, or the payload must get shorter).
std::optional<int> modulePixelsForBox(int modules, int quietModules, int boxPixels,
                                      const StreamPicture &picture);

} // namespace stallcast::checkout
