#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace stallcast::checkout {

// CRC-16/CCITT-FALSE: polynomial 0x1021, initial value 0xFFFF, no reflection, no final XOR
// (check value for "123456789": 0x29B1). EMVCo QR codes run it over the payload's UTF-8 bytes up
// to and including "6304".
std::uint16_t crc16CcittFalse(std::string_view bytes);

// The CRC as EMVCo writes it: four upper-case hexadecimal digits, zero-padded.
std::string crc16Hex(std::uint16_t crc);

} // namespace stallcast::checkout
