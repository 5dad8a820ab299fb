#include "checkout/Utf8Text.h"

#include "common/FieldError.h"

#include <cstdint>

namespace stallcast::checkout {

namespace {

// Length in bytes of the valid UTF-8 sequence starting at text[at]; 0 when it is invalid.
std::size_t sequenceLength(std::string_view text, std::size_t at)
{
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(at);
    if (lead < 0x80)
        return 1;
    std::size_t length = 0;
    std::uint32_t point = 0;
    std::uint32_t minimum = 0;
    if ((lead & 0xE0) == 0xC0) {
        length = 2, point = lead & 0x1F, minimum = 0x80;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3, point = lead & 0x0F, minimum = 0x800;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4, point = lead & 0x07, minimum = 0x10000;
    } else {
        return 0;
    }
    if (at + length > text.size())
        return 0;
    for (std::size_t i = 1; i < length; ++i) {
        if ((byte(at + i) & 0xC0) != 0x80)
            return 0;
        point = (point << 6) | (byte(at + i) & 0x3F);
    }
    if (point < minimum || point > 0x10FFFF || (point >= 0xD800 && point <= 0xDFFF))
        return 0;
    return length;
}

} // namespace

std::optional<std::size_t> utf8Length(std::string_view text)
{
    std::size_t count = 0;
    for (std::size_t at = 0; at < text.size(); ++count) {
        const auto length = sequenceLength(text, at);
        if (length == 0)
            return std::nullopt;
        at += length;
    }
    return count;
}

std::optional<std::size_t> utf8PrefixBytes(std::string_view text, std::size_t characters)
{
    std::size_t at = 0;
    for (std::size_t i = 0; i < characters; ++i) {
        if (at >= text.size())
            return std::nullopt;
        const auto length = sequenceLength(text, at);
        if (length == 0)
            return std::nullopt;
        at += length;
    }
    return at;
}

bool hasControlCharacter(std::string_view text)
{
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7F)
            return true;
    }
    return false;
}

void checkPaymentText(std::string_view value, const std::string &field, std::size_t maxLength,
                      std::string_view standard)
{
    const auto length = utf8Length(value);
    if (!length)
        throw FieldError(field, "is not valid UTF-8");
    if (hasControlCharacter(value))
        throw FieldError(field, "must not contain control characters (line breaks, tabs)");
    if (*length > maxLength)
        throw FieldError(field, "at most " + std::to_string(maxLength) + " characters"
                                    + (standard.empty() ? std::string() : " (" + std::string(standard) + ")")
                                    + ", got " + std::to_string(*length));
}

} // namespace stallcast::checkout
