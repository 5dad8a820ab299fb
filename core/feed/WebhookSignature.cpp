#include "feed/WebhookSignature.h"

#include "feed/ByteEncoding.h"
#include "feed/HmacSha256.h"
#include "feed/SignatureHeader.h"

namespace stallcast::feed {

namespace {

char lowerAscii(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

// The receiver lower-cases header names; other callers may not, so compare case-insensitively.
const std::string *findHeader(const Delivery &delivery, std::string_view lowerName)
{
    const auto exact = delivery.headers.find(std::string(lowerName));
    if (exact != delivery.headers.end())
        return &exact->second;
    for (const auto &[name, value] : delivery.headers) {
        if (name.size() != lowerName.size())
            continue;
        bool same = true;
        for (std::size_t i = 0; i < name.size() && same; ++i)
            same = lowerAscii(name[i]) == lowerName[i];
        if (same)
            return &value;
    }
    return nullptr;
}

std::string_view trimBlanks(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

std::string_view headerName(WebhookSource source)
{
    switch (source) {
    case WebhookSource::Stallcast:
        return "stallcast-signature";
    case WebhookSource::Stripe:
        return "stripe-signature";
    case WebhookSource::Shopify:
        return "x-shopify-hmac-sha256";
    case WebhookSource::WooCommerce:
        return "x-wc-webhook-signature";
    }
    return {};
}

bool withinTolerance(std::int64_t timestamp, std::int64_t now)
{
    const __int128 difference = static_cast<__int128>(now) - static_cast<__int128>(timestamp);
    return difference <= kSignatureToleranceSeconds && difference >= -kSignatureToleranceSeconds;
}

SignatureCheck checkTimestamped(std::string_view header, std::string_view body,
                                const std::vector<std::string> &secrets, std::int64_t now)
{
    const auto parsed = parseTimestampedSignature(header);
    if (!parsed)
        return SignatureCheck::Malformed;
    const std::string &timestamp = parsed->timestampText;
    std::string signedPayload;
    signedPayload.reserve(timestamp.size() + 1 + body.size());
    signedPayload.append(timestamp).append(".").append(body);
    bool matched = false;
    for (const auto &secret : secrets) {
        const auto expected = hmacSha256(secret, signedPayload);
        for (const auto &candidate : parsed->v1)
            matched = digestEquals(expected, candidate) || matched; // no early exit
    }
    if (!matched)
        return SignatureCheck::Mismatch;
    // Only an authentic signature is judged on its age, so Expired means "replayed or late".
    return withinTolerance(parsed->timestamp, now) ? SignatureCheck::Valid
                                                   : SignatureCheck::Expired;
}

SignatureCheck checkBodyOnly(std::string_view header, std::string_view body,
                             const std::vector<std::string> &secrets)
{
    const auto supplied = decodeBase64(header);
    if (!supplied || supplied->size() != kHmacSha256Size)
        return SignatureCheck::Malformed;
    bool matched = false;
    for (const auto &secret : secrets)
        matched = digestEquals(hmacSha256(secret, body), *supplied) || matched;
    return matched ? SignatureCheck::Valid : SignatureCheck::Mismatch;
}

} // namespace

SignatureCheck checkSignature(const Delivery &delivery, const SecretSet &secrets,
                              std::int64_t nowUnixSeconds)
{
    const std::string *header = findHeader(delivery, headerName(delivery.source));
    if (header == nullptr || trimBlanks(*header).empty())
        return SignatureCheck::Missing;
    const std::string_view value = trimBlanks(*header);
    const auto &active = secrets.secrets(delivery.source);
    switch (delivery.source) {
    case WebhookSource::Stallcast:
    case WebhookSource::Stripe:
        return checkTimestamped(value, delivery.body, active, nowUnixSeconds);
    case WebhookSource::Shopify:
    case WebhookSource::WooCommerce:
        return checkBodyOnly(value, delivery.body, active);
    }
    return SignatureCheck::Malformed;
}

std::string stallcastSignatureHeader(std::string_view secret, std::int64_t unixSeconds,
                                     std::string_view body)
{
    const std::string timestamp = std::to_string(unixSeconds);
    std::string signedPayload;
    signedPayload.reserve(timestamp.size() + 1 + body.size());
    signedPayload.append(timestamp).append(".").append(body);
    return "t=" + timestamp + ",v1=" + hmacSha256Hex(secret, signedPayload);
}

} // namespace stallcast::feed
