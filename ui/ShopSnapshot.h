#pragma once

#include "claims/ClaimRecord.h"
#include "inventory/Product.h"
#include "orders/Order.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace stallcast::db {
class Database;
}

namespace stallcast::ui {

// Everything the studio window shows, read from the database in one read transaction.
struct ShopSnapshot {
    // SQLite's PRAGMA data_version on the read connection: it changes whenever any other
    // connection (this process's writer, the CLI, another studio) commits.
    std::int64_t dataVersion = 0;
    // True when nothing was committed since `knownVersion`: products and orders are left empty.
    bool unchanged = false;
    std::vector<inventory::Product> products; // archived ones too
    std::vector<orders::Order> orders;        // oldest first
    std::vector<claims::ClaimRecord> claims;  // the newest kClaimsShown, oldest first
};

inline constexpr std::size_t kClaimsShown = 1000;

// Reads the catalogue and the order book, or only the data version when it still equals
// `knownVersion`. Blocks on the database: call it off the UI thread.
ShopSnapshot loadShopSnapshot(db::Database &database, std::optional<std::int64_t> knownVersion);

} // namespace stallcast::ui
