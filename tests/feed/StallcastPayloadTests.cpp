#include "TestFramework.h"

#include "PayloadErrorText.h"

using namespace stallcast::feed;
using stallcast::test::payloadError;
using stallcast::test::replaced;

namespace {

const std::string kOrder = R"({
  "id": "dlv_0001",
  "order_id": "SC-1001",
  "buyer": {"handle": "@딸기맘🍓", "name": "김하늘", "phone": "010-1234-5678",
            "address": "서울특별시 마포구 월드컵북로 1"},
  "currency": "KRW",
  "lines": [{"sku": "STRAW-1KG", "qty": 2, "unit_price": 25000},
            {"sku": "MANGO-BOX", "qty": 1, "unit_price": 0}],
  "paid": true,
  "claim": "CLM-42"
})";

std::string stallcastError(const std::string &body)
{
    return payloadError(WebhookSource::Stallcast, body);
}

} // namespace

TEST_CASE("feed: stallcast payload maps every field")
{
    const ParsedDelivery parsed = parseDelivery(WebhookSource::Stallcast, kOrder);
    CHECK(parsed.deliveryId == "dlv_0001");
    CHECK(parsed.claim == std::optional<std::string>("CLM-42"));
    const auto &order = parsed.order;
    CHECK(order.source == "stallcast");
    CHECK(order.actor == "webhook:stallcast");
    CHECK(order.externalId == std::optional<std::string>("SC-1001"));
    CHECK(order.currency == "KRW");
    CHECK(order.paid);
    CHECK(order.buyer.handle == "@딸기맘🍓");
    CHECK(order.buyer.name == "김하늘");
    CHECK(order.buyer.phone == "010-1234-5678");
    CHECK(order.buyer.address == "서울특별시 마포구 월드컵북로 1");
    REQUIRE(order.lines.size() == 2);
    CHECK(order.lines[0].sku == "STRAW-1KG");
    CHECK(order.lines[0].qty == 2);
    CHECK(order.lines[0].unitPrice == 25000);
    CHECK(order.lines[1].sku == "MANGO-BOX");
    CHECK(order.lines[1].unitPrice == 0);
}

TEST_CASE("feed: stallcast payload optional parts")
{
    const std::string minimal = R"({"id":"d","order_id":"o","currency":"usd","paid":false,
        "lines":[{"sku":"A","qty":1000000000,"unit_price":9223372036854775807}]})";
    const ParsedDelivery parsed = parseDelivery(WebhookSource::Stallcast, minimal);
    CHECK_FALSE(parsed.claim);
    CHECK_FALSE(parsed.order.paid);
    CHECK(parsed.order.currency == "USD");
    CHECK(parsed.order.buyer.handle.empty());
    CHECK(parsed.order.lines[0].qty == 1000000000);
    CHECK(parsed.order.lines[0].unitPrice == INT64_MAX);
    // null is the same as absent; unknown fields are ignored (the format may grow).
    const ParsedDelivery withNulls = parseDelivery(
        WebhookSource::Stallcast,
        replaced(kOrder, R"("claim": "CLM-42")", R"("claim": null, "buyer_note": "extra")"));
    CHECK_FALSE(withNulls.claim);
}

TEST_CASE("feed: stallcast payload rejects each malformed field with its name")
{
    struct Case {
        std::string from, to, expected;
    };
    const std::vector<Case> cases = {
        {R"("id": "dlv_0001")", R"("id": "")", "id: must not be empty"},
        {R"("id": "dlv_0001")", R"("id": 17)", "id: must be a string, not a number"},
        {R"("id": "dlv_0001",)", "", "id: is missing"},
        {R"("order_id": "SC-1001")", R"("order_id": "  ")", "order_id: must not be empty"},
        {R"("order_id": "SC-1001")", R"("order_id": ["x"])", "order_id: must be a string, not an array"},
        {R"("currency": "KRW")", R"("currency": "XYZ")", R"(currency: "XYZ" is not a known ISO 4217 currency)"},
        {R"("currency": "KRW")", R"("currency": 410)", "currency: must be a string, not a number"},
        {R"("currency": "KRW",)", "", "currency: is missing"},
        {R"("paid": true)", R"("paid": "yes")", "paid: must be true or false, not a string"},
        {R"("paid": true,)", "", "paid: is missing"},
        {R"("claim": "CLM-42")", R"("claim": 42)", "claim: must be a string, not a number"},
        {R"("handle": "@딸기맘🍓")", R"("handle": 5)", "buyer.handle: must be a string, not a number"},
        {R"("phone": "010-1234-5678")", R"("phone": {})", "buyer.phone: must be a string, not an object"},
        {R"("buyer": {)", R"("buyer": "me", "x": {)", "buyer: must be an object, not a string"},
        {R"("qty": 2)", R"("qty": 0)", "lines[0].qty: must be a positive integer up to 1000000000"},
        {R"("qty": 2)", R"("qty": -1)", "lines[0].qty: must be a positive integer up to 1000000000"},
        {R"("qty": 2)", R"("qty": 1000000001)", "lines[0].qty: must be a positive integer up to 1000000000"},
        {R"("qty": 2)", R"("qty": 2.0)", "lines[0].qty: must be a positive integer up to 1000000000"},
        {R"("qty": 2)", R"("qty": 2.5)", "lines[0].qty: must be a positive integer up to 1000000000"},
        {R"("qty": 2)", R"("qty": 2e0)", "lines[0].qty: must be a positive integer up to 1000000000"},
        {R"("qty": 2)", R"("qty": "2")", "lines[0].qty: must be a positive integer up to 1000000000"},
        {R"("qty": 2, )", "", "lines[0].qty: is missing"},
        {R"("unit_price": 0)", R"("unit_price": -1)", "lines[1].unit_price: must be a non-negative integer in minor units"},
        {R"("unit_price": 0)", R"("unit_price": 0.5)", "lines[1].unit_price: must be a non-negative integer in minor units"},
        {R"("unit_price": 0)", R"("unit_price": "0")", "lines[1].unit_price: must be a non-negative integer in minor units"},
        {R"("unit_price": 0)", R"("unit_price": 9223372036854775808)", "lines[1].unit_price: must be a non-negative integer in minor units"},
        {R"(, "unit_price": 0)", "", "lines[1].unit_price: is missing"},
        {R"("sku": "MANGO-BOX")", R"("sku": "")", "lines[1].sku: must not be empty"},
        {R"("sku": "MANGO-BOX")", R"("sku": null)", "lines[1].sku: is missing"},
        {R"({"sku": "MANGO-BOX", "qty": 1, "unit_price": 0})", "7", "lines[1]: must be an object"},
        {R"("lines": [)", R"("lines": [], "x": [)", "lines: must hold at least one line"},
        {R"("lines": [)", R"("lines": {}, "x": [)", "lines: must be an array, not an object"},
    };
    for (const auto &c : cases) {
        INFO(c.from << " -> " << c.to);
        CHECK(stallcastError(replaced(kOrder, c.from, c.to)) == c.expected);
    }
}

TEST_CASE("feed: stallcast payload limits the number of lines")
{
    std::string lines;
    for (int i = 0; i < 1001; ++i)
        lines += std::string(i ? "," : "") + R"({"sku":"A","qty":1,"unit_price":1})";
    const std::string body =
        R"({"id":"d","order_id":"o","currency":"KRW","paid":true,"lines":[)" + lines + "]}";
    CHECK(stallcastError(body) == "lines: has more than 1000 lines");
}

TEST_CASE("feed: payload errors stay on one line whatever the sender wrote")
{
    const std::string message =
        stallcastError(replaced(kOrder, R"("currency": "KRW")", R"("currency": "K\nR\u0000W")"));
    CHECK(message == R"(currency: "K\x0aR\x00W" is not a known ISO 4217 currency)");
}
