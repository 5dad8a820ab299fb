#include "inventory/Catalog.h"

#include "common/FieldError.h"
#include "db/Database.h"
#include "inventory/ProductTable.h"

namespace stallcast::inventory {

std::vector<Product> Catalog::list(bool includeInactive) const
{
    return m_db.read([&](db::Connection &c) { return ProductTable::list(c, includeInactive); });
}

std::optional<Product> Catalog::findBySku(const std::string &sku) const
{
    return m_db.read([&](db::Connection &c) { return ProductTable::findBySku(c, sku); });
}

std::optional<Product> Catalog::findByCode(const std::string &code) const
{
    return m_db.read([&](db::Connection &c) { return ProductTable::findByCode(c, code); });
}

std::vector<StockMovement> Catalog::history(const std::string &sku) const
{
    return m_db.read([&](db::Connection &c) {
        const auto product = ProductTable::findBySku(c, sku);
        if (!product)
            throw FieldError("sku", "no product \"" + sku + "\"");
        return StockLedger::movements(c, product->id);
    });
}

std::int64_t Catalog::save(const Product &product, std::optional<std::int64_t> stockTarget,
                           const std::string &actor)
{
    const auto now = m_db.nowMs();
    return m_db.write([&](db::Connection &c) {
        return ProductTable::save(c, product, stockTarget, StockReason::Adjustment, actor, now);
    });
}

void Catalog::adjustStock(const std::string &sku, std::int64_t delta, const std::string &actor,
                          const std::string &note)
{
    const auto now = m_db.nowMs();
    m_db.write([&](db::Connection &c) {
        const auto product = ProductTable::findBySku(c, sku);
        if (!product)
            throw FieldError("sku", "no product \"" + sku + "\"");
        if (delta > kMaxQuantity || delta < -kMaxQuantity)
            throw FieldError("stock", "a change of " + std::to_string(delta) + " is more than "
                                          + std::to_string(kMaxQuantity) + " units");
        if (!StockLedger::apply(c, {product->id, StockReason::Adjustment, delta, 0, actor, note,
                                    now}))
            throw FieldError("stock", "cannot change " + product->sku + " by "
                                          + std::to_string(delta) + ": "
                                          + std::to_string(product->onHand) + " on hand, "
                                          + std::to_string(product->held) + " held");
    });
}

void Catalog::setActive(const std::string &sku, bool active)
{
    const auto now = m_db.nowMs();
    m_db.write([&](db::Connection &c) {
        auto product = ProductTable::findBySku(c, sku);
        if (!product)
            throw FieldError("sku", "no product \"" + sku + "\"");
        product->active = active;
        ProductTable::save(c, *product, std::nullopt, StockReason::Adjustment, "catalog", now);
    });
}

} // namespace stallcast::inventory
