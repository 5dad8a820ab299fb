#include "TestFramework.h"

#include "PayloadErrorText.h"
#include "feed/PayloadJson.h"


using namespace stallcast::feed;

namespace {

std::optional<std::int64_t> integerOf(const std::string &json)
{
    const std::string body = "{\"v\":" + json + "}";
    const auto document = payload::parseDocument(body);
    return payload::exactInteger(*payload::field(document.root, "v"));
}

} // namespace

TEST_CASE("feed: exact integers keep every digit and refuse fractions and exponents")
{
    CHECK(integerOf(("2")) == 2);
    CHECK(integerOf(("-7")) == -7);
    CHECK(integerOf(("820982911946154508")) == 820982911946154508LL);
    CHECK(integerOf(("9223372036854775807")) == INT64_MAX);
    CHECK_FALSE(integerOf(("9223372036854775808")));
    CHECK_FALSE(integerOf(("2.0")));
    CHECK_FALSE(integerOf(("2e0")));
    CHECK_FALSE(integerOf(("2.5")));
    CHECK_FALSE(integerOf(("\"2\"")));
    CHECK_FALSE(integerOf(("true")));
}

TEST_CASE("feed: quoted values are escaped and shortened")
{
    CHECK(payload::quoted("abc") == "\"abc\"");
    CHECK(payload::quoted("a\nb") == "\"a\\x0ab\"");
    CHECK(payload::quoted(std::string(100, 'x')) == "\"" + std::string(40, 'x') + "...\"");
    // Never cuts a UTF-8 character in half: 14 Hangul syllables are 42 bytes.
    const std::string hangul = "가나다라마바사아자차카타파하";
    CHECK(payload::quoted(hangul) == "\"가나다라마바사아자차카타파...\"");
}

TEST_CASE("feed: malformed JSON gives one line naming the body")
{
    using stallcast::test::payloadError;
    using stallcast::test::startsWith;
    for (auto source : {WebhookSource::Stallcast, WebhookSource::Shopify,
                        WebhookSource::WooCommerce, WebhookSource::Stripe}) {
        INFO(toString(source));
        CHECK(startsWith(payloadError(source, ""), "body: not valid JSON"));
        CHECK(startsWith(payloadError(source, "{\"id\": "), "body: not valid JSON"));
        CHECK(startsWith(payloadError(source, "{} trailing"), "body: not valid JSON"));
        CHECK(startsWith(payloadError(source, "{\"a\":1,}"), "body: not valid JSON"));
        CHECK(startsWith(payloadError(source, "\xff\xfe{}"), "body: not valid JSON"));
        CHECK(payloadError(source, "[1,2]") == "body: must be a JSON object");
        CHECK(payloadError(source, "\"text\"").find("body: ") == 0);
    }
}

TEST_CASE("feed: the JSON reader says what is wrong and where, refuses what I-JSON forbids, and "
          "takes the last of repeated keys")
{
    using stallcast::test::payloadError;
    const auto source = WebhookSource::Stallcast;
    CHECK(payloadError(source, "{\"a\":1,}")
          == "body: not valid JSON (bad structure: a missing or extra comma, brace, bracket or key "
             "at offset 7)");
    CHECK(payloadError(source, "{\"a\":\"x}")
          == "body: not valid JSON (unterminated string at offset 8)");
    CHECK(payloadError(source, "") == "body: not valid JSON (empty at offset 0)");
    // An integer beyond 64 bits is valid JSON text but not interoperable (RFC 7493): refused
    // (simdjson's reason for it differs between versions).
    CHECK(stallcast::test::startsWith(payloadError(source, "{\"n\":123456789012345678901234}"),
                                      "body: not valid JSON ("));
    // 256 levels of arrays and objects are allowed (the body then lacks its fields), 257 not.
    const auto nested = [](std::size_t arrays) {
        return "{\"a\":" + std::string(arrays, '[') + "1" + std::string(arrays, ']') + "}";
    };
    CHECK(payloadError(source, nested(255)) == "id: is missing");
    CHECK(payloadError(source, nested(256)) == "body: nests too deeply");

    const std::string body = R"({"id": "d1", "order_id": "first", "order_id": "second",
        "currency": "KRW", "lines": [{"sku": "A", "qty": 1, "unit_price": 5, "qty": 2}],
        "paid": false, "paid": true})";
    const auto parsed = parseDelivery(source, body);
    CHECK(parsed.order.externalId == "second");
    CHECK(parsed.order.lines.at(0).qty == 2);
    CHECK(parsed.order.paid);
}

TEST_CASE("feed: an unpaired surrogate escape, as from a sender that cut an emoji in half, reads "
          "as the replacement character instead of costing the order")
{
    // "Kim " + half an emoji, a lone low half, a whole strawberry, and a backslash followed by
    // text that only looks like an escape.
    const std::string body = R"({"id": "d1", "order_id": "o1", "buyer": {"handle": "kim",
        "name": "Kim \ud83d", "address": "\udc00x \ud83c\udf53 \\ud800"},
        "currency": "KRW", "lines": [{"sku": "A", "qty": 1, "unit_price": 5}], "paid": true})";
    const auto parsed = parseDelivery(WebhookSource::Stallcast, body);
    CHECK(parsed.order.buyer.name == "Kim \xEF\xBF\xBD");
    CHECK(parsed.order.buyer.address == "\xEF\xBF\xBDx \xF0\x9F\x8D\x93 \\ud800");
    // An invalid escape is still refused, with the replacement tried and failed.
    CHECK(stallcast::test::payloadError(WebhookSource::Stallcast,
                                        R"({"id": "\ud800\x"})")
          == "body: not valid JSON (bad string: an invalid escape)");
}
