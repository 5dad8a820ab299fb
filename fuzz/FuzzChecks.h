#pragma once

#include "feed/Webhook.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace stallcast::fuzz {

// Parses data as source: a PayloadError is fine, as long as its reason is one printable line;
// anything else thrown (or a crash, leak or UB) is a bug. A parsed order must respect the rules
// the parsers promise.
inline int fuzzPayload(feed::WebhookSource source, const std::uint8_t *data, std::size_t size)
{
    const std::string_view body(reinterpret_cast<const char *>(data), size);
    try {
        const feed::ParsedDelivery parsed = feed::parseDelivery(source, body);
        if (parsed.order.lines.empty() || parsed.order.currency.size() != 3)
            std::abort();
        // Web shops' custom items have no SKU (kept, and flagged by the order book); our own
        // format and Stripe's metadata always name one.
        const bool skuMayBeEmpty = source == feed::WebhookSource::Shopify
                                   || source == feed::WebhookSource::WooCommerce;
        for (const auto &line : parsed.order.lines)
            if (line.qty < 1 || line.qty > 1'000'000'000 || (line.sku.empty() && !skuMayBeEmpty)
                || (line.unitPrice && *line.unitPrice < 0))
                std::abort();
    } catch (const feed::PayloadError &error) {
        const std::string_view message = error.what();
        if (message.empty() || message.find(": ") == std::string_view::npos)
            std::abort();
        for (char c : message)
            if (static_cast<unsigned char>(c) < 0x20)
                std::abort();
    }
    return 0;
}

} // namespace stallcast::fuzz
