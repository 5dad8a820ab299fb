#pragma once

#include "orders/FlashSale.h"

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace stallcast::db {
class Connection;
}

namespace stallcast::orders {

// The flash_sales table and the units counted toward each sale, used inside the caller's
// transaction (by FlashSaleBook, the order book and the hold book).
class FlashSaleTable final {
public:
    // Starts a sale on the product now. Refuses (FlashSaleRejected) an unknown or archived
    // product, a price not below the product's current price, a duration outside 1 ms…24 h, a
    // quantity outside 1…1,000,000,000, a cap outside 1…quantity, and a product that already
    // has a sale running. A sold-out sale whose time is not up is stopped: the new one replaces it.
    static FlashSale start(db::Connection &conn, const FlashSaleStart &request, std::int64_t nowMs);
    // Stops the product's live (running or sold-out) sale. Throws FlashSaleRejected
    // (NotRunning, UnknownProduct) when there is none.
    static FlashSale stop(db::Connection &conn, std::string_view sku, std::string_view actor,
                          std::int64_t nowMs);

    // The product's live sale (running or sold out), if any.
    static std::optional<FlashSale> live(db::Connection &conn, std::int64_t productId,
                                         std::int64_t nowMs);
    // The product's newest sale in any state.
    static std::optional<FlashSale> latest(db::Connection &conn, std::int64_t productId,
                                           std::int64_t nowMs);
    static std::optional<FlashSale> find(db::Connection &conn, std::int64_t saleId,
                                         std::int64_t nowMs);
    // Every sale, newest first.
    static std::vector<FlashSale> list(db::Connection &conn, std::int64_t nowMs);

    // Units counted toward a sale: flash units of live orders (pending, paid, fulfilled) and of
    // open holds (active, waiting); only the buyer's when buyerKey is not empty.
    static std::int64_t unitsCounted(db::Connection &conn, std::int64_t saleId,
                                     std::string_view buyerKey = {});
};

} // namespace stallcast::orders
