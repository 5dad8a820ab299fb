#include "checkout/EmvPayloadBuilder.h"

#include "checkout/Crc16.h"
#include "checkout/Utf8Text.h"
#include "common/FieldError.h"
#include "money/Money.h"

#include <algorithm>
#include <cctype>

namespace stallcast::checkout {

namespace {

std::string twoDigits(std::size_t n)
{
    return std::string(1, static_cast<char>('0' + n / 10)) + static_cast<char>('0' + n % 10);
}

void checkId(std::string_view id)
{
    if (id.size() != 2 || !std::isdigit(static_cast<unsigned char>(id[0]))
        || !std::isdigit(static_cast<unsigned char>(id[1])))
        throw std::invalid_argument("EMVCo field ID \"" + std::string(id) + "\" is not two digits");
}

} // namespace

EmvPayloadBuilder &EmvPayloadBuilder::add(std::string_view id, std::string_view value,
                                          std::string_view field, std::size_t maxLength)
{
    checkId(id);
    const std::string name(field);
    const std::string where = " (EMVCo field " + std::string(id) + ")";
    const auto length = utf8Length(value);
    if (!length)
        throw FieldError(name, "is not valid UTF-8");
    if (hasControlCharacter(value))
        throw FieldError(name, "must not contain control characters (line breaks, tabs)");
    if (*length == 0)
        throw FieldError(name, "must not be empty" + where);
    const auto limit = std::min<std::size_t>(maxLength, 99);
    if (*length > limit)
        throw FieldError(name, "at most " + std::to_string(limit) + " characters" + where + ", got "
                                   + std::to_string(*length));
    m_text.append(id).append(twoDigits(*length)).append(value);
    return *this;
}

EmvPayloadBuilder &EmvPayloadBuilder::addTemplate(std::string_view id,
                                                  const EmvPayloadBuilder &children,
                                                  std::string_view field)
{
    checkId(id);
    const auto length = utf8Length(children.m_text).value_or(children.m_text.size());
    if (length > 99)
        throw FieldError(std::string(field),
                         "too long: the EMVCo template " + std::string(id) + " it goes in would be "
                             + std::to_string(length) + " characters, at most 99");
    m_text.append(id).append(twoDigits(length)).append(children.m_text);
    return *this;
}

std::string EmvPayloadBuilder::finish() const
{
    std::string out = m_text + "6304";
    return out + crc16Hex(crc16CcittFalse(out));
}

std::string emvAmount(std::int64_t minor, const Currency &currency)
{
    if (minor <= 0)
        throw FieldError("amount", "must be more than zero");
    auto text = formatMajorAmount(minor, currency);
    if (text.size() > 13)
        throw FieldError("amount", "at most 13 characters in EMVCo field 54, got \"" + text + "\"");
    return text;
}

} // namespace stallcast::checkout
