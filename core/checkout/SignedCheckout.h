#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stallcast::checkout {

// What a checkout link asks for. The signature covers all of it (docs/CHECKOUT.md, "Signed
// checkout URLs"); absent optional values are empty strings and qty 1.
struct CheckoutParameters {
    std::string sku;          // 1-64 characters
    std::int64_t qty = 1;     // 1-9999
    std::string stream;       // which stream showed the code, <= 64, optional
    std::string claim;        // a hold/claim id, <= 64, optional
    std::int64_t expires = 0; // Unix seconds; the link is refused from this second on
    std::string action;       // "" (buy) or "waitlist" (join the waiting list of a sold-out product)
};

// The bytes that are signed: "stallcast-checkout-v1", then sku, qty, stream, claim, expires as
// name=value lines joined by '\n' (values raw UTF-8; no value may hold a control character).
// With an action: "stallcast-checkout-v2", the same lines, then action=... — so a waitlist link
// can never be turned into a buy link or back.
std::string canonicalCheckoutString(const CheckoutParameters &parameters);

// A merchant's URL template with placeholders {sku} {qty} {stream} {claim} {expires} {sig}
// {action}; it
// must start with https:// (http:// only for localhost/127.0.0.1), hold {sku}, {expires} and
// {sig}, each placeholder at most once, and every placeholder must be followed by the end or by
// a character that percent-encoding never leaves bare (such as & / ? # =) so values can be read
// back. Throws FieldError("template", ...) otherwise.
class CheckoutUrlTemplate final {
public:
    explicit CheckoutUrlTemplate(std::string_view text);

    // The URL with each placeholder replaced by its percent-encoded value.
    std::string expand(const CheckoutParameters &parameters, std::string_view signatureHex) const;

    struct Match {
        CheckoutParameters parameters;
        std::string signature;
    };
    // Reads the values back out of a URL made from this template; nullopt when the URL does not
    // have the template's shape or a value does not parse.
    std::optional<Match> match(std::string_view url) const;

    bool has(std::string_view placeholder) const;

private:
    struct Part {
        bool placeholder;
        std::string text; // the literal, or the placeholder's name
    };
    std::vector<Part> m_parts;
};

// Lower-case hex HMAC-SHA256 of the canonical string, keyed with the secret. Throws
// std::invalid_argument when the parameters break a rule (FieldError naming the field) or the
// secret is shorter than 16 bytes (never quoting the secret).
std::string signCheckout(const CheckoutParameters &parameters, std::string_view secret);

// expand(parameters, signCheckout(...)), after checking that the template can carry every
// value that is not at its default (a qty of 3 needs {qty}).
std::string signedCheckoutUrl(const CheckoutUrlTemplate &urlTemplate,
                              const CheckoutParameters &parameters, std::string_view secret);

enum class CheckoutVerdict {
    Valid,
    Malformed,    // a value breaks its rule, or the signature is not 64 hex digits
    BadSignature, // tampered with, or signed with another secret
    Expired,      // authentic, but now >= expires
};
const char *toString(CheckoutVerdict verdict);

// Checks a signature in constant time (CRYPTO_memcmp), then the expiry.
CheckoutVerdict verifyCheckout(const CheckoutParameters &parameters, std::string_view signatureHex,
                               std::string_view secret, std::int64_t nowUnixSeconds);
// The same for a whole URL made from urlTemplate; the parameters read are stored in *read when
// given (even when the verdict is not Valid, so callers can log the SKU).
CheckoutVerdict verifyCheckoutUrl(const CheckoutUrlTemplate &urlTemplate, std::string_view url,
                                  std::string_view secret, std::int64_t nowUnixSeconds,
                                  CheckoutParameters *read = nullptr);

// Reads a checkout secret from a file (surrounding whitespace trimmed). Throws
// std::runtime_error naming the file, never its content, when it is unreadable, empty, over
// 4 KiB or shorter than 16 bytes.
std::string readCheckoutSecret(const std::filesystem::path &file);

} // namespace stallcast::checkout
