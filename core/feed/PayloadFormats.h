#pragma once

#include "feed/Webhook.h"

#include <string_view>

// One parser per shop format (docs/WEBHOOKS.md); parseDelivery picks one by source. Each throws
// PayloadError with a one-line reason naming the field.
namespace stallcast::feed {

ParsedDelivery parseStallcastPayload(std::string_view body);
ParsedDelivery parseShopifyPayload(std::string_view body);
ParsedDelivery parseWooCommercePayload(std::string_view body);
ParsedDelivery parseStripePayload(std::string_view body);

} // namespace stallcast::feed
