#include "SignedDelivery.h"

#include "feed/WebhookSignature.h"

namespace stallcast::test {

feed::Delivery stallcastDelivery(const std::string &secret, std::int64_t t, const std::string &body)
{
    feed::Delivery delivery{feed::WebhookSource::Stallcast, {}, body};
    delivery.headers["stallcast-signature"] = feed::stallcastSignatureHeader(secret, t, body);
    return delivery;
}

feed::Delivery stripeDelivery(const std::string &secret, std::int64_t t, const std::string &body)
{
    feed::Delivery delivery{feed::WebhookSource::Stripe, {}, body};
    delivery.headers["stripe-signature"] =
        "t=" + std::to_string(t) + ",v1=" + feed::hmacSha256Hex(secret, std::to_string(t) + "." + body);
    return delivery;
}

feed::Delivery shopifyDelivery(const std::string &secret, const std::string &body)
{
    feed::Delivery delivery{feed::WebhookSource::Shopify, {}, body};
    delivery.headers["x-shopify-hmac-sha256"] = feed::hmacSha256Base64(secret, body);
    return delivery;
}

feed::Delivery wooCommerceDelivery(const std::string &secret, const std::string &body)
{
    feed::Delivery delivery{feed::WebhookSource::WooCommerce, {}, body};
    delivery.headers["x-wc-webhook-signature"] = feed::hmacSha256Base64(secret, body);
    return delivery;
}

} // namespace stallcast::test
