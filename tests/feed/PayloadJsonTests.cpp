#include "TestFramework.h"

#include "PayloadErrorText.h"
#include "feed/PayloadJson.h"


using namespace stallcast::feed;

namespace {

std::optional<std::int64_t> integerOf(const std::string &json)
{
    const auto document = payload::parseDocument("{\"v\":" + json + "}");
    return payload::exactInteger(document.root.value("v"), document.numbers, "v");
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
