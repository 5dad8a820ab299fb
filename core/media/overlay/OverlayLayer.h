#pragma once

#include "media/overlay/OverlayImage.h"

extern "C" {
#include <libavutil/frame.h>
}

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace stallcast::media {

// An RGBA image converted once to the canvas's YUV 4:2:0 with its alpha, at a position.
struct PreparedOverlay {
    std::string id;
    int x = 0, y = 0; // top-left on the canvas, even; may be partly off the canvas
    int width = 0, height = 0; // even
    int z = 0;
    std::vector<std::uint8_t> luma, chromaU, chromaV, alpha, chromaAlpha;
};

// The overlays of one canvas (product cards, logos, QR codes). Any thread may set, move or
// remove an image at any time; the canvas thread takes a consistent snapshot for each frame, so
// a change shows on the next frame without restarting anything. Images are converted to YUVA
// when set, not per frame.
class OverlayLayer {
public:
    using Snapshot = std::shared_ptr<const std::vector<std::shared_ptr<const PreparedOverlay>>>;

    OverlayLayer();

    // Adds or replaces the image called `id` at (x, y); higher z is drawn later (on top).
    // Returns the layer's version holding it. Throws std::invalid_argument for an empty or
    // inconsistent image.
    std::uint64_t set(const std::string &id, const RgbaImage &image, int x, int y, int z = 0);
    // Moves an existing image; returns false when there is none with that id.
    bool move(const std::string &id, int x, int y);
    void remove(const std::string &id);
    void clear();

    Snapshot snapshot() const;
    std::uint64_t version() const;
    // The snapshot and the version it is, read together (which change a frame shows).
    struct Versioned {
        Snapshot overlays;
        std::uint64_t version = 0;
    };
    Versioned versionedSnapshot() const;

    // Blends the snapshot onto a YUV420P frame. Returns the number of overlays drawn.
    static int blend(const Snapshot &snapshot, AVFrame &frame);

private:
    void publish(std::vector<std::shared_ptr<const PreparedOverlay>> next);

    mutable std::mutex m_mutex;
    Snapshot m_current;
    std::uint64_t m_version = 0;
};

// Converts RGBA to YUV 4:2:0 + alpha (BT.601 limited range, as the canvas).
std::shared_ptr<PreparedOverlay> prepareOverlay(const RgbaImage &image);

} // namespace stallcast::media
