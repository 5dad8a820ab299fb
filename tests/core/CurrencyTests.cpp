#include "TestFramework.h"

#include "money/Currency.h"

#include <string>

using stallcast::findCurrency;

TEST_CASE("money: findCurrency knows the ISO 4217 numeric codes and minor digits",
          "[money][currency]")
{
    struct Expected {
        const char *code;
        int numeric;
        int minorDigits;
    };
    for (const auto &e : {Expected{"KRW", 410, 0}, Expected{"USD", 840, 2}, Expected{"BRL", 986, 2},
                          Expected{"THB", 764, 2}, Expected{"JPY", 392, 0}, Expected{"BHD", 48, 3},
                          Expected{"KWD", 414, 3}, Expected{"EUR", 978, 2}, Expected{"CNY", 156, 2},
                          Expected{"VND", 704, 0}, Expected{"TWD", 901, 2}, Expected{"IDR", 360, 2},
                          Expected{"CLF", 990, 4}, Expected{"AED", 784, 2}, Expected{"ZWL", 932, 2},
                          Expected{"ALL", 8, 2}}) {
        INFO(e.code);
        const auto found = findCurrency(e.code);
        REQUIRE(found);
        CHECK(found->code == e.code);
        CHECK(found->numeric == e.numeric);
        CHECK(found->minorDigits == e.minorDigits);
    }
}

TEST_CASE("money: findCurrency ignores case and returns the canonical code", "[money][currency]")
{
    for (const char *spelling : {"krw", "Krw", "kRw", "KRW"}) {
        INFO(spelling);
        const auto found = findCurrency(spelling);
        REQUIRE(found);
        CHECK(found->code == "KRW");
        CHECK(found->numeric == 410);
    }
    const auto thb = findCurrency("thb");
    REQUIRE(thb);
    CHECK(thb->code == "THB");
}

TEST_CASE("money: findCurrency rejects unknown or malformed codes", "[money][currency]")
{
    for (const char *code : {"", "US", "USDD", "XXX", "ABC", "US ", " US", "410", "ＵＳＤ", "€"}) {
        INFO("\"" << code << "\"");
        CHECK_FALSE(findCurrency(code));
    }
}
