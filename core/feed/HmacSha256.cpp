#include "feed/HmacSha256.h"

#include "feed/ByteEncoding.h"
#include "feed/WebhookSignature.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <stdexcept>

namespace stallcast::feed {

HmacSha256Digest hmacSha256(std::string_view key, std::string_view message)
{
    // OpenSSL wants non-null pointers even for empty input.
    static const unsigned char kEmpty = 0;
    const auto *keyBytes = key.empty() ? &kEmpty : reinterpret_cast<const unsigned char *>(key.data());
    const auto *messageBytes =
        message.empty() ? &kEmpty : reinterpret_cast<const unsigned char *>(message.data());
    HmacSha256Digest digest{};
    unsigned int length = 0;
    if (HMAC(EVP_sha256(), keyBytes, static_cast<int>(key.size()), messageBytes, message.size(),
             digest.data(), &length)
            == nullptr
        || length != digest.size())
        throw std::runtime_error("HMAC-SHA256 failed in OpenSSL");
    return digest;
}

bool digestEquals(const HmacSha256Digest &digest, std::string_view supplied)
{
    if (supplied.size() != digest.size())
        return false;
    return CRYPTO_memcmp(digest.data(), supplied.data(), digest.size()) == 0;
}

std::string hmacSha256Hex(std::string_view key, std::string_view message)
{
    const auto digest = hmacSha256(key, message);
    return encodeHex({reinterpret_cast<const char *>(digest.data()), digest.size()});
}

std::string hmacSha256Base64(std::string_view key, std::string_view message)
{
    const auto digest = hmacSha256(key, message);
    return encodeBase64({reinterpret_cast<const char *>(digest.data()), digest.size()});
}

} // namespace stallcast::feed
