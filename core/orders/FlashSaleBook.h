#pragma once

#include "orders/FlashSale.h"

#include <optional>
#include <string>
#include <vector>

namespace stallcast::db {
class Database;
}

namespace stallcast::orders {

// Flash sales on an open database (docs/ORDERS.md, "Flash sales"). Plain data in and out;
// thread-safe (writes go through the database's writer, reads through its read connection) and
// blocking on disk: call it from a worker thread, never from the UI thread. Every write returns
// once it is durable. Times are the database clock's (wall clock, ms since the Unix epoch).
class FlashSaleBook final {
public:
    explicit FlashSaleBook(db::Database &database) : m_db(database) {}

    // Starts a sale now. Throws FlashSaleRejected naming the field (unknown or archived SKU,
    // price not below the current price, bad duration, quantity or cap, a sale already running).
    FlashSale start(const FlashSaleStart &request);
    // Stops the SKU's running (or sold-out) sale now; orders from then on pay the normal price.
    // Throws FlashSaleRejected when the SKU has none.
    FlashSale stop(const std::string &sku, const std::string &actor);

    // The SKU's live sale (running or sold out), if any.
    std::optional<FlashSale> current(const std::string &sku) const;
    // The SKU's newest sale in any state (the product card shows how the last one ended).
    std::optional<FlashSale> latest(const std::string &sku) const;
    // Every sale, newest first.
    std::vector<FlashSale> list() const;

private:
    db::Database &m_db;
};

} // namespace stallcast::orders
