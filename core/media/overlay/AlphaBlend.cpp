#include "media/overlay/AlphaBlend.h"

namespace stallcast::media {

void blendRow(std::uint8_t *__restrict dst, const std::uint8_t *__restrict src,
              const std::uint8_t *__restrict alpha, int count)
{
    for (int i = 0; i < count; ++i) {
        const std::uint16_t a = alpha[i];
        const std::uint16_t t = static_cast<std::uint16_t>(src[i] * a + dst[i] * (255 - a) + 128);
        dst[i] = static_cast<std::uint8_t>((t + (t >> 8)) >> 8);
    }
}

} // namespace stallcast::media
