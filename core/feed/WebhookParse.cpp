#include "feed/PayloadFormats.h"

namespace stallcast::feed {

ParsedDelivery parseDelivery(WebhookSource source, std::string_view body)
{
    switch (source) {
    case WebhookSource::Stallcast:
        return parseStallcastPayload(body);
    case WebhookSource::Shopify:
        return parseShopifyPayload(body);
    case WebhookSource::WooCommerce:
        return parseWooCommercePayload(body);
    case WebhookSource::Stripe:
        return parseStripePayload(body);
    }
    throw PayloadError("source: unknown webhook source");
}

} // namespace stallcast::feed
