#include "TestFramework.h"

#include "PayloadErrorText.h"

using namespace stallcast::feed;
using stallcast::test::payloadError;
using stallcast::test::replaced;

namespace {

// Trimmed from a Shopify orders/create delivery; the id is above 2^53 on purpose.
const std::string kOrder = R"({
  "id": 820982911946154508,
  "admin_graphql_api_id": "gid://shopify/Order/820982911946154508",
  "email": "jon@example.com",
  "name": "#9999",
  "currency": "USD",
  "financial_status": "paid",
  "total_price": "403.00",
  "line_items": [
    {"id": 866550311766439020, "sku": "IPOD2008RED", "quantity": 1, "price": "199.00",
     "title": "IPod Nano - 8GB"},
    {"id": 141249953214522974, "sku": "SNACK-🍪", "quantity": 3, "price": "68.01"}
  ],
  "customer": {"id": 115310627314723954, "email": "john@example.com", "first_name": "민준",
               "last_name": "이", "phone": "+821012345678"},
  "shipping_address": {"first_name": "Steve", "last_name": "Shipper", "name": "Steve Shipper",
                       "address1": "123 Shipping Street", "address2": "", "city": "Shippington",
                       "province": "Kentucky", "zip": "40003", "country": "United States",
                       "phone": "555-555-SHIP"}
})";

std::string shopifyError(const std::string &body)
{
    return payloadError(WebhookSource::Shopify, body);
}

} // namespace

TEST_CASE("feed: shopify orders/create maps every field")
{
    const ParsedDelivery parsed = parseDelivery(WebhookSource::Shopify, kOrder);
    CHECK(parsed.deliveryId.empty()); // X-Shopify-Webhook-Id: the receiver's job
    CHECK_FALSE(parsed.claim);
    const auto &order = parsed.order;
    CHECK(order.source == "shopify");
    CHECK(order.actor == "webhook:shopify");
    CHECK(order.externalId == std::optional<std::string>("820982911946154508"));
    CHECK(order.currency == "USD");
    CHECK(order.paid);
    CHECK(order.note == "Shopify order #9999");
    CHECK(order.buyer.handle == "john@example.com");
    CHECK(order.buyer.name == "민준 이");
    CHECK(order.buyer.phone == "+821012345678");
    CHECK(order.buyer.address
          == "123 Shipping Street, Shippington, Kentucky, 40003, United States");
    REQUIRE(order.lines.size() == 2);
    CHECK(order.lines[0].sku == "IPOD2008RED");
    CHECK(order.lines[0].qty == 1);
    CHECK(order.lines[0].unitPrice == 19900);
    CHECK(order.lines[1].sku == "SNACK-🍪");
    CHECK(order.lines[1].qty == 3);
    CHECK(order.lines[1].unitPrice == 6801);
}

TEST_CASE("feed: shopify prices convert exactly in the order currency")
{
    struct Case {
        std::string currency, price;
        std::int64_t minor;
    };
    for (const auto &c : std::vector<Case>{{"USD", "0.10", 10},
                                           {"USD", "0.1", 10},
                                           {"USD", "19.99", 1999},
                                           {"USD", "1234567.89", 123456789},
                                           {"KRW", "25000", 25000},
                                           {"KRW", "25000.", -1},
                                           {"JPY", "1980", 1980},
                                           {"BHD", "1.234", 1234}}) {
        INFO(c.currency << " " << c.price);
        std::string body = replaced(kOrder, R"("currency": "USD")", "\"currency\": \"" + c.currency + "\"");
        body = replaced(body, R"("price": "199.00")", "\"price\": \"" + c.price + "\"");
        body = replaced(body, R"("price": "68.01")", R"("price": "68")");
        if (c.minor < 0) {
            CHECK(shopifyError(body).rfind("line_items[0].price: ", 0) == 0);
            continue;
        }
        CHECK(parseDelivery(WebhookSource::Shopify, body).order.lines[0].unitPrice == c.minor);
    }
}

TEST_CASE("feed: shopify buyer falls back to customer id, order email and shipping name")
{
    std::string body = replaced(kOrder, R"("email": "john@example.com", )", "");
    CHECK(parseDelivery(WebhookSource::Shopify, body).order.buyer.handle == "115310627314723954");
    body = replaced(kOrder, R"("customer": {)", R"("customer": null, "x": {)");
    const auto order = parseDelivery(WebhookSource::Shopify, body).order;
    CHECK(order.buyer.handle == "jon@example.com");
    CHECK(order.buyer.name == "Steve Shipper");
    CHECK(order.buyer.phone == "555-555-SHIP");
}

TEST_CASE("feed: shopify financial status other than paid is unpaid")
{
    for (const char *status : {"pending", "authorized", "partially_paid", "refunded"}) {
        INFO(status);
        const std::string body =
            replaced(kOrder, R"("financial_status": "paid")", std::string("\"financial_status\": \"") + status + "\"");
        CHECK_FALSE(parseDelivery(WebhookSource::Shopify, body).order.paid);
    }
}

TEST_CASE("feed: shopify order id may be a string")
{
    const std::string body = replaced(kOrder, R"("id": 820982911946154508,)", R"("id": "gid-1",)");
    CHECK(parseDelivery(WebhookSource::Shopify, body).order.externalId == std::optional<std::string>("gid-1"));
}

TEST_CASE("feed: shopify payload rejects each malformed field with its name")
{
    struct Case {
        std::string from, to, expected;
    };
    const std::vector<Case> cases = {
        {R"("id": 820982911946154508,)", "", "id: is missing"},
        {R"("id": 820982911946154508,)", R"("id": 8.5,)", "id: must be a positive integer or a string"},
        {R"("id": 820982911946154508,)", R"("id": -3,)", "id: must be a positive integer or a string"},
        {R"("id": 820982911946154508,)", R"("id": "",)", "id: must not be empty"},
        {R"("currency": "USD")", R"("currency": "usdollar")", R"(currency: "usdollar" is not a known ISO 4217 currency)"},
        {R"("financial_status": "paid")", R"("financial_status": true)", "financial_status: must be a string, not a boolean"},
        {R"("price": "199.00")", R"("price": "199.001")", R"(line_items[0].price: "199.001" has more than 2 decimals for USD)"},
        {R"("price": "199.00")", R"("price": 199.00)", "line_items[0].price: must be a string, not a number"},
        {R"("price": "199.00")", R"("price": "-1.00")", R"(line_items[0].price: must be a decimal amount like "12.50", not "-1.00")"},
        {R"("price": "199.00")", R"("price": "1e3")", R"(line_items[0].price: must be a decimal amount like "12.50", not "1e3")"},
        {R"("price": "199.00")", R"("price": "1,000.00")", R"(line_items[0].price: must be a decimal amount like "12.50", not "1,000.00")"},
        {R"("price": "199.00")", R"("price": " 199.00")", R"(line_items[0].price: must be a decimal amount like "12.50", not " 199.00")"},
        {R"("price": "199.00")", R"("price": "")", R"(line_items[0].price: must be a decimal amount like "12.50", not "")"},
        {R"("price": "199.00")", R"("price": "99999999999999999999.00")", R"(line_items[0].price: )"},
        {R"("sku": "SNACK-🍪")", R"("sku": 7)", "line_items[1].sku: must be a string, not a number"},
        {R"("quantity": 3)", R"("quantity": 0)", "line_items[1].quantity: must be a positive integer up to 1000000000"},
        {R"("quantity": 3)", R"("quantity": "3")", "line_items[1].quantity: must be a positive integer up to 1000000000"},
        {R"("line_items": [)", R"("line_items": [], "x": [)", "line_items: must hold at least one line"},
        {R"("line_items": [)", R"("line_items": "none", "x": [)", "line_items: must be an array, not a string"},
        {R"("customer": {)", R"("customer": [], "x": {)", "customer: must be an object, not an array"},
        {R"("first_name": "민준")", R"("first_name": 1)", "customer.first_name: must be a string, not a number"},
        {R"("zip": "40003")", R"("zip": 40003)", "shipping_address.zip: must be a string, not a number"},
    };
    for (const auto &c : cases) {
        INFO(c.from << " -> " << c.to);
        const std::string message = shopifyError(replaced(kOrder, c.from, c.to));
        CHECK(message.rfind(c.expected, 0) == 0);
        CHECK((c.expected.back() == ' ' || message == c.expected));
    }
}

TEST_CASE("feed: shopify custom items without a SKU are kept for the order book to flag")
{
    for (const std::string to : {R"("sku": "")", R"("sku": null)"}) {
        const auto parsed = parseDelivery(WebhookSource::Shopify,
                                          replaced(kOrder, R"("sku": "SNACK-🍪")", to));
        REQUIRE(parsed.order.lines.size() == 2);
        CHECK(parsed.order.lines[1].sku.empty());
        CHECK(parsed.order.lines[1].qty == 3);
    }
}
