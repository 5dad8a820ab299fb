#include "TestFramework.h"

#include "PayloadErrorText.h"

using namespace stallcast::feed;
using stallcast::test::payloadError;
using stallcast::test::replaced;

namespace {

// Trimmed from a WooCommerce order.created delivery (REST API v3 order shape).
const std::string kOrder = R"({
  "id": 727,
  "parent_id": 0,
  "number": "727",
  "status": "processing",
  "currency": "USD",
  "customer_id": 26,
  "customer_note": "문 앞에 놓아 주세요 🙏",
  "billing": {"first_name": "John", "last_name": "Doe", "company": "",
              "address_1": "969 Market", "address_2": "", "city": "San Francisco",
              "state": "CA", "postcode": "94103", "country": "US",
              "email": "john.doe@example.com", "phone": "(555) 555-5555"},
  "shipping": {"first_name": "지우", "last_name": "박", "address_1": "강남대로 396",
               "address_2": "", "city": "서울", "state": "", "postcode": "06232", "country": "KR"},
  "line_items": [
    {"id": 315, "name": "Woo Single #1", "product_id": 93, "sku": "WOO-1", "quantity": 2,
     "subtotal": "6.00", "total": "6.00", "price": 3},
    {"id": 316, "name": "Ship Your Idea", "product_id": 22, "sku": "WOO-2", "quantity": 1,
     "subtotal": "12.99", "total": "12.99", "price": 12.99}
  ]
})";

std::string wooError(const std::string &body)
{
    return payloadError(WebhookSource::WooCommerce, body);
}

std::int64_t firstUnitPrice(const std::string &body)
{
    return parseDelivery(WebhookSource::WooCommerce, body).order.lines.at(0).unitPrice.value_or(-1);
}

} // namespace

TEST_CASE("feed: woocommerce order.created maps every field")
{
    const ParsedDelivery parsed = parseDelivery(WebhookSource::WooCommerce, kOrder);
    CHECK(parsed.deliveryId.empty());
    const auto &order = parsed.order;
    CHECK(order.source == "woocommerce");
    CHECK(order.actor == "webhook:woocommerce");
    CHECK(order.externalId == std::optional<std::string>("727"));
    CHECK(order.paid);
    CHECK(order.currency == "USD");
    CHECK(order.note == "문 앞에 놓아 주세요 🙏");
    CHECK(order.buyer.handle == "john.doe@example.com");
    CHECK(order.buyer.name == "John Doe");
    CHECK(order.buyer.phone == "(555) 555-5555");
    CHECK(order.buyer.address == "강남대로 396, 서울, 06232, KR");
    REQUIRE(order.lines.size() == 2);
    CHECK(order.lines[0].sku == "WOO-1");
    CHECK(order.lines[0].qty == 2);
    CHECK(order.lines[0].unitPrice == 300);
    CHECK(order.lines[1].unitPrice == 1299);
}

TEST_CASE("feed: woocommerce statuses")
{
    for (const char *status : {"processing", "completed"})
        CHECK(parseDelivery(WebhookSource::WooCommerce,
                            replaced(kOrder, "\"processing\"", std::string("\"") + status + "\""))
                  .order.paid);
    for (const char *status : {"pending", "on-hold"})
        CHECK_FALSE(parseDelivery(WebhookSource::WooCommerce,
                                  replaced(kOrder, "\"processing\"", std::string("\"") + status + "\""))
                        .order.paid);
    CHECK(wooError(replaced(kOrder, "\"processing\"", "\"cancelled\""))
          == R"(status: "cancelled" is not handled (processing, completed, pending, on-hold))");
}

TEST_CASE("feed: woocommerce numeric prices are read from their text, never through double")
{
    const auto withPrice = [](const std::string &price) {
        return replaced(kOrder, R"("price": 3})", "\"price\": " + price + "}");
    };
    CHECK(firstUnitPrice(withPrice("0.1")) == 10);
    CHECK(firstUnitPrice(withPrice("0.30")) == 30);
    CHECK(firstUnitPrice(withPrice("1.15")) == 115);    // 1.15 is 1.149999... as a double
    CHECK(firstUnitPrice(withPrice("8.675")) == 300);   // too precise: the total 6.00 / 2 decides
    CHECK(firstUnitPrice(withPrice("\"4.35\"")) == 435); // a string works too
    CHECK(firstUnitPrice(withPrice("90071992547409.93")) == 9007199254740993); // > 2^53
    // In a zero-decimal currency.
    std::string krw = replaced(kOrder, R"("currency": "USD")", R"("currency": "KRW")");
    krw = replaced(krw, R"("subtotal": "12.99", "total": "12.99", "price": 12.99)",
                   R"("subtotal": "25000", "total": "25000", "price": 25000)");
    krw = replaced(krw, R"("subtotal": "6.00", "total": "6.00", "price": 3)",
                   R"("subtotal": "50000", "total": "50000", "price": 25000)");
    CHECK(firstUnitPrice(krw) == 25000);
}

TEST_CASE("feed: woocommerce price computed as total / quantity falls back to the exact total")
{
    // WooCommerce sends 10.00 for three units as "price": 3.3333333333333335.
    std::string body = replaced(kOrder, R"("quantity": 2,)", R"("quantity": 3,)");
    body = replaced(body, R"("subtotal": "6.00", "total": "6.00", "price": 3)",
                    R"("subtotal": "10.00", "total": "10.00", "price": 3.3333333333333335)");
    CHECK(wooError(body) == "line_items[0].total: 10.00 USD does not divide by quantity 3");
    body = replaced(body, R"("total": "10.00")", R"("total": "9.99")");
    CHECK(firstUnitPrice(body) == 333);
}

TEST_CASE("feed: woocommerce line without price uses total")
{
    const std::string body = replaced(kOrder, R"(, "price": 3})", "}");
    CHECK(firstUnitPrice(body) == 300);
    const std::string neither = replaced(body, R"("subtotal": "6.00", "total": "6.00")", R"("subtotal": "6.00")");
    CHECK(wooError(neither) == "line_items[0].price: is missing (and so is total)");
}

TEST_CASE("feed: woocommerce buyer falls back to the customer id and billing address")
{
    std::string body = replaced(kOrder, R"("email": "john.doe@example.com", )", "");
    body = replaced(body, R"("shipping": {)", R"("shipping": null, "x": {)");
    const auto buyer = parseDelivery(WebhookSource::WooCommerce, body).order.buyer;
    CHECK(buyer.handle == "woocommerce:26");
    CHECK(buyer.address == "969 Market, San Francisco, CA, 94103, US");
}

TEST_CASE("feed: woocommerce repeated or path-like keys cannot smuggle a price")
{
    // The DOM and the number scanner must agree on the number: both take the last of repeated
    // keys.
    const std::string repeated = replaced(kOrder, R"("price": 3})", R"("price": 3, "price": 4})");
    CHECK(firstUnitPrice(repeated) == 400);
    // A key that looks like a path is not mistaken for the nested field.
    std::string pathLike = replaced(kOrder, R"("id": 727,)", R"("line_items[0].price": 99, "id": 727,)");
    CHECK(firstUnitPrice(pathLike) == 300);
    // The same number repeated is not ambiguous.
    const std::string same = replaced(kOrder, R"("price": 3})", R"("price": 3, "price": 3.0})");
    CHECK(parseDelivery(WebhookSource::WooCommerce, same).order.lines[0].unitPrice == 300);
}

TEST_CASE("feed: woocommerce payload rejects each malformed field with its name")
{
    struct Case {
        std::string from, to, expected;
    };
    const std::vector<Case> cases = {
        {R"("id": 727,)", "", "id: is missing"},
        {R"("id": 727,)", R"("id": 7.27,)", "id: must be a positive integer or a string"},
        {R"("status": "processing",)", "", "status: is missing"},
        {R"("currency": "USD")", R"("currency": "")", R"(currency: "" is not a known ISO 4217 currency)"},
        {R"("price": 3})", R"("price": -3})", R"(line_items[0].price: must be a decimal amount like "12.50", not "-3")"},
        {R"("price": 3})", R"("price": 3e2})", R"(line_items[0].price: must be a decimal amount like "12.50", not "3e2")"},
        {R"("price": 3})", R"("price": true})", "line_items[0].price: must be a number or a decimal string"},
        {R"("total": "12.99", "price": 12.99})", R"("price": 12.999})", R"(line_items[1].price: "12.999" has more than 2 decimals for USD)"},
        {R"("total": "6.00", "price": 3})", R"("total": 6})", "line_items[0].total: must be a string, not a number"},
        {R"("sku": "WOO-2")", R"("sku": 7)", "line_items[1].sku: must be a string, not a number"},
        {R"("quantity": 2)", R"("quantity": 1.5)", "line_items[0].quantity: must be a positive integer up to 1000000000"},
        {R"("line_items": [)", R"("line_items": [], "x": [)", "line_items: must hold at least one line"},
        {R"("billing": {)", R"("billing": 1, "x": {)", "billing: must be an object, not a number"},
        {R"("city": "San Francisco")", R"("city": false)", "billing.city: must be a string, not a boolean"},
    };
    for (const auto &c : cases) {
        INFO(c.from << " -> " << c.to);
        CHECK(wooError(replaced(kOrder, c.from, c.to)) == c.expected);
    }
}

TEST_CASE("feed: woocommerce items without a SKU are kept for the order book to flag")
{
    const auto parsed = parseDelivery(WebhookSource::WooCommerce,
                                      replaced(kOrder, R"("sku": "WOO-2")", R"("sku": "")"));
    REQUIRE(parsed.order.lines.size() >= 2);
    CHECK(parsed.order.lines[1].sku.empty());
}
