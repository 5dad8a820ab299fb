#pragma once

#include "checkout/PaymentCode.h"
#include "feed/Webhook.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace stallcast::app {

// --flash-sale PRICE,MINUTES,QUANTITY[,CAP]: a flash sale on the featured product from the
// stream's start (PRICE in the product currency's major unit, checked against it later).
struct FlashSaleSpec {
    std::string price;
    double minutes = 0;
    std::int64_t quantity = 0;
    std::int64_t perBuyerCap = 0;
};

// stallcast stream's featured-product options (docs/OVERLAY.md, "On the stream"): the product
// card and its payment code on the canvases.
struct FeatureOptions {
    std::optional<std::filesystem::path> database; // --db after "stream"; else the global one
    std::string sku;                                // --feature SKU; empty: no card
    std::string paymentKind;                        // --payment KIND
    checkout::PaymentFields paymentFields;          // --payment-field NAME=VALUE...
    std::optional<std::filesystem::path> cardTemplate, verticalCardTemplate;
    std::optional<std::filesystem::path> cardReport; // JSON lines: what was rendered and when
    std::optional<FlashSaleSpec> flashSale;
    std::int64_t salesGoal = 0; // --sales-goal N: "12/50 sold" and a bar (units since the start)
    // The order receiver in the same process (as `orders serve`): --listen HOST:PORT and
    // --secret-file SOURCE=FILE...; its orders update the card through in-process events.
    std::optional<std::string> listen;
    std::vector<std::pair<feed::WebhookSource, std::filesystem::path>> secretFiles;
};

// Takes one stream option (name without "--") if it is a feature option; false otherwise.
// Throws UsageError for a bad value.
bool parseFeatureOption(const std::string &name, const std::string &value, FeatureOptions &o);
// Checks the options together (a payment without --feature, a kind without fields...).
void checkFeatureOptions(FeatureOptions &o);

} // namespace stallcast::app
