#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace stallcast::media {

// A straight (not premultiplied) RGBA picture, 4 bytes a pixel, rows packed.
struct RgbaImage {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> pixels; // width * height * 4

    bool valid() const
    {
        return width > 0 && height > 0
               && pixels.size() == static_cast<std::size_t>(width) * height * 4;
    }
};

// Reads a PNG/JPEG/... file into RGBA with libavformat/libavcodec. Throws MediaError naming the
// file.
RgbaImage loadRgbaImage(const std::string &path);

// Writes a PNG with libavcodec's PNG encoder (for tests and the benchmark's baseline). Throws
// MediaError.
void saveRgbaPng(const RgbaImage &image, const std::string &path);

} // namespace stallcast::media
