#include "feed/HmacSha256.h"

#include "feed/ByteEncoding.h"
#include "feed/WebhookSignature.h"

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/core_names.h>
#include <openssl/params.h>

#include <memory>
#include <stdexcept>
#include <string>

namespace stallcast::feed {

namespace {

struct MacDeleter {
    void operator()(EVP_MAC *mac) const { EVP_MAC_free(mac); }
};
struct MacContextDeleter {
    void operator()(EVP_MAC_CTX *ctx) const { EVP_MAC_CTX_free(ctx); }
};
using MacContext = std::unique_ptr<EVP_MAC_CTX, MacContextDeleter>;

[[noreturn]] void failed(const char *what)
{
    // Take OpenSSL's reason off this thread's error queue, where it would confuse the next TLS
    // call's SSL_get_error on the same thread.
    char reason[256] = "no reason given";
    if (const auto code = ERR_get_error())
        ERR_error_string_n(code, reason, sizeof reason);
    ERR_clear_error();
    throw std::runtime_error(std::string("HMAC-SHA256 failed in OpenSSL (") + what + ": " + reason
                             + ")");
}

// One HMAC-SHA256 context per thread, keyed again for each message. OpenSSL 3's one-shot HMAC()
// looks the algorithm up and builds a context on every call, which took twice as long as the
// hashing itself for a webhook body (docs/BENCHMARKS.md). The context keeps the last key's state
// until the thread's next HMAC or its exit (freed then, and OpenSSL clears it); the secrets are
// held in memory for the receiver's whole life anyway (SecretSet).
EVP_MAC_CTX &threadContext()
{
    static const std::unique_ptr<EVP_MAC, MacDeleter> mac(EVP_MAC_fetch(nullptr, "HMAC", nullptr));
    if (!mac)
        failed("no HMAC");
    thread_local const MacContext context = [] {
        MacContext ctx(EVP_MAC_CTX_new(mac.get()));
        if (!ctx)
            failed("no context");
        char digest[] = "SHA256";
        const OSSL_PARAM params[] = {
            OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
            OSSL_PARAM_construct_end()};
        if (EVP_MAC_CTX_set_params(ctx.get(), params) != 1)
            failed("no SHA-256");
        return ctx;
    }();
    return *context;
}

} // namespace

HmacSha256Digest hmacSha256(std::string_view key, std::string_view message)
{
    // A null key would make EVP_MAC_init keep the previous call's key: always pass a pointer.
    static const unsigned char kEmpty = 0;
    const auto *keyBytes = key.empty() ? &kEmpty : reinterpret_cast<const unsigned char *>(key.data());
    const auto *messageBytes =
        message.empty() ? &kEmpty : reinterpret_cast<const unsigned char *>(message.data());
    EVP_MAC_CTX &ctx = threadContext();
    HmacSha256Digest digest{};
    std::size_t length = 0;
    if (EVP_MAC_init(&ctx, keyBytes, key.size(), nullptr) != 1)
        failed("init");
    if (EVP_MAC_update(&ctx, messageBytes, message.size()) != 1)
        failed("update");
    if (EVP_MAC_final(&ctx, digest.data(), &length, digest.size()) != 1 || length != digest.size())
        failed("final");
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
