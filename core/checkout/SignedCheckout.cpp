#include "checkout/SignedCheckout.h"

#include "checkout/PercentEncoding.h"
#include "checkout/Utf8Text.h"
#include "common/FieldError.h"
#include "feed/ByteEncoding.h"
#include "feed/HmacSha256.h"

#include <charconv>
#include <fstream>

namespace stallcast::checkout {

namespace {

constexpr std::string_view kPlaceholders[] = {"sku", "qty", "stream", "claim", "expires", "sig", "action"};
constexpr std::size_t kMinSecretBytes = 16;

bool known(std::string_view name)
{
    for (const auto p : kPlaceholders)
        if (p == name)
            return true;
    return false;
}

// Percent-encoding leaves unreserved characters bare; a literal that starts with one could be
// read as part of the value before it.
bool unreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
           || c == '.' || c == '_' || c == '~' || c == '%';
}

void checkText(const std::string &value, const char *field, std::size_t maxLength, bool required)
{
    const auto length = utf8Length(value);
    if (!length)
        throw FieldError(field, "is not valid UTF-8");
    if (required && *length == 0)
        throw FieldError(field, "is required");
    if (*length > maxLength)
        throw FieldError(field, "at most " + std::to_string(maxLength) + " characters, got "
                                    + std::to_string(*length));
    if (hasControlCharacter(value))
        throw FieldError(field, "must not contain control characters");
}

void checkParameters(const CheckoutParameters &p)
{
    checkText(p.sku, "sku", 64, true);
    checkText(p.stream, "stream", 64, false);
    checkText(p.claim, "claim", 64, false);
    if (p.qty < 1 || p.qty > 9999)
        throw FieldError("qty", "a whole number from 1 to 9999, got " + std::to_string(p.qty));
    if (p.expires <= 0)
        throw FieldError("expires", "a Unix time in seconds, after 1970");
    if (!p.action.empty() && p.action != "waitlist")
        throw FieldError("action", "must be empty (buy) or waitlist, got \"" + p.action + "\"");
}

std::optional<std::int64_t> wholeNumber(std::string_view text)
{
    std::int64_t value = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || ptr != text.data() + text.size())
        return std::nullopt;
    return value;
}

} // namespace

std::string canonicalCheckoutString(const CheckoutParameters &p)
{
    checkParameters(p);
    const std::string lines = "\nsku=" + p.sku + "\nqty=" + std::to_string(p.qty) + "\nstream="
                              + p.stream + "\nclaim=" + p.claim + "\nexpires=" + std::to_string(p.expires);
    if (p.action.empty())
        return "stallcast-checkout-v1" + lines;
    return "stallcast-checkout-v2" + lines + "\naction=" + p.action;
}

CheckoutUrlTemplate::CheckoutUrlTemplate(std::string_view text)
{
    const bool secure = text.rfind("https://", 0) == 0;
    const bool local = text.rfind("http://localhost", 0) == 0 || text.rfind("http://127.0.0.1", 0) == 0;
    if (!secure && !local)
        throw FieldError("template", "must start with https:// (http:// only for localhost)");
    if (hasControlCharacter(text) || text.find(' ') != std::string_view::npos)
        throw FieldError("template", "must not contain spaces or control characters");
    std::size_t pos = 0;
    while (pos < text.size()) {
        const auto open = text.find('{', pos);
        const auto close = text.find('}', pos);
        if (close < open)
            throw FieldError("template", "'}' without '{' at character " + std::to_string(close));
        if (open == std::string_view::npos) {
            m_parts.push_back({false, std::string(text.substr(pos))});
            break;
        }
        if (open > pos)
            m_parts.push_back({false, std::string(text.substr(pos, open - pos))});
        if (close == std::string_view::npos)
            throw FieldError("template", "'{' without '}' at character " + std::to_string(open));
        const std::string name(text.substr(open + 1, close - open - 1));
        if (!known(name))
            throw FieldError("template", "unknown placeholder {" + name
                                             + "}; known: {sku} {qty} {stream} {claim} {expires} {sig} {action}");
        if (has(name))
            throw FieldError("template", "{" + name + "} appears twice");
        if (!m_parts.empty() && m_parts.back().placeholder)
            throw FieldError("template", "put a separator such as '&' between {"
                                             + m_parts.back().text + "} and {" + name + "}");
        m_parts.push_back({true, name});
        pos = close + 1;
    }
    for (std::size_t i = 0; i + 1 < m_parts.size(); ++i)
        if (m_parts[i].placeholder && unreserved(m_parts[i + 1].text.front()))
            throw FieldError("template", "{" + m_parts[i].text + "} is followed by '"
                                             + m_parts[i + 1].text.front()
                                             + "', which a value may also contain; use a separator "
                                               "such as & / ? # =");
    for (const char *required : {"sku", "expires", "sig"})
        if (!has(required))
            throw FieldError("template", std::string("must contain {") + required + "}");
}

bool CheckoutUrlTemplate::has(std::string_view placeholder) const
{
    for (const auto &part : m_parts)
        if (part.placeholder && part.text == placeholder)
            return true;
    return false;
}

std::string CheckoutUrlTemplate::expand(const CheckoutParameters &p,
                                        std::string_view signatureHex) const
{
    std::string out;
    for (const auto &part : m_parts) {
        if (!part.placeholder)
            out += part.text;
        else if (part.text == "sku")
            out += percentEncode(p.sku);
        else if (part.text == "qty")
            out += std::to_string(p.qty);
        else if (part.text == "stream")
            out += percentEncode(p.stream);
        else if (part.text == "claim")
            out += percentEncode(p.claim);
        else if (part.text == "expires")
            out += std::to_string(p.expires);
        else if (part.text == "action")
            out += percentEncode(p.action);
        else
            out += signatureHex;
    }
    return out;
}

std::optional<CheckoutUrlTemplate::Match> CheckoutUrlTemplate::match(std::string_view url) const
{
    Match m;
    std::size_t pos = 0;
    for (std::size_t i = 0; i < m_parts.size(); ++i) {
        const auto &part = m_parts[i];
        if (!part.placeholder) {
            if (url.compare(pos, part.text.size(), part.text) != 0)
                return std::nullopt;
            pos += part.text.size();
            continue;
        }
        std::size_t end = url.size();
        if (i + 1 < m_parts.size()) {
            end = url.find(m_parts[i + 1].text, pos);
            if (end == std::string_view::npos)
                return std::nullopt;
        }
        const auto decoded = percentDecode(url.substr(pos, end - pos));
        if (!decoded)
            return std::nullopt;
        if (part.text == "sku") {
            m.parameters.sku = *decoded;
        } else if (part.text == "stream") {
            m.parameters.stream = *decoded;
        } else if (part.text == "claim") {
            m.parameters.claim = *decoded;
        } else if (part.text == "action") {
            m.parameters.action = *decoded;
        } else if (part.text == "sig") {
            m.signature = *decoded;
        } else {
            const auto number = wholeNumber(*decoded);
            if (!number)
                return std::nullopt;
            (part.text == "qty" ? m.parameters.qty : m.parameters.expires) = *number;
        }
        pos = end;
    }
    if (pos != url.size())
        return std::nullopt;
    return m;
}

std::string signCheckout(const CheckoutParameters &parameters, std::string_view secret)
{
    if (secret.size() < kMinSecretBytes)
        throw std::invalid_argument("the checkout secret is too short: at least 16 bytes");
    const auto digest = feed::hmacSha256(secret, canonicalCheckoutString(parameters));
    return feed::encodeHex({reinterpret_cast<const char *>(digest.data()), digest.size()});
}

std::string signedCheckoutUrl(const CheckoutUrlTemplate &urlTemplate,
                              const CheckoutParameters &p, std::string_view secret)
{
    if (p.qty != 1 && !urlTemplate.has("qty"))
        throw FieldError("qty", "the template has no {qty}, so the quantity must be 1");
    if (!p.stream.empty() && !urlTemplate.has("stream"))
        throw FieldError("stream", "the template has no {stream} to carry it");
    if (!p.claim.empty() && !urlTemplate.has("claim"))
        throw FieldError("claim", "the template has no {claim} to carry it");
    if (!p.action.empty() && !urlTemplate.has("action"))
        throw FieldError("action", "the template has no {action} to carry it");
    return urlTemplate.expand(p, signCheckout(p, secret));
}

const char *toString(CheckoutVerdict verdict)
{
    switch (verdict) {
    case CheckoutVerdict::Valid: return "valid";
    case CheckoutVerdict::Malformed: return "malformed";
    case CheckoutVerdict::BadSignature: return "bad signature";
    case CheckoutVerdict::Expired: return "expired";
    }
    return "?";
}

CheckoutVerdict verifyCheckout(const CheckoutParameters &parameters, std::string_view signatureHex,
                               std::string_view secret, std::int64_t nowUnixSeconds)
{
    if (secret.size() < kMinSecretBytes)
        throw std::invalid_argument("the checkout secret is too short: at least 16 bytes");
    std::string canonical;
    try {
        canonical = canonicalCheckoutString(parameters);
    } catch (const FieldError &) {
        return CheckoutVerdict::Malformed;
    }
    const auto supplied = feed::decodeHex(signatureHex);
    if (!supplied || supplied->size() != feed::kHmacSha256Size)
        return CheckoutVerdict::Malformed;
    if (!feed::digestEquals(feed::hmacSha256(secret, canonical), *supplied))
        return CheckoutVerdict::BadSignature;
    return nowUnixSeconds >= parameters.expires ? CheckoutVerdict::Expired : CheckoutVerdict::Valid;
}

CheckoutVerdict verifyCheckoutUrl(const CheckoutUrlTemplate &urlTemplate, std::string_view url,
                                  std::string_view secret, std::int64_t nowUnixSeconds,
                                  CheckoutParameters *read)
{
    const auto m = urlTemplate.match(url);
    if (!m)
        return CheckoutVerdict::Malformed;
    if (read != nullptr)
        *read = m->parameters;
    return verifyCheckout(m->parameters, m->signature, secret, nowUnixSeconds);
}

std::string readCheckoutSecret(const std::filesystem::path &file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot read checkout secret file " + file.string());
    std::string content(4097, '\0');
    in.read(content.data(), static_cast<std::streamsize>(content.size()));
    if (in.bad())
        throw std::runtime_error("cannot read checkout secret file " + file.string());
    content.resize(static_cast<std::size_t>(in.gcount()));
    if (content.size() > 4096)
        throw std::runtime_error("checkout secret file " + file.string() + " is over 4 KiB");
    const auto first = content.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        throw std::runtime_error("checkout secret file " + file.string() + " is empty");
    const auto last = content.find_last_not_of(" \t\r\n");
    content = content.substr(first, last - first + 1);
    if (content.size() < kMinSecretBytes)
        throw std::runtime_error("checkout secret file " + file.string()
                                 + " holds fewer than 16 bytes: use a long random secret");
    return content;
}

} // namespace stallcast::checkout
