#include "inventory/StockLedger.h"

#include "db/SqliteConnection.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <exception>
#include <stdexcept>

namespace stallcast::inventory {

namespace {
constexpr std::array<std::pair<StockReason, std::string_view>, 7> kReasons = {{
    {StockReason::Import, "import"},
    {StockReason::Adjustment, "adjustment"},
    {StockReason::Sale, "sale"},
    {StockReason::Hold, "hold"},
    {StockReason::Release, "release"},
    {StockReason::Cancel, "cancel"},
    {StockReason::Refund, "refund"},
}};
} // namespace

std::string_view toString(StockReason reason)
{
    for (const auto &[r, name] : kReasons)
        if (r == reason)
            return name;
    throw std::logic_error("unknown stock reason");
}

StockReason stockReasonFromString(std::string_view text)
{
    for (const auto &[r, name] : kReasons)
        if (name == text)
            return r;
    throw std::runtime_error("unknown stock movement reason \"" + std::string(text) + "\"");
}

namespace {

bool updateFigures(db::Connection &conn, std::int64_t productId, std::int64_t onHandDelta,
                   std::int64_t heldDelta, std::int64_t atMs)
{
    conn.prepare("UPDATE products SET on_hand = on_hand + ?1, held = held + ?2, updated_ms = ?4 "
                 "WHERE id = ?3 AND on_hand + ?1 >= 0 AND held + ?2 >= 0 "
                 "AND held + ?2 <= on_hand + ?1 "
                 // An overflowing sum turns into a REAL near 9.2e18 and fails this bound.
                 "AND on_hand + ?1 <= 4000000000000000000")
        .bind(1, onHandDelta)
        .bind(2, heldDelta)
        .bind(3, productId)
        .bind(4, atMs)
        .run();
    return conn.changes() == 1;
}

void appendMovement(db::Connection &conn, const StockLedger::Entry &e)
{
    conn.prepare("INSERT INTO stock_movements (product_id, reason, on_hand_delta, held_delta, "
                 "actor, reference, at_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        .bind(1, e.productId)
        .bind(2, toString(e.reason))
        .bind(3, e.onHandDelta)
        .bind(4, e.heldDelta)
        .bind(5, e.actor)
        .bind(6, e.reference)
        .bind(7, e.atMs)
        .run();
}

} // namespace

bool StockLedger::apply(db::Connection &conn, const Entry &e)
{
    if (e.onHandDelta == 0 && e.heldDelta == 0)
        return true;
    if (!updateFigures(conn, e.productId, e.onHandDelta, e.heldDelta, e.atMs))
        return false;
    appendMovement(conn, e);
    return true;
}

StockLedger::Deferred::Deferred(db::Connection &conn)
    : m_conn(conn), m_unwinding(std::uncaught_exceptions())
{
}

StockLedger::Deferred::~Deferred()
{
    if (!m_totals.empty() && std::uncaught_exceptions() <= m_unwinding) {
        std::fputs("stallcast: StockLedger::Deferred destroyed with movements not flushed "
                   "(the ledger would be out of balance)\n",
                   stderr);
        std::terminate();
    }
}

void StockLedger::Deferred::add(const Entry &e)
{
    if (e.onHandDelta == 0 && e.heldDelta == 0)
        return;
    appendMovement(m_conn, e);
    auto &totals = m_totals[e.productId];
    totals.onHand += e.onHandDelta;
    totals.held += e.heldDelta;
    totals.atMs = std::max(totals.atMs, e.atMs);
}

void StockLedger::Deferred::flush()
{
    auto totals = std::move(m_totals);
    m_totals.clear();
    for (const auto &[productId, t] : totals)
        if ((t.onHand != 0 || t.held != 0)
            && !updateFigures(m_conn, productId, t.onHand, t.held, t.atMs))
            throw std::logic_error("stock of product " + std::to_string(productId)
                                   + " changed while a run of claims was being placed");
}

std::vector<StockMovement> StockLedger::movements(db::Connection &conn, std::int64_t productId)
{
    auto &stmt = conn.prepare("SELECT id, product_id, reason, on_hand_delta, held_delta, actor, "
                              "reference, at_ms FROM stock_movements WHERE product_id = ?1 "
                              "ORDER BY id");
    stmt.bind(1, productId);
    std::vector<StockMovement> out;
    while (stmt.step()) {
        out.push_back({stmt.columnInt(0), stmt.columnInt(1),
                       stockReasonFromString(stmt.columnText(2)), stmt.columnInt(3),
                       stmt.columnInt(4), stmt.columnText(5), stmt.columnText(6),
                       stmt.columnInt(7)});
    }
    return out;
}

std::vector<std::string> StockLedger::verifyInvariant(db::Connection &conn)
{
    auto &stmt = conn.prepare(
        "SELECT p.sku, p.on_hand, p.held, coalesce(sum(m.on_hand_delta), 0), "
        "coalesce(sum(m.held_delta), 0) FROM products p "
        "LEFT JOIN stock_movements m ON m.product_id = p.id GROUP BY p.id "
        "HAVING p.on_hand <> coalesce(sum(m.on_hand_delta), 0) "
        "OR p.held <> coalesce(sum(m.held_delta), 0) OR p.held > p.on_hand OR p.on_hand < 0");
    std::vector<std::string> problems;
    while (stmt.step()) {
        problems.push_back(stmt.columnText(0) + ": on hand " + std::to_string(stmt.columnInt(1))
                           + " (ledger " + std::to_string(stmt.columnInt(3)) + "), held "
                           + std::to_string(stmt.columnInt(2)) + " (ledger "
                           + std::to_string(stmt.columnInt(4)) + ")");
    }
    return problems;
}

} // namespace stallcast::inventory
