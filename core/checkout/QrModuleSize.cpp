#include "checkout/QrModuleSize.h"

#include <algorithm>

namespace stallcast::checkout {

int minimumModulePixels(const StreamPicture &picture)
{
    const int shorter = std::max(1, std::min(picture.width, picture.height));
    int pixels = std::max(4, (4 * shorter + 719) / 720); // ceil(4 * shorter / 720)
    const double bitsPerPixelFrame =
        static_cast<double>(picture.bitsPerSecond)
        / (static_cast<double>(picture.width) * picture.height * std::max(1.0, picture.framesPerSecond));
    if (bitsPerPixelFrame < 0.025)
        ++pixels;
    return pixels;
}

std::optional<int> modulePixelsForBox(int modules, int quietModules, int boxPixels,
                                      const StreamPicture &picture)
{
    const int span = modules + 2 * quietModules;
    if (span <= 0 || boxPixels <= 0)
        return std::nullopt;
    const int pixels = boxPixels / span;
    if (pixels < minimumModulePixels(picture))
        return std::nullopt;
    return pixels;
}

} // namespace stallcast::checkout
