#pragma once

#include <cstddef>
#include <cstdint>

namespace stallcast::media {

// True when every coded slice in an H.264 access unit has nal_ref_idc 0: no other frame refers
// to it, so an output under congestion may drop it alone. Reads Annex B (start codes) and
// AVCC (4-byte lengths) payloads; false when it finds no slice.
bool isDisposableH264(const std::uint8_t *data, std::size_t size);

} // namespace stallcast::media
