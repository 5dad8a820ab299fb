#include "TestFramework.h"
#include "ThrownMessage.h"

#include "money/Money.h"

#include <cstdint>
#include <limits>
#include <string>

using stallcast::AmountError;
using stallcast::Currency;
using stallcast::findCurrency;
using stallcast::parseMajorAmount;
using stallcast::test::contains;
using stallcast::test::thrownMessage;

namespace {

Currency currency(const char *code)
{
    const auto found = findCurrency(code);
    REQUIRE(found);
    return *found;
}

} // namespace

TEST_CASE("money: parseMajorAmount reads KRW, which has no minor unit", "[money]")
{
    const auto krw = currency("KRW");
    CHECK(parseMajorAmount("0", krw) == 0);
    CHECK(parseMajorAmount("25000", krw) == 25000);
    CHECK(parseMajorAmount("25,000", krw) == 25000);
    CHECK(parseMajorAmount("1,234,567", krw) == 1234567);
    CHECK(parseMajorAmount("999", krw) == 999);
    CHECK(parseMajorAmount(" 7 ", krw) == 7);
    CHECK(parseMajorAmount("\t12\t", krw) == 12);
    CHECK(parseMajorAmount("007", krw) == 7);
}

TEST_CASE("money: parseMajorAmount reads JPY like KRW", "[money]")
{
    const auto jpy = currency("JPY");
    CHECK(parseMajorAmount("1,980", jpy) == 1980);
    CHECK(parseMajorAmount("300", jpy) == 300);
    CHECK_THROWS_AS(parseMajorAmount("300.0", jpy), AmountError);
}

TEST_CASE("money: parseMajorAmount reads USD cents exactly", "[money]")
{
    const auto usd = currency("USD");
    CHECK(parseMajorAmount("12.50", usd) == 1250);
    CHECK(parseMajorAmount("12.5", usd) == 1250);
    CHECK(parseMajorAmount("12", usd) == 1200);
    CHECK(parseMajorAmount("0.05", usd) == 5);
    CHECK(parseMajorAmount("0.1", usd) == 10);
    CHECK(parseMajorAmount("0", usd) == 0);
    CHECK(parseMajorAmount("1,234.56", usd) == 123456);
    CHECK(parseMajorAmount(" 7 ", usd) == 700);
    // Values that binary floating point cannot hold exactly still come out exact.
    CHECK(parseMajorAmount("0.29", usd) == 29);
    CHECK(parseMajorAmount("1.15", usd) == 115);
    CHECK(parseMajorAmount("4.35", usd) == 435);
}

TEST_CASE("money: parseMajorAmount reads three-decimal currencies (BHD, KWD)", "[money]")
{
    const auto bhd = currency("BHD");
    const auto kwd = currency("KWD");
    CHECK(parseMajorAmount("1.234", bhd) == 1234);
    CHECK(parseMajorAmount("1.2", bhd) == 1200);
    CHECK(parseMajorAmount("0.005", kwd) == 5);
    CHECK(parseMajorAmount("12,000.250", kwd) == 12000250);
    CHECK_THROWS_AS(parseMajorAmount("1.2345", bhd), AmountError);
}

TEST_CASE("money: parseMajorAmount rejects more decimals than the currency has", "[money]")
{
    const auto krw = currency("KRW");
    const auto usd = currency("USD");
    const auto onKrw = thrownMessage<AmountError>([&] { parseMajorAmount("100.5", krw); });
    CHECK(contains(onKrw, "100.5"));
    CHECK(contains(onKrw, "KRW"));
    const auto onUsd = thrownMessage<AmountError>([&] { parseMajorAmount("1.234", usd); });
    CHECK(contains(onUsd, "1.234"));
    CHECK(contains(onUsd, "USD"));
    CHECK_THROWS_AS(parseMajorAmount("100.0", krw), AmountError);
    CHECK_THROWS_AS(parseMajorAmount("1.230", usd), AmountError);
}

TEST_CASE("money: parseMajorAmount rejects negatives and signs", "[money]")
{
    const auto usd = currency("USD");
    CHECK(contains(thrownMessage<AmountError>([&] { parseMajorAmount("-1", usd); }), "negative"));
    CHECK_THROWS_AS(parseMajorAmount("-0", usd), AmountError);
    CHECK_THROWS_AS(parseMajorAmount(" -3.05", usd), AmountError);
    CHECK_THROWS_AS(parseMajorAmount("+1", usd), AmountError);
}

TEST_CASE("money: parseMajorAmount rejects misplaced thousands separators", "[money]")
{
    const auto krw = currency("KRW");
    const auto usd = currency("USD");
    for (const char *text :
         {"1,00", "12,34,567", ",100", "100,", "1,,000", "1234,567", "1,0000", "1,000,00"}) {
        INFO(text);
        CHECK_THROWS_AS(parseMajorAmount(text, krw), AmountError);
    }
    // A comma is never a decimal mark.
    CHECK_THROWS_AS(parseMajorAmount("1,50", usd), AmountError);
    CHECK_THROWS_AS(parseMajorAmount("1.000,50", usd), AmountError);
}

TEST_CASE("money: parseMajorAmount rejects text that is not a plain amount", "[money]")
{
    const auto usd = currency("USD");
    for (const char *text : {"", "   ", "abc", "1e3", "1E3", "12a", "$12", "12 USD", "1 000", ".5",
                             "5.", "1.2.3", "0x10", "١٢", "１２", "nan", "inf"}) {
        INFO("\"" << text << "\"");
        CHECK_THROWS_AS(parseMajorAmount(text, usd), AmountError);
    }
    CHECK(contains(thrownMessage<AmountError>([&] { parseMajorAmount("", usd); }), "empty"));
}

TEST_CASE("money: parseMajorAmount accepts up to INT64_MAX minor units and no more", "[money]")
{
    const auto krw = currency("KRW");
    const auto usd = currency("USD");
    constexpr auto kMax = std::numeric_limits<std::int64_t>::max();
    CHECK(parseMajorAmount("9223372036854775807", krw) == kMax);
    CHECK(parseMajorAmount("9,223,372,036,854,775,807", krw) == kMax);
    CHECK(parseMajorAmount("92233720368547758.07", usd) == kMax);

    const auto tooLarge
        = thrownMessage<AmountError>([&] { parseMajorAmount("9223372036854775808", krw); });
    CHECK(contains(tooLarge, "too large"));
    CHECK_THROWS_AS(parseMajorAmount("92233720368547758.08", usd), AmountError);
    // The currency's decimals push this over the limit: 92233720368547758.1 USD is
    // 9223372036854775810.
    CHECK_THROWS_AS(parseMajorAmount("92233720368547758.1", usd), AmountError);
    CHECK_THROWS_AS(parseMajorAmount("99999999999999999999999999", krw), AmountError);
    CHECK_THROWS_AS(parseMajorAmount("18446744073709551616", krw), AmountError);
}
