#include "TestFramework.h"

#include "SignedDelivery.h"
#include "feed/WebhookSignature.h"

using namespace stallcast::feed;
using namespace stallcast::test;

namespace {

constexpr std::int64_t kNow = 1'700'000'000;
const std::string kBody = R"({"id":"d1","order_id":"o1","currency":"KRW"})";

SecretSet secretsFor(WebhookSource source, std::initializer_list<std::string> values)
{
    SecretSet secrets;
    for (const auto &value : values)
        secrets.add(source, value);
    return secrets;
}

const char *headerOf(WebhookSource source)
{
    switch (source) {
    case WebhookSource::Stallcast: return "stallcast-signature";
    case WebhookSource::Stripe: return "stripe-signature";
    case WebhookSource::Shopify: return "x-shopify-hmac-sha256";
    case WebhookSource::WooCommerce: return "x-wc-webhook-signature";
    }
    return "";
}

Delivery signedBy(WebhookSource source, const std::string &secret, std::int64_t t = kNow,
                  const std::string &body = kBody)
{
    switch (source) {
    case WebhookSource::Stallcast: return stallcastDelivery(secret, t, body);
    case WebhookSource::Stripe: return stripeDelivery(secret, t, body);
    case WebhookSource::Shopify: return shopifyDelivery(secret, body);
    case WebhookSource::WooCommerce: return wooCommerceDelivery(secret, body);
    }
    return {};
}

} // namespace

TEST_CASE("feed: every scheme accepts a valid signature and rejects tampering")
{
    for (auto source : {WebhookSource::Stallcast, WebhookSource::Stripe, WebhookSource::Shopify,
                        WebhookSource::WooCommerce}) {
        INFO(toString(source));
        const auto secrets = secretsFor(source, {"whsec_current"});
        Delivery delivery = signedBy(source, "whsec_current");
        CHECK(checkSignature(delivery, secrets, kNow) == SignatureCheck::Valid);

        Delivery tampered = delivery;
        tampered.body[5] = 'X';
        CHECK(checkSignature(tampered, secrets, kNow) == SignatureCheck::Mismatch);

        Delivery extra = delivery;
        extra.body += " ";
        CHECK(checkSignature(extra, secrets, kNow) == SignatureCheck::Mismatch);

        CHECK(checkSignature(signedBy(source, "whsec_other"), secrets, kNow)
              == SignatureCheck::Mismatch);
    }
}

TEST_CASE("feed: a second active secret is accepted during rotation")
{
    for (auto source : {WebhookSource::Stallcast, WebhookSource::Stripe, WebhookSource::Shopify,
                        WebhookSource::WooCommerce}) {
        INFO(toString(source));
        const auto secrets = secretsFor(source, {"old-secret", "new-secret"});
        CHECK(checkSignature(signedBy(source, "old-secret"), secrets, kNow) == SignatureCheck::Valid);
        CHECK(checkSignature(signedBy(source, "new-secret"), secrets, kNow) == SignatureCheck::Valid);
        CHECK(checkSignature(signedBy(source, "retired"), secrets, kNow)
              == SignatureCheck::Mismatch);
    }
}

TEST_CASE("feed: a source without secrets accepts nothing")
{
    SecretSet none;
    none.add(WebhookSource::Shopify, "shopify-only");
    CHECK(checkSignature(signedBy(WebhookSource::Stallcast, "shopify-only"), none, kNow)
          == SignatureCheck::Mismatch);
}

TEST_CASE("feed: missing signature headers")
{
    for (auto source : {WebhookSource::Stallcast, WebhookSource::Stripe, WebhookSource::Shopify,
                        WebhookSource::WooCommerce}) {
        INFO(toString(source));
        const auto secrets = secretsFor(source, {"s"});
        Delivery delivery = signedBy(source, "s");
        delivery.headers.clear();
        CHECK(checkSignature(delivery, secrets, kNow) == SignatureCheck::Missing);
        delivery.headers[headerOf(source)] = "  ";
        CHECK(checkSignature(delivery, secrets, kNow) == SignatureCheck::Missing);
        // Another shop's header is not this one's.
        Delivery wrongHeader = signedBy(source, "s");
        const std::string value = wrongHeader.headers.begin()->second;
        wrongHeader.headers.clear();
        wrongHeader.headers[source == WebhookSource::Shopify ? "x-wc-webhook-signature"
                                                             : "x-shopify-hmac-sha256"] = value;
        CHECK(checkSignature(wrongHeader, secrets, kNow) == SignatureCheck::Missing);
    }
}

TEST_CASE("feed: malformed signature headers")
{
    for (auto source : {WebhookSource::Stallcast, WebhookSource::Stripe, WebhookSource::Shopify,
                        WebhookSource::WooCommerce}) {
        INFO(toString(source));
        const auto secrets = secretsFor(source, {"s"});
        for (const std::string junk : {"garbage", "t=abc,v1=00", "sha256=abcdef", "%%%%",
                                       "dXEH6g6yUJ/CESIczphLijdXC211hsIsRvQ3nIsEPh==", // 31 bytes
                                       "dXEH6g6yUJ/CESIczphLijdXC211hsIsRvQ3nIsEPhc"}) {
            INFO(junk);
            Delivery delivery = signedBy(source, "s");
            delivery.headers[headerOf(source)] = junk;
            CHECK(checkSignature(delivery, secrets, kNow) == SignatureCheck::Malformed);
        }
    }
}

TEST_CASE("feed: body-only schemes tolerate surrounding spaces in the header")
{
    const auto secrets = secretsFor(WebhookSource::Shopify, {"s"});
    Delivery delivery = shopifyDelivery("s", kBody);
    delivery.headers["x-shopify-hmac-sha256"] = " " + delivery.headers["x-shopify-hmac-sha256"] + "\t";
    CHECK(checkSignature(delivery, secrets, kNow) == SignatureCheck::Valid);
}

TEST_CASE("feed: timestamped schemes reject expired and future timestamps")
{
    for (auto source : {WebhookSource::Stallcast, WebhookSource::Stripe}) {
        INFO(toString(source));
        const auto secrets = secretsFor(source, {"s"});
        CHECK(checkSignature(signedBy(source, "s", kNow - 300), secrets, kNow) == SignatureCheck::Valid);
        CHECK(checkSignature(signedBy(source, "s", kNow + 300), secrets, kNow) == SignatureCheck::Valid);
        CHECK(checkSignature(signedBy(source, "s", kNow - 301), secrets, kNow) == SignatureCheck::Expired);
        CHECK(checkSignature(signedBy(source, "s", kNow + 301), secrets, kNow) == SignatureCheck::Expired);
        CHECK(checkSignature(signedBy(source, "s", 0), secrets, kNow) == SignatureCheck::Expired);
        // An old timestamp with a wrong signature is a mismatch, not a replay.
        CHECK(checkSignature(signedBy(source, "x", kNow - 1000), secrets, kNow)
              == SignatureCheck::Mismatch);
        // Extreme clocks do not overflow.
        CHECK(checkSignature(signedBy(source, "s", INT64_MAX), secrets, INT64_MIN)
              == SignatureCheck::Expired);
    }
}

TEST_CASE("feed: the timestamp is part of what is signed")
{
    const auto secrets = secretsFor(WebhookSource::Stallcast, {"s"});
    Delivery delivery = stallcastDelivery("s", kNow, kBody);
    auto &header = delivery.headers["stallcast-signature"];
    header.replace(header.find("t=1700000000"), 12, "t=1700000001");
    CHECK(checkSignature(delivery, secrets, kNow) == SignatureCheck::Mismatch);
    // "0" padding changes the signed text too: the timestamp is taken as sent.
    Delivery padded = stallcastDelivery("s", kNow, kBody);
    padded.headers["stallcast-signature"] =
        "t=01700000000,v1=" + hmacSha256Hex("s", "01700000000." + kBody);
    CHECK(checkSignature(padded, secrets, kNow) == SignatureCheck::Valid);
}

TEST_CASE("feed: any of several v1 values may match (Stripe rotation)")
{
    const auto secrets = secretsFor(WebhookSource::Stripe, {"whsec_new"});
    const std::string good = hmacSha256Hex("whsec_new", std::to_string(kNow) + "." + kBody);
    const std::string bad = hmacSha256Hex("whsec_old", std::to_string(kNow) + "." + kBody);
    Delivery delivery{WebhookSource::Stripe, {}, kBody};
    delivery.headers["stripe-signature"] =
        "t=" + std::to_string(kNow) + ",v1=" + bad + ",v1=" + good + ",v0=" + bad;
    CHECK(checkSignature(delivery, secrets, kNow) == SignatureCheck::Valid);
    delivery.headers["stripe-signature"] = "t=" + std::to_string(kNow) + ",v1=" + bad + ",v0=" + good;
    CHECK(checkSignature(delivery, secrets, kNow) == SignatureCheck::Mismatch);
}

TEST_CASE("feed: hex signatures match in upper case too")
{
    const auto secrets = secretsFor(WebhookSource::Stripe, {"s"});
    std::string hex = hmacSha256Hex("s", std::to_string(kNow) + "." + kBody);
    for (auto &c : hex)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    Delivery delivery{WebhookSource::Stripe, {{"stripe-signature", "t=" + std::to_string(kNow) + ",v1=" + hex}}, kBody};
    CHECK(checkSignature(delivery, secrets, kNow) == SignatureCheck::Valid);
}

TEST_CASE("feed: header names are matched case-insensitively")
{
    const auto secrets = secretsFor(WebhookSource::Stripe, {"s"});
    Delivery delivery = stripeDelivery("s", kNow, kBody);
    const std::string value = delivery.headers["stripe-signature"];
    delivery.headers.clear();
    delivery.headers["Stripe-Signature"] = value;
    CHECK(checkSignature(delivery, secrets, kNow) == SignatureCheck::Valid);
    delivery.headers.clear();
    delivery.headers["STRIPE-SIGNATURE"] = value;
    CHECK(checkSignature(delivery, secrets, kNow) == SignatureCheck::Valid);

    const auto shopifySecrets = secretsFor(WebhookSource::Shopify, {"s"});
    Delivery shopify = shopifyDelivery("s", kBody);
    const std::string hmac = shopify.headers["x-shopify-hmac-sha256"];
    shopify.headers.clear();
    shopify.headers["X-Shopify-Hmac-SHA256"] = hmac;
    CHECK(checkSignature(shopify, shopifySecrets, kNow) == SignatureCheck::Valid);
}

TEST_CASE("feed: stallcastSignatureHeader is what a sender puts in Stallcast-Signature")
{
    const std::string header = stallcastSignatureHeader("s", 1700000000, "{}");
    CHECK(header == "t=1700000000,v1=" + hmacSha256Hex("s", "1700000000.{}"));
}

TEST_CASE("feed: signatures over binary and empty bodies")
{
    const auto secrets = secretsFor(WebhookSource::WooCommerce, {"s"});
    const std::string binary("\x00\xff\x01{}", 5);
    CHECK(checkSignature(wooCommerceDelivery("s", binary), secrets, kNow) == SignatureCheck::Valid);
    CHECK(checkSignature(wooCommerceDelivery("s", ""), secrets, kNow) == SignatureCheck::Valid);
}
