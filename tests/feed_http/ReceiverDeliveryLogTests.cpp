// Delivery ids and claim codes at the HTTP boundary: a retried delivery is known by its delivery
// id as well as by the shop's order id, and a paid order carrying a claim code pays that hold.
#include "ReceiverHarness.h"
#include "StallcastDelivery.h"
#include "TestFramework.h"

#include "feed/ByteEncoding.h"
#include "feed/HmacSha256.h"
#include "orders/HoldBook.h"

#include <QJsonArray>

using namespace stallcast;
using namespace stallcast::test;

namespace {

std::string shopifyOrder(const std::string &orderId, const std::string &sku, int qty)
{
    return "{\"id\":" + orderId + ",\"currency\":\"KRW\",\"financial_status\":\"paid\","
           "\"email\":\"buyer@example.com\",\"line_items\":[{\"sku\":\"" + sku
           + "\",\"quantity\":" + std::to_string(qty) + ",\"price\":\"25000\"}]}";
}

Answer postShopify(httplib::ClientImpl &client, const std::string &body,
                   const std::string &webhookId)
{
    const auto digest = feed::hmacSha256(kShopifySecret, body);
    const std::string signature = feed::encodeBase64(
        std::string_view(reinterpret_cast<const char *>(digest.data()), digest.size()));
    return post(client, "/webhooks/shopify", body,
                {{"X-Shopify-Hmac-Sha256", signature},
                 {"X-Shopify-Webhook-Id", webhookId},
                 {"X-Shopify-Topic", "orders/create"}});
}

std::string stallcastClaimBody(const std::string &deliveryId, const std::string &orderId,
                               const std::string &sku, int qty, const std::string &claim)
{
    auto body = stallcastBody(deliveryId, orderId, sku, qty, 25000);
    body.insert(body.size() - 1, ",\"claim\":\"" + claim + "\"");
    return body;
}

} // namespace

TEST_CASE("feed http: shopify retries are recognised by X-Shopify-Webhook-Id", "[feed_http]")
{
    ReceiverHarness h({}, {}, /*acceptShopify=*/true);
    h.addProduct("TANG-5KG", 25000, 10);
    auto client = h.client();
    const auto first = postShopify(*client, shopifyOrder("5001", "TANG-5KG", 2), "wh-abc");
    REQUIRE(first.status == 201);
    // The same webhook id again, even with a body that names another order (a sender that
    // rebuilt its payload on retry): it is the delivery already recorded.
    const auto retry = postShopify(*client, shopifyOrder("5002", "TANG-5KG", 2), "wh-abc");
    CHECK(retry.status == 200);
    CHECK(retry.json.value("duplicate").toBool());
    CHECK(retry.json.value("order_id").toInteger() == first.json.value("order_id").toInteger());
    // A new webhook id for the same shop order: a duplicate by the order id.
    const auto again = postShopify(*client, shopifyOrder("5001", "TANG-5KG", 2), "wh-def");
    CHECK(again.status == 200);
    // A new webhook id and a new order: a new order.
    CHECK(postShopify(*client, shopifyOrder("5003", "TANG-5KG", 1), "wh-ghi").status == 201);
    CHECK(h.orders().size() == 2);
    CHECK(h.product("TANG-5KG").onHand == 7);
}

TEST_CASE("feed http: a paid order with a claim code pays the hold it names", "[feed_http]")
{
    ReceiverHarness h;
    h.addProduct("A1", 25000, 2);
    orders::HoldBook holds(*h.db);
    const auto claimed = holds.claim({"A1", "minji", 2, 10 * 60 * 1000, "CLM-7F3Q", true});
    REQUIRE(!claimed.waitlisted);
    REQUIRE(h.product("A1").available() == 0); // everything is held for minji

    auto client = h.client();
    const auto paid = postSigned(
        *client, stallcastClaimBody("dlv-1", "shop-1", "A1", 2, "CLM-7F3Q"), kStallcastSecret,
        h.nowSeconds());
    REQUIRE(paid.status == 201);
    // The reservation became the order: not oversold, stock taken once.
    CHECK(paid.json.value("flags").toArray().isEmpty());
    const auto hold = holds.find(claimed.hold.id);
    REQUIRE(hold);
    CHECK(hold->status == orders::HoldStatus::Converted);
    CHECK(hold->orderId == paid.json.value("order_id").toInteger());
    const auto product = h.product("A1");
    CHECK(product.onHand == 0);
    CHECK(product.held == 0);
    CHECK(h.ledgerBalanced());

    // The payment retried under a new delivery id: the same order, nothing moves.
    const auto retry = postSigned(
        *client, stallcastClaimBody("dlv-2", "shop-1", "A1", 2, "CLM-7F3Q"), kStallcastSecret,
        h.nowSeconds());
    CHECK(retry.status == 200);
    CHECK(h.orders().size() == 1);
}

TEST_CASE("feed http: a claim code nobody holds is an ordinary paid order", "[feed_http]")
{
    ReceiverHarness h;
    h.addProduct("A1", 25000, 1);
    orders::HoldBook holds(*h.db);
    holds.claim({"A1", "minji", 1, 10 * 60 * 1000, "CLM-MINJI", true});
    auto client = h.client();
    // Somebody else pays with an unknown code while minji holds the last unit: the payment is
    // recorded (paid orders are never dropped) and flagged oversold; minji's hold stays.
    const auto paid = postSigned(
        *client, stallcastClaimBody("dlv-1", "shop-1", "A1", 1, "CLM-NOBODY"), kStallcastSecret,
        h.nowSeconds());
    REQUIRE(paid.status == 201);
    CHECK(paid.json.value("flags").toArray().contains(QString("oversold")));
    CHECK(holds.open("A1").size() == 1);
}
