#include "orders/Waitlist.h"

#include "db/SqliteConnection.h"
#include "inventory/ProductTable.h"
#include "inventory/StockLedger.h"
#include "orders/HoldRows.h"

namespace stallcast::orders {

std::vector<Hold> Waitlist::promote(db::Connection &conn, std::int64_t productId,
                                    std::int64_t nowMs)
{
    const auto product = inventory::ProductTable::findById(conn, productId);
    if (!product)
        return {};
    return promote(conn, *product, nowMs);
}

std::vector<Hold> Waitlist::promote(db::Connection &conn, const inventory::Product &product,
                                    std::int64_t nowMs)
{
    std::vector<Hold> promoted;
    if (!product.active)
        return promoted;
    const auto productId = product.id;
    std::int64_t available = product.available();
    if (available <= 0)
        return promoted;
    std::vector<Hold> waiting;
    {
        // Built once: this runs for every claim (a temporary SQL string cost an allocation and
        // a hash of the whole text in the statement cache each time).
        static const std::string sql = std::string(holdrows::kSelect)
                                       + "WHERE h.product_id = ?1 AND h.status = 'waiting' "
                                         "ORDER BY h.id";
        auto &stmt = conn.prepare(sql);
        stmt.bind(1, productId);
        while (stmt.step())
            waiting.push_back(holdrows::read(stmt));
    }
    for (auto &hold : waiting) {
        if (available <= 0)
            break;
        if (hold.qty > available)
            continue;
        if (!inventory::StockLedger::apply(conn, {productId, inventory::StockReason::Hold, 0,
                                                  hold.qty, "waitlist",
                                                  holdrows::reference(hold.id), nowMs}))
            continue;
        available -= hold.qty;
        hold.status = HoldStatus::Active;
        hold.activatedMs = nowMs;
        hold.expiresMs = nowMs + hold.ttlMs;
        conn.prepare("UPDATE holds SET status = 'active', activated_ms = ?2, expires_ms = ?3 "
                     "WHERE id = ?1")
            .bind(1, hold.id)
            .bind(2, nowMs)
            .bind(3, *hold.expiresMs)
            .run();
        promoted.push_back(std::move(hold));
    }
    return promoted;
}

std::vector<Hold> Waitlist::promoteAll(db::Connection &conn, std::int64_t nowMs)
{
    std::vector<std::int64_t> products;
    {
        auto &stmt = conn.prepare("SELECT DISTINCT h.product_id FROM holds h "
                                  "JOIN products p ON p.id = h.product_id "
                                  "WHERE h.status = 'waiting' AND p.active = 1 "
                                  "AND p.on_hand > p.held ORDER BY h.product_id");
        while (stmt.step())
            products.push_back(stmt.columnInt(0));
    }
    std::vector<Hold> promoted;
    for (const auto id : products) {
        auto some = promote(conn, id, nowMs);
        promoted.insert(promoted.end(), some.begin(), some.end());
    }
    return promoted;
}

} // namespace stallcast::orders
