// Payloads, duplicates and limits at the HTTP boundary.
#include "ReceiverHarness.h"
#include "StallcastDelivery.h"
#include "TestFramework.h"

#include <QJsonArray>

using namespace stallcast;
using namespace stallcast::test;

TEST_CASE("feed http: a replayed delivery answers 200 duplicate and records one order",
          "[feed_http]")
{
    ReceiverHarness h;
    h.addProduct("TANG-5KG", 25000, 10);
    auto client = h.client();
    const auto body = stallcastBody("dlv-1", "shop-1001", "TANG-5KG", 3, 25000);
    const auto first = postSigned(*client, body, kStallcastSecret, h.nowSeconds());
    REQUIRE(first.status == 201);
    // The same delivery again (a retry, or a replay inside the tolerance), and a new delivery
    // id for the same shop order: both are the order already recorded.
    const auto replay = postSigned(*client, body, kStallcastSecret, h.nowSeconds());
    CHECK(replay.status == 200);
    CHECK(replay.json.value("duplicate").toBool());
    CHECK(replay.json.value("order_id").toInteger() == first.json.value("order_id").toInteger());
    const auto redelivered = stallcastBody("dlv-2", "shop-1001", "TANG-5KG", 3, 25000);
    CHECK(postSigned(*client, redelivered, kStallcastSecret, h.nowSeconds() + 5).status == 200);
    CHECK(h.orders().size() == 1);
    CHECK(h.product("TANG-5KG").onHand == 7);
}

TEST_CASE("feed http: malformed JSON is refused with 400 and a one-line reason", "[feed_http]")
{
    ReceiverHarness h;
    h.addProduct("TANG-5KG", 25000, 10);
    auto client = h.client();
    for (const std::string &body : {std::string("{\"id\": \"dlv-1\", \"order_id\": "),
                                   std::string("[1, 2, 3]"),
                                   stallcastBody("dlv-1", "shop-1", "TANG-5KG", 0, 25000)}) {
        const auto a = postSigned(*client, body, kStallcastSecret, h.nowSeconds());
        CHECK(a.status == 400);
        const auto reason = a.json.value("error").toString().toStdString();
        CHECK(!reason.empty());
        CHECK(reason.find('\n') == std::string::npos);
    }
    CHECK(h.orders().empty());
}

TEST_CASE("feed http: an oversized body is refused with 413", "[feed_http]")
{
    feed::ReceiverOptions options;
    options.maxBodyBytes = 4096;
    ReceiverHarness h(options);
    h.addProduct("TANG-5KG", 25000, 10);
    auto client = h.client();
    std::string body = stallcastBody("dlv-1", "shop-1", "TANG-5KG", 1, 25000);
    body.insert(1, "\"padding\":\"" + std::string(5000, 'x') + "\",");
    const auto a = postSigned(*client, body, kStallcastSecret, h.nowSeconds());
    CHECK(a.status == 413);
    CHECK(h.orders().empty());
    // A body under the limit still goes through (on a new connection: 413 may close it).
    auto again = h.client();
    const auto small = stallcastBody("dlv-2", "shop-2", "TANG-5KG", 1, 25000);
    CHECK(postSigned(*again, small, kStallcastSecret, h.nowSeconds()).status == 201);
}

TEST_CASE("feed http: an unknown SKU is accepted and flagged unknown_sku", "[feed_http]")
{
    ReceiverHarness h;
    h.addProduct("TANG-5KG", 25000, 10);
    auto client = h.client();
    const auto body = stallcastBody("dlv-1", "shop-1", "NO-SUCH-SKU", 1, 9900);
    const auto a = postSigned(*client, body, kStallcastSecret, h.nowSeconds());
    REQUIRE(a.status == 201);
    CHECK(a.json.value("flags").toArray().contains("unknown_sku"));
    const auto all = h.orders();
    REQUIRE(all.size() == 1);
    CHECK(all[0].has(orders::OrderFlag::UnknownSku));
    CHECK(all[0].status == orders::OrderStatus::Paid);
}

TEST_CASE("feed http: an unpaid order without stock is refused with 422", "[feed_http]")
{
    ReceiverHarness h;
    h.addProduct("TANG-5KG", 25000, 1);
    auto client = h.client();
    const auto body = stallcastBody("dlv-1", "shop-1", "TANG-5KG", 2, 25000, /*paid=*/false);
    const auto a = postSigned(*client, body, kStallcastSecret, h.nowSeconds());
    CHECK(a.status == 422);
    CHECK(!a.json.value("error").toString().isEmpty());
    CHECK(h.orders().empty());
    CHECK(h.product("TANG-5KG").onHand == 1);
}

TEST_CASE("feed http: an unknown endpoint answers 404 with a JSON reason", "[feed_http]")
{
    ReceiverHarness h;
    auto client = h.client();
    const auto a = post(*client, "/webhooks/etsy", "{}", {});
    CHECK(a.status == 404);
    CHECK(!a.json.value("error").toString().isEmpty());
}
