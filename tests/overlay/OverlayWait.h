#pragma once

#include "media/overlay/OverlayLayer.h"

#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <thread>

namespace stallcast::test {

// Polls `condition` every 5 ms for up to `limit`; true as soon as it holds.
inline bool waitFor(const std::function<bool()> &condition,
                    std::chrono::milliseconds limit = std::chrono::seconds(10))
{
    const auto until = std::chrono::steady_clock::now() + limit;
    while (!condition()) {
        if (std::chrono::steady_clock::now() >= until)
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return true;
}

// The overlay called `id` on a layer, or null.
inline std::shared_ptr<const media::PreparedOverlay> findOverlay(const media::OverlayLayer &layer,
                                                                 const std::string &id)
{
    const auto snapshot = layer.snapshot();
    for (const auto &o : *snapshot)
        if (o->id == id)
            return o;
    return nullptr;
}

inline bool overlayOn(const media::OverlayLayer &layer, const std::string &id)
{
    return findOverlay(layer, id) != nullptr;
}

} // namespace stallcast::test
