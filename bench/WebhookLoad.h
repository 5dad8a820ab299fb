#pragma once

#include "LatencyStats.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace stallcast::bench {

// One load-generator run against a receiver already listening on 127.0.0.1:port.
struct WebhookLoad {
    std::uint16_t port = 0;
    std::size_t connections = 64;
    std::size_t orders = 100'000; // in total, split over the connections
    std::size_t products = 16;
    std::string secret;
    std::int64_t unixSeconds = 0; // the signature timestamp
};

struct WebhookLoadResult {
    std::size_t accepted = 0; // 2xx
    std::size_t refused = 0;  // any other answer or a connection error
    double seconds = 0;
    LatencyStats latency; // request sent -> ack received
};

// A paid order in our own webhook format (docs/WEBHOOKS.md): delivery "dlv-<id>", shop order
// "bench-<id>", one unit of `sku` at `unitPrice` minor units of `currency`.
std::string stallcastOrderJson(const std::string &id, const std::string &buyerHandle,
                               const std::string &sku, std::int64_t unitPrice,
                               const std::string &currency);

// The JSON body of delivery `index` on `connection`: a unique delivery and order id, one unit of
// one of the load's products, paid.
std::string webhookOrderBody(const WebhookLoad &load, std::size_t connection, std::size_t index);

// Requests per connection: the load's orders split as evenly as possible.
std::size_t ordersOnConnection(const WebhookLoad &load, std::size_t connection);

WebhookLoadResult runWebhookLoad(const WebhookLoad &load);

} // namespace stallcast::bench
