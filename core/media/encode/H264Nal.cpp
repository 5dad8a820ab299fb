#include "media/encode/H264Nal.h"

#include <vector>

namespace stallcast::media {

namespace {

// Returns the NAL header bytes of every NAL unit in the payload.
std::vector<std::uint8_t> nalHeaders(const std::uint8_t *data, std::size_t size)
{
    std::vector<std::uint8_t> headers;
    const bool annexB = size >= 4
                        && ((data[0] == 0 && data[1] == 0 && data[2] == 1)
                            || (data[0] == 0 && data[1] == 0 && data[2] == 0 && data[3] == 1));
    if (annexB) {
        for (std::size_t i = 0; i + 3 < size; ++i)
            if (data[i] == 0 && data[i + 1] == 0 && data[i + 2] == 1) {
                headers.push_back(data[i + 3]);
                i += 2;
            }
        return headers;
    }
    std::size_t at = 0;
    while (at + 4 < size) {
        const std::size_t length = (std::size_t{data[at]} << 24) | (std::size_t{data[at + 1]} << 16)
                                   | (std::size_t{data[at + 2]} << 8) | data[at + 3];
        if (length == 0 || at + 4 + length > size)
            break;
        headers.push_back(data[at + 4]);
        at += 4 + length;
    }
    return headers;
}

} // namespace

bool isDisposableH264(const std::uint8_t *data, std::size_t size)
{
    bool sawSlice = false;
    for (const auto header : nalHeaders(data, size)) {
        const int type = header & 0x1f;
        if (type != 1 && type != 5) // coded slices only (non-IDR, IDR)
            continue;
        sawSlice = true;
        if ((header >> 5) & 0x3) // nal_ref_idc
            return false;
    }
    return sawSlice;
}

} // namespace stallcast::media
