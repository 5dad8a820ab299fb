#include "TestFramework.h"

#include "feed/JsonNumberText.h"

using namespace stallcast::feed;

TEST_CASE("feed: number texts by path, exactly as written")
{
    const auto numbers = jsonNumberTexts(
        R"({"a": 1, "b": [0.10, -2e5, {"c": 12.50}], "s": "7", "k\u0065y": 3.0, "n": null})");
    REQUIRE(numbers);
    CHECK(numbers->at("a") == "1");
    CHECK(numbers->at("b[0]") == "0.10");
    CHECK(numbers->at("b[1]") == "-2e5");
    CHECK(numbers->at("b[2].c") == "12.50");
    CHECK(numbers->at("key") == "3.0");
    CHECK(numbers->count("s") == 0);
    CHECK(numbers->size() == 5);
}

TEST_CASE("feed: number texts skip path-like keys and take the last repeated key")
{
    const auto numbers = jsonNumberTexts(R"({"a.b": 1, "a": {"b": 2}, "x[0]": {"y": 5}, "r": 1, "r": 2})");
    REQUIRE(numbers);
    CHECK(numbers->at("a.b") == "2");
    CHECK(numbers->count("x[0].y") == 0);
    CHECK(numbers->at("r") == "2");
}

TEST_CASE("feed: number texts refuse malformed or too deep JSON")
{
    for (const char *bad : {"", "{", "{\"a\":}", "{\"a\":01}", "{\"a\":1.}", "{\"a\":-}", "[1,]",
                            "{\"a\":\"\\x\"}", "{\"a\":\"\x01\"}", "{} {}", "{\"a\":tru}", "\"\\ud800"})
    {
        INFO(bad);
        CHECK_FALSE(jsonNumberTexts(bad));
    }
    CHECK(jsonNumberTexts(std::string(256, '[') + std::string(256, ']')));
    CHECK_FALSE(jsonNumberTexts(std::string(257, '[') + std::string(257, ']')));
    CHECK(jsonNumberTexts("\"\\ud83c\\udf53\""));
}
