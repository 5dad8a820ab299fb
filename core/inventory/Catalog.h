#pragma once

#include "inventory/Product.h"
#include "inventory/StockLedger.h"

#include <optional>
#include <string>
#include <vector>

namespace stallcast::db {
class Database;
}

namespace stallcast::inventory {

// The shop's catalogue on an open database: reads on the read connection, writes through the
// group-committing writer (each call returns once durable).
class Catalog final {
public:
    explicit Catalog(db::Database &database) : m_db(database) {}

    std::vector<Product> list(bool includeInactive = true) const;
    std::optional<Product> findBySku(const std::string &sku) const;
    std::optional<Product> findByCode(const std::string &code) const;
    std::vector<StockMovement> history(const std::string &sku) const;

    // Creates or updates a product; with stockTarget, sets on-hand stock through the ledger.
    std::int64_t save(const Product &product, std::optional<std::int64_t> stockTarget,
                      const std::string &actor);
    // Adds (or with a negative delta removes) stock by hand. Throws FieldError when the product
    // is unknown or the result would go below the held units or zero.
    void adjustStock(const std::string &sku, std::int64_t delta, const std::string &actor,
                     const std::string &note);
    // Archives or restores a product (archived products keep their history).
    void setActive(const std::string &sku, bool active);

private:
    db::Database &m_db;
};

} // namespace stallcast::inventory
