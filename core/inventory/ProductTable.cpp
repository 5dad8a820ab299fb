#include "inventory/ProductTable.h"

#include "common/FieldError.h"
#include "common/TextKey.h"
#include "db/SqliteConnection.h"
#include "money/Currency.h"

namespace stallcast::inventory {

namespace {

constexpr std::string_view kColumns =
    "id, sku, code, name, description, price, sale_price, currency, unit, origin, farm, "
    "harvest_date, image, per_buyer_limit, active, on_hand, held";

Product readRow(const db::Statement &s)
{
    Product p;
    p.id = s.columnInt(0);
    p.sku = s.columnText(1);
    p.code = s.columnText(2);
    p.name = s.columnText(3);
    p.description = s.columnText(4);
    p.price = s.columnInt(5);
    p.salePrice = s.columnOptInt(6);
    p.currency = s.columnText(7);
    p.unit = s.columnText(8);
    p.origin = s.columnText(9);
    p.farm = s.columnText(10);
    p.harvestDate = s.columnOptText(11);
    p.image = s.columnText(12);
    p.perBuyerLimit = s.columnOptInt(13);
    p.active = s.columnInt(14) != 0;
    p.onHand = s.columnInt(15);
    p.held = s.columnInt(16);
    return p;
}

// The SELECT for one product by a condition, built once per condition (the order book looks
// products up on its writer thread for every order line).
enum class Lookup { Sku, Code, Id };

const std::string &selectBy(Lookup lookup)
{
    static const std::string bySku = "SELECT " + std::string(kColumns) + " FROM products WHERE sku_key = ?1";
    // "code_key <> ''" repeats the partial index's condition: without it SQLite cannot prove
    // the index covers the row and scans the whole table (the claim path looks a code up for
    // every comment).
    static const std::string byCode = "SELECT " + std::string(kColumns)
                                      + " FROM products WHERE code_key = ?1 AND active = 1 "
                                        "AND code_key <> ''";
    static const std::string byId = "SELECT " + std::string(kColumns) + " FROM products WHERE id = ?1";
    switch (lookup) {
    case Lookup::Sku:
        return bySku;
    case Lookup::Code:
        return byCode;
    case Lookup::Id:
        break;
    }
    return byId;
}

template <typename Key>
std::optional<Product> findOne(db::Connection &conn, Lookup lookup, const Key &key)
{
    auto &stmt = conn.prepare(selectBy(lookup));
    stmt.bind(1, key);
    std::optional<Product> result;
    if (stmt.step())
        result = readRow(stmt);
    stmt.reset();
    return result;
}

} // namespace

std::optional<Product> ProductTable::findBySku(db::Connection &conn, std::string_view sku)
{
    return findOne(conn, Lookup::Sku, foldedKey(sku));
}

std::optional<Product> ProductTable::findById(db::Connection &conn, std::int64_t id)
{
    return findOne(conn, Lookup::Id, id);
}

std::optional<Product> ProductTable::findByCode(db::Connection &conn, std::string_view code)
{
    const auto key = foldedKey(code);
    if (key.empty())
        return std::nullopt;
    return findOne(conn, Lookup::Code, key);
}

std::vector<Product> ProductTable::list(db::Connection &conn, bool includeInactive)
{
    auto &stmt = conn.prepare("SELECT " + std::string(kColumns) + " FROM products"
                              + (includeInactive ? "" : " WHERE active = 1")
                              + " ORDER BY code_key = '', code_key, sku_key");
    std::vector<Product> out;
    while (stmt.step())
        out.push_back(readRow(stmt));
    return out;
}

std::int64_t ProductTable::save(db::Connection &conn, const Product &input,
                                std::optional<std::int64_t> stockTarget, StockReason reason,
                                std::string_view actor, std::int64_t nowMs)
{
    Product p = input;
    p.currency = std::string(findCurrency(p.currency) ? findCurrency(p.currency)->code
                                                      : std::string_view(p.currency));
    validateProduct(p);
    if (stockTarget && *stockTarget < 0)
        throw FieldError("stock", "is negative");
    if (stockTarget && *stockTarget > kMaxQuantity)
        throw FieldError("stock", std::to_string(*stockTarget) + " is more than "
                                      + std::to_string(kMaxQuantity) + " units");
    const std::string skuKey = foldedKey(p.sku);
    const std::string codeKey = foldedKey(p.code);

    const auto existing = findOne(conn, Lookup::Sku, skuKey);
    if (p.active && !codeKey.empty()) {
        const auto holder = findByCode(conn, codeKey);
        if (holder && (!existing || holder->id != existing->id))
            throw FieldError("code", "\"" + p.code + "\" is already used by active product "
                                         + holder->sku);
    }

    std::int64_t id = 0;
    if (existing) {
        id = existing->id;
        conn.prepare("UPDATE products SET sku = ?2, code = ?3, code_key = ?4, name = ?5, "
                     "description = ?6, price = ?7, sale_price = ?8, currency = ?9, unit = ?10, "
                     "origin = ?11, farm = ?12, harvest_date = ?13, image = ?14, "
                     "per_buyer_limit = ?15, active = ?16, updated_ms = ?17 WHERE id = ?1")
            .bind(1, id)
            .bind(2, p.sku)
            .bind(3, p.code)
            .bind(4, codeKey)
            .bind(5, p.name)
            .bind(6, p.description)
            .bind(7, p.price)
            .bind(8, p.salePrice)
            .bind(9, p.currency)
            .bind(10, p.unit)
            .bind(11, p.origin)
            .bind(12, p.farm)
            .bind(13, p.harvestDate)
            .bind(14, p.image)
            .bind(15, p.perBuyerLimit)
            .bind(16, p.active ? 1 : 0)
            .bind(17, nowMs)
            .run();
    } else {
        conn.prepare("INSERT INTO products (sku, sku_key, code, code_key, name, description, "
                     "price, sale_price, currency, unit, origin, farm, harvest_date, image, "
                     "per_buyer_limit, active, on_hand, held, created_ms, updated_ms) VALUES "
                     "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, "
                     "0, 0, ?17, ?17)")
            .bind(1, p.sku)
            .bind(2, skuKey)
            .bind(3, p.code)
            .bind(4, codeKey)
            .bind(5, p.name)
            .bind(6, p.description)
            .bind(7, p.price)
            .bind(8, p.salePrice)
            .bind(9, p.currency)
            .bind(10, p.unit)
            .bind(11, p.origin)
            .bind(12, p.farm)
            .bind(13, p.harvestDate)
            .bind(14, p.image)
            .bind(15, p.perBuyerLimit)
            .bind(16, p.active ? 1 : 0)
            .bind(17, nowMs)
            .run();
        id = conn.lastInsertRowId();
    }

    if (stockTarget) {
        const std::int64_t onHand = existing ? existing->onHand : 0;
        const std::int64_t held = existing ? existing->held : 0;
        if (*stockTarget < held)
            throw FieldError("stock", std::to_string(*stockTarget) + " is below the "
                                          + std::to_string(held) + " units held for buyers");
        const bool ok = StockLedger::apply(conn, {id, reason, *stockTarget - onHand, 0, actor,
                                                  "set stock to " + std::to_string(*stockTarget),
                                                  nowMs});
        if (!ok)
            throw FieldError("stock", "cannot be set to " + std::to_string(*stockTarget));
    }
    return id;
}

} // namespace stallcast::inventory
