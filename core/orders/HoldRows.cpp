#include "orders/HoldRows.h"

#include "db/SqliteConnection.h"

namespace stallcast::orders::holdrows {

Hold read(const db::Statement &s)
{
    Hold h;
    h.id = s.columnInt(0);
    h.productId = s.columnInt(1);
    h.sku = s.columnText(2);
    h.buyer = s.columnText(3);
    h.qty = s.columnInt(4);
    h.status = holdStatusFromString(s.columnText(5));
    h.claimRef = s.columnText(6);
    h.ttlMs = s.columnInt(7);
    h.createdMs = s.columnInt(8);
    h.activatedMs = s.columnOptInt(9);
    h.expiresMs = s.columnOptInt(10);
    h.closedMs = s.columnOptInt(11);
    h.orderId = s.columnOptInt(12);
    h.flashSaleId = s.columnOptInt(13);
    h.flashUnits = s.columnInt(14);
    h.flashPrice = s.columnOptInt(15);
    return h;
}

std::optional<Hold> load(db::Connection &conn, std::int64_t id)
{
    static const std::string sql = std::string(kSelect) + "WHERE h.id = ?1";
    auto &stmt = conn.prepare(sql);
    stmt.bind(1, id);
    std::optional<Hold> hold;
    if (stmt.step())
        hold = read(stmt);
    stmt.reset();
    return hold;
}

std::optional<Hold> loadByClaimRef(db::Connection &conn, const std::string &claimRef)
{
    if (claimRef.empty())
        return std::nullopt;
    static const std::string sql = std::string(kSelect)
                                   + "WHERE h.claim_ref = ?1 AND h.claim_ref <> '' "
                                     "ORDER BY h.status IN ('active', 'waiting') DESC, h.id DESC "
                                     "LIMIT 1";
    auto &stmt = conn.prepare(sql);
    stmt.bind(1, claimRef);
    std::optional<Hold> hold;
    if (stmt.step())
        hold = read(stmt);
    stmt.reset();
    return hold;
}

std::string reference(std::int64_t id)
{
    return "hold:" + std::to_string(id);
}

} // namespace stallcast::orders::holdrows
