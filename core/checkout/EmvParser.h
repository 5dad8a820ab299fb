#pragma once

#include "checkout/EmvField.h"

#include <string>
#include <string_view>
#include <vector>

namespace stallcast::checkout {

// What parsing an EMVCo merchant-presented payload found. A payload from any bank or app is
// parsed as far as its structure allows; `structureError` says what broke and where (character
// offset), and the CRC verdict is given whenever a CRC field could be found.
struct EmvParseResult {
    std::vector<EmvField> fields; // top-level fields in payload order, templates with children
    std::string structureError;   // empty when the structure is sound
    std::string statedCrc;        // the CRC field's value, "" when absent
    std::string computedCrc;      // over the bytes up to and including "6304", "" when absent
    bool crcValid = false;        // stated == computed (case-insensitive hex)

    bool valid() const { return structureError.empty() && crcValid; }
    // The value of a top-level field, or nullptr.
    const EmvField *find(std::string_view id) const;
};

// Parses a whole payload: fields in TLV form (lengths in characters of valid UTF-8), "00" first
// with value "01", each ID at most once, "63" last with four hex digits; templates (26-51, 62,
// 64, 80-99) are parsed into their sub-fields. Never throws for bad input.
EmvParseResult parseEmvPayload(std::string_view payload);

// The EMVCo scheme a payload is for, from its merchant account templates' identifiers: "pix",
// "promptpay", "paynow", or "" when none is known.
std::string emvScheme(const EmvParseResult &parsed);

} // namespace stallcast::checkout
