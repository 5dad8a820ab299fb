#include "feed/WebhookEndpoint.h"

#include "db/Database.h"
#include "feed/OrderIntake.h"
#include "feed/OrderEvents.h"
#include "orders/OrderBook.h"

#include <string>

namespace stallcast::feed {

namespace {

const char *signatureHeaderName(WebhookSource source)
{
    switch (source) {
    case WebhookSource::Stallcast:
        return "Stallcast-Signature";
    case WebhookSource::Shopify:
        return "X-Shopify-Hmac-Sha256";
    case WebhookSource::WooCommerce:
        return "X-WC-Webhook-Signature";
    case WebhookSource::Stripe:
        return "Stripe-Signature";
    }
    return "signature";
}

std::string header(const Delivery &delivery, const std::string &lowerCaseName)
{
    const auto it = delivery.headers.find(lowerCaseName);
    return it == delivery.headers.end() ? std::string() : it->second;
}

} // namespace

WebhookEndpoint::WebhookEndpoint(db::Database &database, const SecretSet &secrets,
                                 OrderEvents &events)
    : m_db(database), m_secrets(secrets), m_events(events)
{
}

ReceiverReply WebhookEndpoint::checkedSignature(const Delivery &delivery) const
{
    const std::string source(toString(delivery.source));
    if (m_secrets.empty(delivery.source))
        return refusedReply(401, "no secret is configured for " + source + " deliveries");
    const auto nowSeconds = m_db.nowMs() / 1000;
    switch (checkSignature(delivery, m_secrets, nowSeconds)) {
    case SignatureCheck::Valid:
        return {200, "", ""};
    case SignatureCheck::Missing:
        return refusedReply(401, std::string("missing ") + signatureHeaderName(delivery.source)
                                     + " header");
    case SignatureCheck::Malformed:
        return refusedReply(401, std::string("malformed ") + signatureHeaderName(delivery.source)
                                     + " header");
    case SignatureCheck::Mismatch:
        return refusedReply(401, "signature does not match any active " + source + " secret");
    case SignatureCheck::Expired:
        return refusedReply(401, "signature timestamp is more than "
                                     + std::to_string(kSignatureToleranceSeconds)
                                     + " s away from the receiver's clock");
    }
    return refusedReply(401, "signature not accepted");
}

std::optional<ReceiverReply>
WebhookEndpoint::submit(const Delivery &delivery, std::chrono::steady_clock::time_point receivedAt,
                        ReplyTo later) const
{
    if (auto refused = checkedSignature(delivery); refused.status != 200)
        return refused;

    ParsedDelivery parsed;
    try {
        parsed = parseDelivery(delivery.source, delivery.body);
    } catch (const PayloadError &e) {
        return refusedReply(400, e.what());
    }
    if (delivery.source == WebhookSource::Shopify && parsed.deliveryId.empty())
        parsed.deliveryId = header(delivery, "x-shopify-webhook-id");
    if (delivery.source == WebhookSource::WooCommerce && parsed.deliveryId.empty())
        parsed.deliveryId = header(delivery, "x-wc-webhook-delivery-id");
    if (parsed.order.actor.empty() || parsed.order.actor == "manual")
        parsed.order.actor = "webhook:" + std::string(toString(delivery.source));

    // A retry carries the same delivery id and the same order id: both are durable keys
    // (webhook_deliveries; orders by source + external id), so a retry answers "duplicate",
    // across restarts too. A claim code pays the hold it names (DeliveryPlacement).
    try {
        OrderIntake(m_db, m_events)
            .submitThen(std::move(parsed), receivedAt,
                        [later = std::move(later)](const orders::PlaceResult *result,
                                                   std::exception_ptr error) {
                            later(replyFor(result, error));
                        });
        return std::nullopt;
    } catch (...) {
        return replyFor(nullptr, std::current_exception()); // not submitted (shutting down)
    }
}

} // namespace stallcast::feed
