#pragma once

#include <optional>

namespace stallcast::checkout {

// How big a QR module must be on the stream (docs/CHECKOUT.md, "Module size"): modules are whole
// pixels, at least 4 px on a canvas whose shorter side is 720 px, scaled with the shorter side
// (6 px at 1080, 4 px on a 720x1280 vertical canvas), so that the platforms' 360p renditions
// still get 2 px modules (measured: 3 px at 720p fails there, 4 px holds). One pixel more when
// the encoder gets under 0.025 bits per pixel per frame (720p30 under ~0.7 Mbit/s), below the
// lowest bitrate measured.
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
