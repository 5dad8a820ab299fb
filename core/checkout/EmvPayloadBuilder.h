#pragma once

#include "money/Currency.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace stallcast::checkout {

// Builds an EMVCo merchant-presented payload field by field, refusing values that break a limit
// with a FieldError that names the field as the caller knows it ("name", "city", "key"): the
// `stallcast qr` option names. Lengths count characters (code points); values must be valid
// UTF-8 without control characters. finish() appends the CRC field ("6304" + four hex digits).
class EmvPayloadBuilder final {
public:
    // Appends ID LEN VALUE. maxLength is the field's own limit (at most 99, the format's);
    // empty values are refused.
    EmvPayloadBuilder &add(std::string_view id, std::string_view value, std::string_view field,
                           std::size_t maxLength = 99);
    // Appends a template whose value is another builder's fields (no CRC). A template longer
    // than 99 characters is refused, naming `field` as the part the caller should shorten.
    EmvPayloadBuilder &addTemplate(std::string_view id, const EmvPayloadBuilder &children,
                                   std::string_view field);

    // The fields so far, without a CRC.
    const std::string &encoded() const noexcept { return m_text; }
    // The complete payload: the fields, "6304" and the CRC over both.
    std::string finish() const;

private:
    std::string m_text;
};

// The transaction amount (field 54) from integer minor units: the major unit with the
// currency's decimals ("125.00" BRL, "25000" KRW). Refuses zero, negatives and anything over the
// field's 13 characters, as FieldError("amount", ...).
std::string emvAmount(std::int64_t minor, const Currency &currency);

} // namespace stallcast::checkout
