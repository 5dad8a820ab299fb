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

WebhookLoadResult runWebhookLoad(const WebhookLoad &load);

} // namespace stallcast::bench
