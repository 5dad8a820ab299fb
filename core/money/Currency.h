#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace stallcast {

// An ISO 4217 currency: alphabetic code, numeric code, and how many minor-unit digits it has
// (KRW 0, USD 2, BHD 3). Amounts are always integers in minor units of one of these.
struct Currency {
    std::string_view code;
    int numeric;
    int minorDigits;
};

// Looks up a currency by its alphabetic code (case-insensitive); nullopt when unknown.
std::optional<Currency> findCurrency(std::string_view code);

} // namespace stallcast
