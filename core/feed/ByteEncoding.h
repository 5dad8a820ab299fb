#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace stallcast::feed {

// The value of one hexadecimal digit (either case), or -1.
int hexDigitValue(char c);

// Lower-case hexadecimal of bytes.
std::string encodeHex(std::string_view bytes);
// Hexadecimal (either case) to bytes; nullopt for an odd length or a non-hex character.
std::optional<std::string> decodeHex(std::string_view text);

// Standard base64 (RFC 4648 section 4, with '=' padding).
std::string encodeBase64(std::string_view bytes);
// Strict standard base64: length a multiple of 4, '=' only as final padding, unused bits zero.
// nullopt for anything else (including whitespace: callers trim first).
std::optional<std::string> decodeBase64(std::string_view text);

} // namespace stallcast::feed
