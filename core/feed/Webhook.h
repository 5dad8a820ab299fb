#pragma once

#include "orders/Order.h"

#include <cstdint>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace stallcast::feed {

// The shops a paid order can come from, each with its own payload and signature scheme
// (docs/WEBHOOKS.md).
enum class WebhookSource { Stallcast, Shopify, WooCommerce, Stripe };

std::string_view toString(WebhookSource source);              // "stallcast", "shopify", ...
std::optional<WebhookSource> webhookSourceFromString(std::string_view name);

// One HTTP delivery as received: header names lower-cased, the raw body byte for byte.
struct Delivery {
    WebhookSource source = WebhookSource::Stallcast;
    std::map<std::string, std::string> headers;
    std::string body;
};

// A delivery's payload that cannot be understood. what() is one line saying what and where
// (e.g. "lines[1].qty: must be a positive integer"), returned to the sender with 400.
class PayloadError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// What a delivery asks the order book to record.
struct ParsedDelivery {
    orders::OrderRequest order;      // source = toString(source), externalId = the shop's order id
    std::string deliveryId;          // the sender's delivery id (de-duplication across retries)
    std::optional<std::string> claim; // a claim code, when the order pays for a comment claim
};

// Parses a delivery's body for its source. Throws PayloadError.
ParsedDelivery parseDelivery(WebhookSource source, std::string_view body);

} // namespace stallcast::feed
