#include "feed/SignatureHeader.h"

#include "feed/ByteEncoding.h"
#include "feed/HmacSha256.h"

#include <charconv>

namespace stallcast::feed {

namespace {

std::string_view trimBlanks(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

bool isKey(std::string_view key)
{
    if (key.empty() || key.size() > 16)
        return false;
    for (char c : key)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
            return false;
    return true;
}

std::optional<std::int64_t> parseTimestamp(std::string_view text)
{
    if (text.empty() || text.size() > 19)
        return std::nullopt;
    for (char c : text)
        if (c < '0' || c > '9')
            return std::nullopt;
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

} // namespace

std::optional<TimestampedSignature> parseTimestampedSignature(std::string_view header)
{
    if (header.size() > kMaxSignatureHeaderLength)
        return std::nullopt;
    TimestampedSignature result;
    bool haveTimestamp = false;
    while (true) {
        const auto comma = header.find(',');
        const std::string_view item = trimBlanks(header.substr(0, comma));
        const auto equals = item.find('=');
        if (item.empty() || equals == std::string_view::npos)
            return std::nullopt;
        const std::string_view key = trimBlanks(item.substr(0, equals));
        const std::string_view value = trimBlanks(item.substr(equals + 1));
        if (!isKey(key) || value.empty())
            return std::nullopt;
        if (key == "t") {
            const auto timestamp = parseTimestamp(value);
            if (haveTimestamp || !timestamp)
                return std::nullopt;
            result.timestamp = *timestamp;
            result.timestampText = std::string(value);
            haveTimestamp = true;
        } else if (key == "v1") {
            auto bytes = decodeHex(value);
            if (!bytes || bytes->size() != kHmacSha256Size
                || result.v1.size() >= kMaxSignaturesPerHeader)
                return std::nullopt;
            result.v1.push_back(std::move(*bytes));
        } else {
            for (char c : value)
                if (static_cast<unsigned char>(c) < 0x21 || static_cast<unsigned char>(c) > 0x7e)
                    return std::nullopt;
        }
        if (comma == std::string_view::npos)
            break;
        header.remove_prefix(comma + 1);
    }
    if (!haveTimestamp || result.v1.empty())
        return std::nullopt;
    return result;
}

} // namespace stallcast::feed
