// Signatures at the HTTP boundary: only a correctly signed, fresh delivery reaches the order book.
#include "ReceiverHarness.h"
#include "StallcastDelivery.h"
#include "TestFramework.h"

#include <QJsonArray>

using namespace stallcast;
using namespace stallcast::test;

namespace {

std::string errorOf(const Answer &a)
{
    return a.json.value("error").toString().toStdString();
}

} // namespace

TEST_CASE("feed http: a signed Stallcast delivery is recorded before the 201", "[feed_http]")
{
    ReceiverHarness h;
    h.addProduct("TANG-5KG", 25000, 10);
    auto client = h.client();
    const auto body = stallcastBody("dlv-1", "shop-1001", "TANG-5KG", 2, 25000);
    const auto a = postSigned(*client, body, kStallcastSecret, h.nowSeconds());
    REQUIRE(a.status == 201);
    CHECK(a.json.value("status").toString() == "paid");
    CHECK(a.json.value("duplicate").toBool() == false);
    CHECK(a.json.value("flags").toArray().isEmpty());
    // The 201 came after the commit: a fresh read sees the order and the stock it took.
    const auto all = h.orders();
    REQUIRE(all.size() == 1);
    CHECK(all[0].id == a.json.value("order_id").toInteger());
    CHECK(all[0].source == "stallcast");
    CHECK(all[0].externalId == "shop-1001");
    CHECK(all[0].total == 50000);
    CHECK(h.product("TANG-5KG").onHand == 8);
}

TEST_CASE("feed http: a tampered body is refused with 401", "[feed_http]")
{
    ReceiverHarness h;
    h.addProduct("TANG-5KG", 25000, 10);
    auto client = h.client();
    const auto body = stallcastBody("dlv-1", "shop-1001", "TANG-5KG", 1, 25000);
    const auto signature = feed::stallcastSignatureHeader(kStallcastSecret, h.nowSeconds(), body);
    auto tampered = body;
    tampered.replace(tampered.find("\"qty\":1"), 7, "\"qty\":9");
    const auto a = post(*client, "/webhooks/stallcast", tampered,
                        {{"Stallcast-Signature", signature}});
    CHECK(a.status == 401);
    CHECK(errorOf(a).find("does not match") != std::string::npos);
    CHECK(h.orders().empty());
}

TEST_CASE("feed http: a delivery signed with a wrong secret is refused with 401", "[feed_http]")
{
    ReceiverHarness h;
    h.addProduct("TANG-5KG", 25000, 10);
    auto client = h.client();
    const auto body = stallcastBody("dlv-1", "shop-1001", "TANG-5KG", 1, 25000);
    const auto a = postSigned(*client, body, "whsec_not_ours", h.nowSeconds());
    CHECK(a.status == 401);
    // The reason never repeats a secret, ours or the sender's.
    CHECK(a.body.find(kStallcastSecret) == std::string::npos);
    CHECK(a.body.find("whsec_not_ours") == std::string::npos);
    CHECK(h.orders().empty());
}

TEST_CASE("feed http: expired and future timestamps are refused with 401", "[feed_http]")
{
    ReceiverHarness h;
    h.addProduct("TANG-5KG", 25000, 10);
    auto client = h.client();
    const auto now = h.nowSeconds();
    const auto tolerance = feed::kSignatureToleranceSeconds;
    const auto old = stallcastBody("dlv-old", "shop-1", "TANG-5KG", 1, 25000);
    const auto a = postSigned(*client, old, kStallcastSecret, now - tolerance - 1);
    CHECK(a.status == 401);
    CHECK(errorOf(a).find("300 s") != std::string::npos);
    const auto future = stallcastBody("dlv-future", "shop-2", "TANG-5KG", 1, 25000);
    CHECK(postSigned(*client, future, kStallcastSecret, now + tolerance + 1).status == 401);
    CHECK(h.orders().empty());
    // Just inside the tolerance on either side is accepted.
    const auto edge = stallcastBody("dlv-edge", "shop-3", "TANG-5KG", 1, 25000);
    CHECK(postSigned(*client, edge, kStallcastSecret, now - tolerance + 1).status == 201);
    const auto ahead = stallcastBody("dlv-ahead", "shop-4", "TANG-5KG", 1, 25000);
    CHECK(postSigned(*client, ahead, kStallcastSecret, now + tolerance - 1).status == 201);
    CHECK(h.orders().size() == 2);
}

TEST_CASE("feed http: a missing or malformed signature, or a source without a secret, is 401",
          "[feed_http]")
{
    ReceiverHarness h;
    h.addProduct("TANG-5KG", 25000, 10);
    auto client = h.client();
    const auto body = stallcastBody("dlv-1", "shop-1001", "TANG-5KG", 1, 25000);
    const auto missing = post(*client, "/webhooks/stallcast", body, {});
    CHECK(missing.status == 401);
    CHECK(errorOf(missing) == "missing Stallcast-Signature header");
    const auto malformed =
        post(*client, "/webhooks/stallcast", body, {{"Stallcast-Signature", "v1=zz,t=soon"}});
    CHECK(malformed.status == 401);
    CHECK(errorOf(malformed) == "malformed Stallcast-Signature header");
    // No Shopify secret is configured in the harness.
    const auto shopify =
        post(*client, "/webhooks/shopify", "{}", {{"X-Shopify-Hmac-Sha256", "AAAA"}});
    CHECK(shopify.status == 401);
    CHECK(errorOf(shopify).find("no secret is configured for shopify") != std::string::npos);
    CHECK(h.orders().empty());
}

TEST_CASE("feed http: both secrets are accepted during rotation", "[feed_http]")
{
    ReceiverHarness h({}, {kRotatedSecret});
    h.addProduct("TANG-5KG", 25000, 10);
    auto client = h.client();
    const auto first = stallcastBody("dlv-1", "shop-1", "TANG-5KG", 1, 25000);
    CHECK(postSigned(*client, first, kStallcastSecret, h.nowSeconds()).status == 201);
    const auto second = stallcastBody("dlv-2", "shop-2", "TANG-5KG", 1, 25000);
    CHECK(postSigned(*client, second, kRotatedSecret, h.nowSeconds()).status == 201);
    const auto other = stallcastBody("dlv-3", "shop-3", "TANG-5KG", 1, 25000);
    CHECK(postSigned(*client, other, "whsec_retired", h.nowSeconds()).status == 401);
    CHECK(h.orders().size() == 2);
}
