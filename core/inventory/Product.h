#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace stallcast::inventory {

// The most units one stock figure, movement, order line or claim may have. Anything above is a
// typo (or an attack), and keeping figures far from INT64_MAX means sums of them cannot overflow.
inline constexpr std::int64_t kMaxQuantity = 1'000'000'000;

// A product in the shop's catalogue. Prices are integer minor units of `currency`.
struct Product {
    std::int64_t id = 0;
    std::string sku;          // unique, compared case-insensitively
    std::string code;         // on-stream code ("A1"), unique among active products; may be empty
    std::string name;         // any Unicode
    std::string description;
    std::int64_t price = 0;
    std::optional<std::int64_t> salePrice;
    std::string currency;     // ISO 4217 alphabetic code
    std::string unit;         // "kg", "box of 12"
    std::string origin;
    std::string farm;
    std::optional<std::string> harvestDate; // ISO 8601 date, YYYY-MM-DD
    std::string image;        // path or URL of the photo
    std::optional<std::int64_t> perBuyerLimit;
    bool active = true;
    std::int64_t onHand = 0;  // units in stock: the sum of the ledger's on-hand movements
    std::int64_t held = 0;    // units reserved by holds: the sum of the ledger's held movements

    std::int64_t available() const { return onHand - held; }
    std::int64_t effectivePrice() const { return salePrice.value_or(price); }
};

// Checks every field's rules (SKU and name present, known currency, sale price below price,
// valid code and harvest date...). Throws FieldError naming the first field that is wrong.
void validateProduct(const Product &product);

} // namespace stallcast::inventory
