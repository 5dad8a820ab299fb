#pragma once

#include "orders/FlashSale.h"

#include <cstdint>
#include <optional>
#include <string>
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
    // open holds (active, waiting); only the buyer's when buyerKey is not empty. Summed from the
    // rows: cheap per buyer (through the buyer's orders and holds); for the whole sale, read
    // FlashSale::sold (the stored count) instead.
    static std::int64_t unitsCounted(db::Connection &conn, std::int64_t saleId,
                                     std::string_view buyerKey = {});
    // Keeps the stored count (flash_sales.units_counted, read as FlashSale::sold) in step: the
    // order book and the hold book call it in the transaction that makes units count or stop
    // counting (an order placed, cancelled or refunded; a hold made or closed).
    static void addCounted(db::Connection &conn, std::int64_t saleId, std::int64_t units);
    // Every sale whose stored count differs from the units summed from the rows; empty when
    // all agree (tests and checks, like StockLedger::verifyInvariant).
    static std::vector<std::string> verifyCounts(db::Connection &conn);
};

} // namespace stallcast::orders
