#pragma once

#include "inventory/Product.h"
#include "inventory/StockLedger.h"

#include <optional>
#include <string_view>
#include <vector>

namespace stallcast::db {
class Connection;
}

namespace stallcast::inventory {

// Row mapping for the products table, used inside a caller's transaction (by Catalog, the CSV
// importer and the order book). Stock is never written here except through StockLedger.
class ProductTable final {
public:
    static std::optional<Product> findBySku(db::Connection &conn, std::string_view sku);
    static std::optional<Product> findById(db::Connection &conn, std::int64_t id);
    // Active product with this on-stream code (case-insensitive).
    static std::optional<Product> findByCode(db::Connection &conn, std::string_view code);
    static std::vector<Product> list(db::Connection &conn, bool includeInactive);

    // Inserts or updates (matched by SKU, case-insensitively) everything but stock, after
    // validateProduct(). When stockTarget is set, records the difference from the current
    // on-hand figure in the ledger with `reason`. Returns the product id.
    // Throws FieldError for invalid fields, a code already used by another active product, or a
    // stock target below the units held for buyers.
    static std::int64_t save(db::Connection &conn, const Product &product,
                             std::optional<std::int64_t> stockTarget, StockReason reason,
                             std::string_view actor, std::int64_t nowMs);
};

} // namespace stallcast::inventory
