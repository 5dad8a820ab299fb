#pragma once

#include "inventory/Product.h"
#include "orders/FlashSale.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace stallcast::db {
class Connection;
}

namespace stallcast::orders {

// Applies the products' live flash sales to one order or claim, inside the transaction that
// takes the stock (so what a sale has left is current and concurrent orders cannot both take
// its last units). Keeps count of the units this order takes, line after line.
// Rules (docs/ORDERS.md, "Flash sales"):
// - a line with no stated price: the first units, up to what the sale has left and the buyer's
//   cap, at the flash price; the rest at the product's normal price (the line splits in two);
// - a line with a stated price (what a web shop charged): recorded as stated; its units count
//   toward the sale up to what the sale has left; a price other than what the sale would charge
//   is flagged flash_price_mismatch;
// - units that fall outside what is left or outside the cap flag flash_sold_out / flash_cap.
// The caller applies it only to lines in the sale's currency.
class FlashPricing final {
public:
    FlashPricing(db::Connection &conn, std::string buyerKey, std::int64_t nowMs);

    // One priced part of a line: qty units at unitPrice, flashUnits of them counted toward the
    // sale named.
    struct Part {
        std::int64_t qty = 0;
        std::int64_t unitPrice = 0;
        std::optional<std::int64_t> flashSaleId;
        std::int64_t flashUnits = 0;
    };
    struct Priced {
        std::vector<Part> parts;
        unsigned flags = 0; // OrderFlag bits
    };

    Priced price(const inventory::Product &product, std::int64_t qty,
                 std::optional<std::int64_t> statedPrice);
    // Units already held at a sale's price (a hold being paid): counted toward that sale as
    // they are. Returns the part (no sale named when the sale is not this product's).
    Part reserved(const inventory::Product &product, std::int64_t qty, std::int64_t unitPrice,
                  std::int64_t saleId);

    // For a claim: how many of qty units get the flash price, at which sale and price.
    struct Allotment {
        std::optional<std::int64_t> saleId;
        std::int64_t units = 0;
        std::int64_t price = 0;
    };
    Allotment allot(const inventory::Product &product, std::int64_t qty);

private:
    struct Slot {
        std::optional<FlashSale> sale;
        std::int64_t remaining = 0; // units the sale has left
        std::int64_t capLeft = 0;   // units the buyer may still take at the flash price
    };
    Slot &slot(const inventory::Product &product);
    void take(Slot &slot, std::int64_t units);

    db::Connection &m_conn;
    std::string m_buyerKey;
    std::int64_t m_nowMs;
    std::map<std::int64_t, Slot> m_slots; // by product id
};

} // namespace stallcast::orders
