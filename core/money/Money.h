#pragma once

#include "money/Currency.h"

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

namespace stallcast {

// A problem with an amount as a person wrote it; the message says what is wrong with it.
class AmountError : public std::invalid_argument {
public:
    using std::invalid_argument::invalid_argument;
};

// Parses an amount written in the currency's major unit, as people write it ("12.50" USD,
// "25000" or "25,000" KRW) into integer minor units, exactly, without floating point.
// Accepts surrounding spaces and comma thousands separators in groups of three. Rejects
// negatives, more decimals than the currency has ("100.5" KRW), and anything that overflows.
std::int64_t parseMajorAmount(std::string_view text, const Currency &currency);

// Writes minor units in the major unit, plain ("12.50", "25000", "-3.05"): the CSV form.
std::string formatMajorAmount(std::int64_t minor, const Currency &currency);

// Writes minor units for people: thousands separators and the code ("25,000 KRW", "12.50 USD").
std::string formatForDisplay(std::int64_t minor, const Currency &currency);

} // namespace stallcast
