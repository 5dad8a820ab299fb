#pragma once

#include "feed/Webhook.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace stallcast::feed {

// The secrets accepted per source; several may be active at once during rotation. Secrets come
// from files or the environment, never the command line, and are never logged or printed.
class SecretSet final {
public:
    void add(WebhookSource source, std::string secret);
    // Reads one secret from a file (surrounding whitespace trimmed). Throws std::runtime_error
    // naming the file (not the secret) when it is unreadable or empty.
    void addFromFile(WebhookSource source, const std::filesystem::path &file);
    // STALLCAST_SECRET_STALLCAST, STALLCAST_SECRET_SHOPIFY, STALLCAST_SECRET_WOOCOMMERCE,
    // STALLCAST_SECRET_STRIPE; each may hold several secrets separated by commas.
    void addFromEnvironment();

    const std::vector<std::string> &secrets(WebhookSource source) const;
    bool empty(WebhookSource source) const { return secrets(source).empty(); }

private:
    std::vector<std::string> m_secrets[4];
};

enum class SignatureCheck {
    Valid,
    Missing,   // no signature header
    Malformed, // the header cannot be parsed
    Mismatch,  // no active secret produces it
    Expired,   // timestamped schemes: older or newer than the tolerance (replay protection)
};

// The tolerance for timestamped signatures (Stallcast, Stripe).
inline constexpr std::int64_t kSignatureToleranceSeconds = 300;

// Checks a delivery's signature with the source's scheme, in constant time (CRYPTO_memcmp):
//   stallcast:   Stallcast-Signature: t=<unix>,v1=<hex HMAC-SHA256 of "<t>.<body>">
//   stripe:      Stripe-Signature:    t=<unix>,v1=<hex>[,v1=<hex>...] (any v1 may match)
//   shopify:     X-Shopify-Hmac-Sha256:   base64 HMAC-SHA256 of the body
//   woocommerce: X-WC-Webhook-Signature:  base64 HMAC-SHA256 of the body
SignatureCheck checkSignature(const Delivery &delivery, const SecretSet &secrets,
                              std::int64_t nowUnixSeconds);

// Helpers, exposed for tests and for the signing side (load generator, docs examples).
std::string hmacSha256Hex(std::string_view key, std::string_view message);
std::string hmacSha256Base64(std::string_view key, std::string_view message);
// "t=<t>,v1=<hex>" for a body signed now: what a sender puts in Stallcast-Signature.
std::string stallcastSignatureHeader(std::string_view secret, std::int64_t unixSeconds,
                                     std::string_view body);

} // namespace stallcast::feed
