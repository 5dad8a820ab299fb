#pragma once

#include <array>
#include <string_view>

namespace stallcast::feed {

inline constexpr std::size_t kHmacSha256Size = 32;
using HmacSha256Digest = std::array<unsigned char, kHmacSha256Size>;

// HMAC-SHA256 of message keyed with key (OpenSSL). The hex and base64 forms are declared in
// WebhookSignature.h.
HmacSha256Digest hmacSha256(std::string_view key, std::string_view message);

// Compares a digest with bytes a sender supplied, in constant time (CRYPTO_memcmp); false when
// the sizes differ.
bool digestEquals(const HmacSha256Digest &digest, std::string_view supplied);

} // namespace stallcast::feed
