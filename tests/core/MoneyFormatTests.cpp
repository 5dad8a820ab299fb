#include "TestFramework.h"

#include "money/Money.h"

#include <cstdint>
#include <limits>
#include <string>

using stallcast::Currency;
using stallcast::findCurrency;
using stallcast::formatForDisplay;
using stallcast::formatMajorAmount;
using stallcast::parseMajorAmount;

namespace {

Currency currency(const char *code)
{
    const auto found = findCurrency(code);
    REQUIRE(found);
    return *found;
}

// formatForDisplay appends " CODE"; what comes before it must parse back to the same amount.
std::string withoutCode(const std::string &display, const Currency &c)
{
    const std::string suffix = " " + std::string(c.code);
    REQUIRE(display.size() > suffix.size());
    REQUIRE(display.compare(display.size() - suffix.size(), suffix.size(), suffix) == 0);
    return display.substr(0, display.size() - suffix.size());
}

constexpr auto kMax = std::numeric_limits<std::int64_t>::max();
constexpr auto kMin = std::numeric_limits<std::int64_t>::min();

} // namespace

TEST_CASE("money: formatMajorAmount writes the plain CSV form", "[money]")
{
    const auto usd = currency("USD");
    const auto krw = currency("KRW");
    const auto bhd = currency("BHD");
    CHECK(formatMajorAmount(0, usd) == "0.00");
    CHECK(formatMajorAmount(5, usd) == "0.05");
    CHECK(formatMajorAmount(50, usd) == "0.50");
    CHECK(formatMajorAmount(1250, usd) == "12.50");
    CHECK(formatMajorAmount(123456789, usd) == "1234567.89");
    CHECK(formatMajorAmount(-305, usd) == "-3.05");
    CHECK(formatMajorAmount(-5, usd) == "-0.05");
    CHECK(formatMajorAmount(0, krw) == "0");
    CHECK(formatMajorAmount(25000, krw) == "25000");
    CHECK(formatMajorAmount(-25000, krw) == "-25000");
    CHECK(formatMajorAmount(5, bhd) == "0.005");
    CHECK(formatMajorAmount(1234, bhd) == "1.234");
    CHECK(formatMajorAmount(kMax, usd) == "92233720368547758.07");
    CHECK(formatMajorAmount(kMin, usd) == "-92233720368547758.08");
    CHECK(formatMajorAmount(kMax, krw) == "9223372036854775807");
    CHECK(formatMajorAmount(kMin, krw) == "-9223372036854775808");
}

TEST_CASE("money: formatForDisplay groups thousands and names the currency", "[money]")
{
    const auto usd = currency("USD");
    const auto krw = currency("KRW");
    const auto kwd = currency("KWD");
    CHECK(formatForDisplay(0, krw) == "0 KRW");
    CHECK(formatForDisplay(999, krw) == "999 KRW");
    CHECK(formatForDisplay(1000, krw) == "1,000 KRW");
    CHECK(formatForDisplay(25000, krw) == "25,000 KRW");
    CHECK(formatForDisplay(1234567, krw) == "1,234,567 KRW");
    CHECK(formatForDisplay(-1234567, krw) == "-1,234,567 KRW");
    CHECK(formatForDisplay(5, usd) == "0.05 USD");
    CHECK(formatForDisplay(1250, usd) == "12.50 USD");
    CHECK(formatForDisplay(100000, usd) == "1,000.00 USD");
    CHECK(formatForDisplay(-100000, usd) == "-1,000.00 USD");
    CHECK(formatForDisplay(12000250, kwd) == "12,000.250 KWD");
    CHECK(formatForDisplay(kMax, krw) == "9,223,372,036,854,775,807 KRW");
    CHECK(formatForDisplay(kMin, krw) == "-9,223,372,036,854,775,808 KRW");
    CHECK(formatForDisplay(kMin, usd) == "-92,233,720,368,547,758.08 USD");
}

TEST_CASE("money: formatted amounts parse back to the same minor units", "[money]")
{
    const std::int64_t amounts[]
        = {0,    1,      5,       9,         10,       99,   100,       999,        1000,
           1001, 123456, 1000000, 987654321, kMax - 1, kMax, kMax / 10, kMax / 100, kMax / 1000};
    for (const char *code : {"KRW", "JPY", "USD", "BHD", "KWD", "CLF"}) {
        const auto c = currency(code);
        for (const auto amount : amounts) {
            INFO(code << " " << amount);
            CHECK(parseMajorAmount(formatMajorAmount(amount, c), c) == amount);
            CHECK(parseMajorAmount(withoutCode(formatForDisplay(amount, c), c), c) == amount);
        }
    }
}

TEST_CASE("money: negative amounts format symmetrically to positive ones", "[money]")
{
    for (const char *code : {"KRW", "USD", "BHD"}) {
        const auto c = currency(code);
        for (const std::int64_t amount : {std::int64_t{1}, std::int64_t{5}, std::int64_t{99},
                                          std::int64_t{1000}, std::int64_t{123456789}, kMax}) {
            INFO(code << " " << amount);
            CHECK(formatMajorAmount(-amount, c) == "-" + formatMajorAmount(amount, c));
            CHECK(formatForDisplay(-amount, c) == "-" + formatForDisplay(amount, c));
        }
    }
}
