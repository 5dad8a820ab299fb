#include "orders/FlashSaleBook.h"

#include "db/Database.h"
#include "inventory/ProductTable.h"
#include "orders/FlashSaleTable.h"

namespace stallcast::orders {

FlashSale FlashSaleBook::start(const FlashSaleStart &request)
{
    const auto now = m_db.nowMs();
    return m_db.write([&](db::Connection &c) { return FlashSaleTable::start(c, request, now); });
}

FlashSale FlashSaleBook::stop(const std::string &sku, const std::string &actor)
{
    const auto now = m_db.nowMs();
    return m_db.write([&](db::Connection &c) { return FlashSaleTable::stop(c, sku, actor, now); });
}

std::optional<FlashSale> FlashSaleBook::current(const std::string &sku) const
{
    const auto now = m_db.nowMs();
    return m_db.read([&](db::Connection &c) -> std::optional<FlashSale> {
        const auto product = inventory::ProductTable::findBySku(c, sku);
        return product ? FlashSaleTable::live(c, product->id, now) : std::nullopt;
    });
}

std::optional<FlashSale> FlashSaleBook::latest(const std::string &sku) const
{
    const auto now = m_db.nowMs();
    return m_db.read([&](db::Connection &c) -> std::optional<FlashSale> {
        const auto product = inventory::ProductTable::findBySku(c, sku);
        return product ? FlashSaleTable::latest(c, product->id, now) : std::nullopt;
    });
}

std::vector<FlashSale> FlashSaleBook::list() const
{
    const auto now = m_db.nowMs();
    return m_db.read([&](db::Connection &c) { return FlashSaleTable::list(c, now); });
}

} // namespace stallcast::orders
