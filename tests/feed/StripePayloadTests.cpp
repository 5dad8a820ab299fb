#include "TestFramework.h"

#include "PayloadErrorText.h"

using namespace stallcast::feed;
using stallcast::test::payloadError;
using stallcast::test::replaced;

namespace {

const std::string kEvent = R"({
  "id": "evt_1NG8Du2eZvKYlo2CUI79vXWy",
  "object": "event",
  "api_version": "2022-11-15",
  "created": 1686089970,
  "type": "checkout.session.completed",
  "data": {
    "object": {
      "id": "cs_test_a1b2c3",
      "object": "checkout.session",
      "currency": "krw",
      "payment_status": "paid",
      "status": "complete",
      "amount_subtotal": 50000,
      "amount_total": 53000,
      "customer": "cus_9s6XKzkNRiz8i3",
      "metadata": {"sku": "STRAW-1KG", "qty": "2", "claim": "CLM-7"},
      "customer_details": {"email": "sora@example.com", "name": "한소라 🌸",
                           "phone": "+82 10-9876-5432",
                           "address": {"city": "부산", "country": "KR", "line1": "해운대로 1",
                                       "line2": null, "postal_code": "48094", "state": null}}
    }
  }
})";

std::string stripeError(const std::string &body)
{
    return payloadError(WebhookSource::Stripe, body);
}

} // namespace

TEST_CASE("feed: stripe checkout.session.completed maps every field")
{
    const ParsedDelivery parsed = parseDelivery(WebhookSource::Stripe, kEvent);
    CHECK(parsed.deliveryId == "evt_1NG8Du2eZvKYlo2CUI79vXWy");
    CHECK(parsed.claim == std::optional<std::string>("CLM-7"));
    const auto &order = parsed.order;
    CHECK(order.source == "stripe");
    CHECK(order.actor == "webhook:stripe");
    CHECK(order.externalId == std::optional<std::string>("cs_test_a1b2c3"));
    CHECK(order.currency == "KRW");
    CHECK(order.paid);
    CHECK(order.buyer.handle == "sora@example.com");
    CHECK(order.buyer.name == "한소라 🌸");
    CHECK(order.buyer.phone == "+82 10-9876-5432");
    CHECK(order.buyer.address == "해운대로 1, 부산, 48094, KR");
    REQUIRE(order.lines.size() == 1);
    CHECK(order.lines[0].sku == "STRAW-1KG");
    CHECK(order.lines[0].qty == 2);
    CHECK(order.lines[0].unitPrice == 25000); // amount_subtotal 50000 KRW over 2
}

TEST_CASE("feed: stripe single line price from amount_total, only when it divides")
{
    std::string body = replaced(kEvent, R"("amount_subtotal": 50000,)", "");
    CHECK(parseDelivery(WebhookSource::Stripe, body).order.lines[0].unitPrice == 26500);
    body = replaced(body, R"("amount_total": 53000)", R"("amount_total": 53001)");
    CHECK_FALSE(parseDelivery(WebhookSource::Stripe, body).order.lines[0].unitPrice);
    // USD: amounts are cents already.
    body = replaced(kEvent, R"("currency": "krw")", R"("currency": "usd")");
    body = replaced(body, R"("amount_subtotal": 50000)", R"("amount_subtotal": 1998)");
    const auto order = parseDelivery(WebhookSource::Stripe, body).order;
    CHECK(order.currency == "USD");
    CHECK(order.lines[0].unitPrice == 999);
}

TEST_CASE("feed: stripe lines from metadata.lines")
{
    const std::string body = replaced(kEvent, R"("sku": "STRAW-1KG", "qty": "2")",
                                      R"("lines": " SKU1:2, 감귤:1 ,A:B:3", "sku": "ignored")");
    const auto order = parseDelivery(WebhookSource::Stripe, body).order;
    REQUIRE(order.lines.size() == 3);
    CHECK(order.lines[0].sku == "SKU1");
    CHECK(order.lines[0].qty == 2);
    CHECK(order.lines[1].sku == "감귤");
    CHECK(order.lines[1].qty == 1);
    CHECK(order.lines[2].sku == "A:B");
    CHECK(order.lines[2].qty == 3);
    for (const auto &line : order.lines)
        CHECK_FALSE(line.unitPrice); // several lines: the catalogue price
}

TEST_CASE("feed: stripe qty defaults to one and payment statuses")
{
    const std::string one = replaced(kEvent, R"(, "qty": "2")", "");
    CHECK(parseDelivery(WebhookSource::Stripe, one).order.lines[0].qty == 1);
    CHECK_FALSE(parseDelivery(WebhookSource::Stripe, replaced(kEvent, R"("paid")", R"("unpaid")")).order.paid);
    CHECK(parseDelivery(WebhookSource::Stripe, replaced(kEvent, R"("paid")", R"("no_payment_required")")).order.paid);
}

TEST_CASE("feed: stripe events other than checkout.session.completed are not handled")
{
    CHECK(stripeError(replaced(kEvent, "checkout.session.completed", "payment_intent.succeeded"))
          == R"(type: "payment_intent.succeeded" is not handled)");
    CHECK(stripeError(replaced(kEvent, "checkout.session.completed", "checkout.session.expired"))
          == R"(type: "checkout.session.expired" is not handled)");
}

TEST_CASE("feed: stripe payload rejects each malformed field with its name")
{
    struct Case {
        std::string from, to, expected;
    };
    const std::vector<Case> cases = {
        {R"("id": "evt_1NG8Du2eZvKYlo2CUI79vXWy",)", "", "id: is missing"},
        {R"("type": "checkout.session.completed",)", "", "type: is missing"},
        {R"("data": {)", R"("data": [], "x": {)", "data: must be an object, not an array"},
        {R"("id": "cs_test_a1b2c3",)", R"("id": "",)", "data.object.id: must not be empty"},
        {R"("currency": "krw")", R"("currency": "kr")", R"(data.object.currency: "kr" is not a known ISO 4217 currency)"},
        {R"("payment_status": "paid")", R"("payment_status": "maybe")", R"(data.object.payment_status: "maybe" is not handled (paid, unpaid, no_payment_required))"},
        {R"("amount_total": 53000)", R"("amount_total": 530.00)", "data.object.amount_total: must be a non-negative integer in minor units"},
        {R"("amount_total": 53000)", R"("amount_total": -1)", "data.object.amount_total: must be a non-negative integer in minor units"},
        {R"("amount_total": 53000,)", "", "data.object.amount_total: is missing"},
        {R"("amount_subtotal": 50000)", R"("amount_subtotal": "50000")", "data.object.amount_subtotal: must be a non-negative integer in minor units"},
        {R"("qty": "2")", R"("qty": "0")", R"(data.object.metadata.qty: must be a positive integer up to 1000000000, not "0")"},
        {R"("qty": "2")", R"("qty": "2.0")", R"(data.object.metadata.qty: must be a positive integer up to 1000000000, not "2.0")"},
        {R"("qty": "2")", R"("qty": "-2")", R"(data.object.metadata.qty: must be a positive integer up to 1000000000, not "-2")"},
        {R"("qty": "2")", R"("qty": "99999999999")", R"(data.object.metadata.qty: must be a positive integer up to 1000000000, not "99999999999")"},
        {R"("qty": "2")", R"("qty": 2)", "data.object.metadata.qty: must be a string, not a number"},
        {R"("sku": "STRAW-1KG", )", "", "data.object.metadata.sku: is missing (and so is lines)"},
        {R"("sku": "STRAW-1KG")", R"("sku": " ")", "data.object.metadata.sku: must not be empty"},
        {R"("metadata": {"sku": "STRAW-1KG", "qty": "2", "claim": "CLM-7"},)", "", "data.object.metadata: is missing (lines or sku)"},
        {R"("sku": "STRAW-1KG")", R"("lines": "A:1,,B:2")", R"(data.object.metadata.lines: item 2 "" must be SKU:QTY)"},
        {R"("sku": "STRAW-1KG")", R"("lines": "A:1,B")", R"(data.object.metadata.lines: item 2 "B" must be SKU:QTY)"},
        {R"("sku": "STRAW-1KG")", R"("lines": ":4")", R"(data.object.metadata.lines: item 1 ":4" must be SKU:QTY)"},
        {R"("sku": "STRAW-1KG")", R"("lines": "A:x")", R"(data.object.metadata.lines item 1 qty: must be a positive integer up to 1000000000, not "x")"},
        {R"("email": "sora@example.com")", R"("email": 5)", "data.object.customer_details.email: must be a string, not a number"},
        {R"("city": "부산")", R"("city": [])", "data.object.customer_details.address.city: must be a string, not an array"},
    };
    for (const auto &c : cases) {
        INFO(c.from << " -> " << c.to);
        CHECK(stripeError(replaced(kEvent, c.from, c.to)) == c.expected);
    }
}
