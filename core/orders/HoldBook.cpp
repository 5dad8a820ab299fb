#include "orders/HoldBook.h"

#include "orders/ClaimRun.h"

#include "common/TextKey.h"
#include "db/Database.h"
#include "inventory/ProductTable.h"
#include "inventory/StockLedger.h"
#include "orders/FlashPricing.h"
#include "orders/FlashSaleTable.h"
#include "orders/HoldRows.h"
#include "orders/OrderTable.h"
#include "orders/Waitlist.h"

#include <array>
#include <utility>

namespace stallcast::orders {

namespace {

using inventory::ProductTable;
using inventory::StockLedger;
using inventory::StockReason;

constexpr std::array<std::pair<HoldStatus, std::string_view>, 5> kStatuses = {{
    {HoldStatus::Waiting, "waiting"},
    {HoldStatus::Active, "active"},
    {HoldStatus::Converted, "converted"},
    {HoldStatus::Released, "released"},
    {HoldStatus::Expired, "expired"},
}};

// Closes a hold (released, expired, converted), giving back its reservation if it was active.
void closeHold(db::Connection &conn, const Hold &hold, HoldStatus to, std::string_view actor,
               std::int64_t nowMs, std::optional<std::int64_t> orderId = std::nullopt)
{
    if (hold.status == HoldStatus::Active) {
        if (!StockLedger::apply(conn, {hold.productId, StockReason::Release, 0, -hold.qty, actor,
                                       holdrows::reference(hold.id), nowMs}))
            throw std::runtime_error("cannot release " + holdrows::reference(hold.id));
    }
    if (hold.flashSaleId) // its flash units go back to the sale (or on to the paying order)
        FlashSaleTable::addCounted(conn, *hold.flashSaleId, -hold.flashUnits);
    conn.prepare("UPDATE holds SET status = ?2, closed_ms = ?3, order_id = ?4 WHERE id = ?1")
        .bind(1, hold.id)
        .bind(2, toString(to))
        .bind(3, nowMs)
        .bind(4, orderId)
        .run();
}

// The order lines paying a hold: the units claimed during a flash sale at the flash price
// (still counted toward that sale when the hold was open; else at that price as a stated one),
// the rest priced as any order's.
void addLinesForHold(OrderRequest &order, const Hold &hold, bool open)
{
    const std::int64_t atFlash = hold.flashPrice ? hold.flashUnits : 0;
    if (atFlash > 0) {
        if (open && hold.flashSaleId)
            order.flashHeldLines[order.lines.size()] = *hold.flashSaleId;
        order.lines.push_back({hold.sku, atFlash, hold.flashPrice});
    }
    if (hold.qty > atFlash)
        order.lines.push_back({hold.sku, hold.qty - atFlash, std::nullopt});
}

} // namespace

std::string_view toString(HoldStatus status)
{
    for (const auto &[s, name] : kStatuses)
        if (s == status)
            return name;
    throw std::logic_error("unknown hold status");
}

HoldStatus holdStatusFromString(std::string_view text)
{
    for (const auto &[s, name] : kStatuses)
        if (name == text)
            return s;
    throw std::runtime_error("unknown hold status \"" + std::string(text) + "\"");
}

ClaimResult HoldBook::claim(const ClaimRequest &req)
{
    const auto now = m_db.nowMs();
    return m_db.write([&](db::Connection &conn) { return claimInTransaction(conn, req, now); });
}

ClaimResult HoldBook::claimInTransaction(db::Connection &conn, const ClaimRequest &req,
                                         std::int64_t now)
{
    ClaimRun run(conn);
    auto result = run.claim(req, now);
    run.finish();
    return result;
}

std::vector<Hold> HoldBook::release(std::int64_t holdId, const std::string &actor)
{
    const auto now = m_db.nowMs();
    return m_db.write([&](db::Connection &conn) {
        const auto hold = holdrows::load(conn, holdId);
        if (!hold)
            throw OrderNotFound("no " + holdrows::reference(holdId));
        if (hold->status != HoldStatus::Active && hold->status != HoldStatus::Waiting)
            throw InvalidTransition(holdrows::reference(holdId) + " is " + std::string(toString(hold->status))
                                    + " and cannot be released");
        closeHold(conn, *hold, HoldStatus::Released, actor, now);
        return Waitlist::promote(conn, hold->productId, now);
    });
}

HoldBook::Expiry HoldBook::expireDue()
{
    const auto now = m_db.nowMs();
    return m_db.write([&](db::Connection &conn) {
        Expiry result;
        {
            auto &stmt = conn.prepare(std::string(holdrows::kSelect)
                                      + "WHERE h.status = 'active' AND h.expires_ms <= ?1 "
                                        "ORDER BY h.expires_ms, h.id");
            stmt.bind(1, now);
            while (stmt.step())
                result.expired.push_back(holdrows::read(stmt));
        }
        for (auto &hold : result.expired) {
            closeHold(conn, hold, HoldStatus::Expired, "expiry", now);
            hold.status = HoldStatus::Expired;
            hold.closedMs = now;
        }
        // Also serves waitlists whose stock came back some other way (a cancelled order, stock
        // added by hand or by an import): the studio calls this every second.
        result.promoted = Waitlist::promoteAll(conn, now);
        return result;
    });
}

PlaceResult HoldBook::pay(std::int64_t holdId, OrderRequest order)
{
    const auto now = m_db.nowMs();
    order.paid = true; // this is a payment: it is recorded whatever happened to the hold
    // The job may run more than once (see TransactionQueue): it works on its own copy.
    return m_db.write([&, payment = std::move(order)](db::Connection &conn) {
        const auto hold = holdrows::load(conn, holdId);
        return payInTransaction(conn, hold ? &*hold : nullptr, holdId, payment, now);
    });
}

PlaceResult HoldBook::payInTransaction(db::Connection &conn, const Hold *hold,
                                       std::int64_t holdId, OrderRequest order, std::int64_t now)
{
    order.paid = true;
    if (!hold && order.lines.empty())
        throw OrderNotFound("no " + holdrows::reference(holdId)
                            + " and the payment names no products");
    const bool open =
        hold && (hold->status == HoldStatus::Active || hold->status == HoldStatus::Waiting);
    // The hold was paid already (a retried or doubled payment): the same order again.
    if (hold && hold->status == HoldStatus::Converted && hold->orderId)
        if (auto existing = OrderTable::find(conn, *hold->orderId))
            return PlaceResult{std::move(*existing), true};
    std::optional<PlaceResult> placed;
    if (order.externalId)
        if (auto existing = OrderTable::findByExternalId(conn, order.source, *order.externalId))
            placed = PlaceResult{std::move(*existing), true};
    if (hold) {
        if (order.lines.empty())
            addLinesForHold(order, *hold, open);
        if (order.buyer.handle.empty())
            order.buyer.handle = hold->buyer;
    }
    // Give the reservation back first, in this same transaction, so the order can take it.
    if (open)
        closeHold(conn, *hold, HoldStatus::Converted, order.actor, now);
    if (!placed)
        placed = OrderTable::place(conn, order, now);
    if (open)
        conn.prepare("UPDATE holds SET order_id = ?2 WHERE id = ?1")
            .bind(1, hold->id)
            .bind(2, placed->order.id)
            .run();
    if (hold)
        Waitlist::promote(conn, hold->productId, now);
    return std::move(*placed);
}

std::optional<Hold> HoldBook::find(std::int64_t holdId) const
{
    return m_db.read([&](db::Connection &conn) { return holdrows::load(conn, holdId); });
}

std::vector<Hold> HoldBook::open(const std::string &sku) const
{
    return m_db.read([&](db::Connection &conn) {
        std::vector<Hold> holds;
        std::optional<std::int64_t> productId;
        if (!sku.empty()) {
            const auto product = ProductTable::findBySku(conn, sku);
            if (!product)
                return holds;
            productId = product->id;
        }
        auto &stmt = conn.prepare(std::string(holdrows::kSelect)
                                  + "WHERE h.status IN ('active', 'waiting') "
                                    "AND (?1 IS NULL OR h.product_id = ?1) ORDER BY h.id");
        stmt.bind(1, productId);
        while (stmt.step())
            holds.push_back(holdrows::read(stmt));
        return holds;
    });
}

} // namespace stallcast::orders
