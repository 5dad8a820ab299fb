#pragma once

#include "checkout/QrMatrix.h"
#include "inventory/Product.h"

#include <cstdint>
#include <optional>
#include <string>

namespace stallcast::overlay {

// A flash sale on the featured product: a price for a limited time and quantity.
struct FlashSale {
    std::int64_t price = 0;       // minor units, the card's currency
    std::int64_t secondsLeft = 0; // whole seconds to the end, rounded up; <= 0: ended
    std::int64_t quantity = 0;    // units offered at the flash price
    std::int64_t sold = 0;        // of those, sold so far
    std::int64_t perBuyerCap = 0; // 0: no cap

    bool operator==(const FlashSale &) const = default;
};

enum class FlashState { None, Running, Ended, SoldOut };

// What the featured-product card shows, as plain data: the catalogue's fields, the live stock
// and the payment code. Built from an inventory::Product; the renderer knows nothing else.
struct ProductCard {
    std::string code;          // on-stream code ("A1"), may be empty
    std::string name;          // any script; elided when too long
    std::string unit;          // "kg", "box of 12"
    std::string origin, farm;
    std::optional<std::string> harvestDate; // YYYY-MM-DD
    std::string photoPath;     // local image file; empty or unreadable: a placeholder
    std::int64_t price = 0;    // minor units of `currency`
    std::optional<std::int64_t> salePrice; // below price when on sale
    std::string currency;      // ISO 4217
    std::int64_t available = 0; // on hand minus held
    std::int64_t lowStockAt = 5; // "N left" is drawn as a warning at or below this
    std::string qrPayload;     // empty: no code drawn
    // The code is a waitlist link: drawn even when sold out (else a "SOLD OUT" panel replaces it).
    bool qrWaitlist = false;
    // The error-correction levels the payload may use (checkout::PaymentCode::levelRule).
    checkout::QrErrorCorrection qrMinimum = checkout::QrErrorCorrection::M;
    checkout::QrErrorCorrection qrMaximum = checkout::QrErrorCorrection::H;

    std::optional<FlashSale> flashSale;
    // A sold-count goal for the stream ("12/50 sold" and a bar); shown when no flash sale is.
    struct SalesGoal {
        std::int64_t sold = 0;
        std::int64_t goal = 0;
        bool operator==(const SalesGoal &) const = default;
    };
    std::optional<SalesGoal> salesGoal;

    bool soldOut() const { return available <= 0; }
    FlashState flashState() const
    {
        if (!flashSale)
            return FlashState::None;
        if (flashSale->sold >= flashSale->quantity)
            return FlashState::SoldOut;
        return flashSale->secondsLeft > 0 ? FlashState::Running : FlashState::Ended;
    }
    // The price a buyer pays now: the flash price while the flash sale runs, else the sale
    // price when on sale, else the price.
    std::int64_t currentPrice() const
    {
        if (flashState() == FlashState::Running)
            return flashSale->price;
        return onSale() ? *salePrice : price;
    }
    bool lowStock() const { return !soldOut() && available <= lowStockAt; }
    bool onSale() const { return salePrice.has_value() && *salePrice < price; }

    bool operator==(const ProductCard &) const = default;
};

ProductCard cardFromProduct(const inventory::Product &product, std::string qrPayload);

// "3 left", "SOLD OUT".
std::string stockText(const ProductCard &card);
// "FLASH 04:59 · 12/50 sold · max 2 each", "FLASH SALE ENDED", "FLASH SALE SOLD OUT"; empty
// without a flash sale.
std::string flashText(const ProductCard &card);
// "Jeju, Halla Farm, harvested 2026-11-20": the parts present, comma separated.
std::string provenanceText(const ProductCard &card);

} // namespace stallcast::overlay
