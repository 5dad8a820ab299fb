#include "money/Money.h"

#include <limits>

namespace stallcast {

namespace {

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Validates "1,234,567"-style grouping and returns the digits alone.
std::string integerDigits(std::string_view whole, std::string_view original)
{
    std::string digits;
    if (whole.find(',') == std::string_view::npos) {
        for (char c : whole)
            if (!isDigit(c))
                throw AmountError("\"" + std::string(original) + "\" is not a number");
        return std::string(whole);
    }
    std::size_t groupStart = 0;
    bool first = true;
    for (std::size_t i = 0; i <= whole.size(); ++i) {
        if (i < whole.size() && whole[i] != ',') {
            if (!isDigit(whole[i]))
                throw AmountError("\"" + std::string(original) + "\" is not a number");
            continue;
        }
        const std::size_t len = i - groupStart;
        if ((first && (len < 1 || len > 3)) || (!first && len != 3))
            throw AmountError("\"" + std::string(original)
                              + "\" has misplaced thousands separators");
        digits.append(whole.substr(groupStart, len));
        groupStart = i + 1;
        first = false;
    }
    return digits;
}

} // namespace

std::int64_t parseMajorAmount(std::string_view text, const Currency &currency)
{
    const std::string_view s = trim(text);
    if (s.empty())
        throw AmountError("amount is empty");
    if (s.front() == '-')
        throw AmountError("\"" + std::string(s) + "\" is negative");
    if (s.front() == '+')
        throw AmountError("\"" + std::string(s) + "\" is not a number");
    const auto dot = s.find('.');
    const std::string_view whole = s.substr(0, dot);
    const std::string_view fraction = dot == std::string_view::npos ? std::string_view{}
                                                                    : s.substr(dot + 1);
    if (whole.empty() || (dot != std::string_view::npos && fraction.empty()))
        throw AmountError("\"" + std::string(s) + "\" is not a number");
    for (char c : fraction)
        if (!isDigit(c))
            throw AmountError("\"" + std::string(s) + "\" is not a number");
    if (static_cast<int>(fraction.size()) > currency.minorDigits) {
        if (currency.minorDigits == 0)
            throw AmountError("\"" + std::string(s) + "\" has decimals but "
                              + std::string(currency.code) + " has no minor unit");
        throw AmountError("\"" + std::string(s) + "\" has more than "
                          + std::to_string(currency.minorDigits) + " decimals for "
                          + std::string(currency.code));
    }
    std::string digits = integerDigits(whole, s);
    digits.append(fraction);
    digits.append(static_cast<std::size_t>(currency.minorDigits) - fraction.size(), '0');

    constexpr auto kMax = std::numeric_limits<std::int64_t>::max();
    std::int64_t value = 0;
    for (char c : digits) {
        const int d = c - '0';
        if (value > (kMax - d) / 10)
            throw AmountError("\"" + std::string(s) + "\" is too large");
        value = value * 10 + d;
    }
    return value;
}

namespace {

std::string formatImpl(std::int64_t minor, const Currency &currency, bool groupThousands)
{
    const bool negative = minor < 0;
    // Work in unsigned so that INT64_MIN does not overflow.
    std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(minor)
                                       : static_cast<std::uint64_t>(minor);
    std::string digits = std::to_string(magnitude);
    const auto minorDigits = static_cast<std::size_t>(currency.minorDigits);
    if (digits.size() <= minorDigits)
        digits.insert(0, minorDigits + 1 - digits.size(), '0');
    std::string whole = digits.substr(0, digits.size() - minorDigits);
    const std::string fraction = digits.substr(digits.size() - minorDigits);
    if (groupThousands) {
        for (int i = static_cast<int>(whole.size()) - 3; i > 0; i -= 3)
            whole.insert(static_cast<std::size_t>(i), 1, ',');
    }
    std::string out = negative ? "-" : "";
    out += whole;
    if (!fraction.empty()) {
        out += '.';
        out += fraction;
    }
    return out;
}

} // namespace

std::string formatMajorAmount(std::int64_t minor, const Currency &currency)
{
    return formatImpl(minor, currency, false);
}

std::string formatForDisplay(std::int64_t minor, const Currency &currency)
{
    return formatImpl(minor, currency, true) + " " + std::string(currency.code);
}

} // namespace stallcast
