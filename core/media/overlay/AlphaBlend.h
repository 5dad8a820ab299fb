#pragma once

#include <cstdint>

namespace stallcast::media {

// dst[i] = src[i] * alpha[i] + dst[i] * (1 - alpha[i]) over one row, alpha 0..255, exact to the
// rounded 8-bit result. Written so the compiler turns it into SIMD (16-bit lanes); the file is
// built with -O3 (core/media/pipeline.cmake).
void blendRow(std::uint8_t *dst, const std::uint8_t *src, const std::uint8_t *alpha, int count);

} // namespace stallcast::media
