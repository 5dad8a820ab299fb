#include "inventory/StockLedger.h"

#include "db/SqliteConnection.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <exception>
#include <optional>
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

// The stock guard, as SQL over the products row: ?3 and ?4 are the on-hand and held deltas.
#define STALLCAST_STOCK_GUARD                                                                   \
    "on_hand + ?3 >= 0 AND held + ?4 >= 0 AND held + ?4 <= on_hand + ?3 "                      \
    /* An overflowing sum turns into a REAL near 9.2e18 and fails this bound. */               \
    "AND on_hand + ?3 <= 4000000000000000000"

// Sets the product's figures and its latest movement, guarded: the bounds are in the WHERE
// clause, so there is no read-check-write race. With `expectedLast`, only if the product's
// latest movement is still that one.
bool updateFigures(db::Connection &conn, std::int64_t productId, std::int64_t onHandDelta,
                   std::int64_t heldDelta, std::int64_t atMs, std::int64_t lastMovementId,
                   std::optional<std::int64_t> expectedLast = std::nullopt)
{
    auto &stmt = conn.prepare(
        expectedLast ? "UPDATE products SET on_hand = on_hand + ?3, held = held + ?4, "
                       "updated_ms = ?2, last_movement_id = ?5 WHERE id = ?1 AND "
                       "last_movement_id = ?6 AND " STALLCAST_STOCK_GUARD
                     : "UPDATE products SET on_hand = on_hand + ?3, held = held + ?4, "
                       "updated_ms = ?2, last_movement_id = ?5 WHERE id = ?1 AND "
                       STALLCAST_STOCK_GUARD);
    stmt.bind(1, productId).bind(2, atMs).bind(3, onHandDelta).bind(4, heldDelta);
    stmt.bind(5, lastMovementId);
    if (expectedLast)
        stmt.bind(6, *expectedLast);
    stmt.run();
    return conn.changes() == 1;
}

// Binds ?1..?7 to the movement's columns, in stock_movements' order.
db::Statement &bindEntry(db::Statement &stmt, const StockLedger::Entry &e)
{
    return stmt        .bind(1, e.productId)
        .bind(2, toString(e.reason))
        .bind(3, e.onHandDelta)
        .bind(4, e.heldDelta)
        .bind(5, e.actor)
        .bind(6, e.reference)
        .bind(7, e.atMs);
}

// Appends a ledger row after `prevId`, its product's latest movement (0 for the first).
std::int64_t appendMovement(db::Connection &conn, const StockLedger::Entry &e, std::int64_t prevId)
{
    bindEntry(conn.prepare("INSERT INTO stock_movements (product_id, reason, on_hand_delta, "
                           "held_delta, actor, reference, at_ms, prev_id) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"),
              e)
        .bind(8, prevId)
        .run();
    return conn.lastInsertRowId();
}

// Appends a ledger row after its product's latest movement, read in the same statement, if the
// movement keeps the product's figures within their bounds; nullopt (and nothing written) when
// it would not, or there is no such product.
std::optional<std::int64_t> appendAfterLatest(db::Connection &conn, const StockLedger::Entry &e)
{
    bindEntry(conn.prepare("INSERT INTO stock_movements (product_id, reason, on_hand_delta, "
                           "held_delta, actor, reference, at_ms, prev_id) SELECT ?1, ?2, ?3, "
                           "?4, ?5, ?6, ?7, last_movement_id FROM products WHERE id = ?1 AND "
                           STALLCAST_STOCK_GUARD),
              e)
        .run();
    if (conn.changes() != 1)
        return std::nullopt;
    return conn.lastInsertRowId();
}

// The product's latest movement (0: none yet), or nullopt when there is no such product.
std::optional<std::int64_t> lastMovement(db::Connection &conn, std::int64_t productId)
{
    auto &stmt = conn.prepare("SELECT last_movement_id FROM products WHERE id = ?1");
    stmt.bind(1, productId);
    std::optional<std::int64_t> last;
    if (stmt.step())
        last = stmt.columnInt(0);
    stmt.reset();
    return last;
}

#undef STALLCAST_STOCK_GUARD

} // namespace

bool StockLedger::apply(db::Connection &conn, const Entry &e)
{
    if (e.onHandDelta == 0 && e.heldDelta == 0)
        return true;
    const auto id = appendAfterLatest(conn, e);
    if (!id)
        return false; // a bound would break, or no such product: nothing was written
    // The same bounds over the same row in the same transaction: this cannot fail.
    if (!updateFigures(conn, e.productId, e.onHandDelta, e.heldDelta, e.atMs, *id))
        throw std::logic_error("stock of product " + std::to_string(e.productId)
                               + " changed between its ledger row and its figures");
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
    auto found = m_totals.find(e.productId);
    if (found == m_totals.end()) {
        const auto last = lastMovement(m_conn, e.productId);
        if (!last)
            throw std::logic_error("stock of product " + std::to_string(e.productId)
                                   + " moved, but there is no such product");
        found = m_totals.emplace(e.productId, Totals{}).first;
        found->second.lastBeforeRun = found->second.lastMovementId = *last;
    }
    auto &totals = found->second;
    totals.lastMovementId = appendMovement(m_conn, e, totals.lastMovementId);
    totals.onHand += e.onHandDelta;
    totals.held += e.heldDelta;
    totals.atMs = std::max(totals.atMs, e.atMs);
}

void StockLedger::Deferred::flush()
{
    auto totals = std::move(m_totals);
    m_totals.clear();
    // Every product that moved gets its figures and its latest movement, even when the run's
    // movements cancel out.
    // The product's latest movement must still be the one the run chained its first after:
    // a movement applied in between would be left out of the chain.
    for (const auto &[productId, t] : totals)
        if (!updateFigures(m_conn, productId, t.onHand, t.held, t.atMs, t.lastMovementId,
                           t.lastBeforeRun))
            throw std::logic_error("stock of product " + std::to_string(productId)
                                   + " changed while a run of claims was being placed");
}

std::vector<StockMovement> StockLedger::movements(db::Connection &conn, std::int64_t productId)
{
    // Each product's movements form a chain (stock_movements.prev_id, from products.
    // last_movement_id): no index by product, so that each movement costs one B-tree insert
    // less (docs/BENCHMARKS.md), and a product's history costs one lookup per movement of its
    // own, however long the ledger.
    std::vector<StockMovement> out;
    auto id = lastMovement(conn, productId).value_or(0);
    auto &stmt = conn.prepare("SELECT id, product_id, reason, on_hand_delta, held_delta, actor, "
                              "reference, at_ms, prev_id FROM stock_movements WHERE id = ?1");
    while (id != 0) {
        stmt.reset().bind(1, id);
        if (!stmt.step() || stmt.columnInt(1) != productId)
            throw std::runtime_error("the stock ledger of product " + std::to_string(productId)
                                     + " is broken at movement " + std::to_string(id));
        out.push_back({stmt.columnInt(0), stmt.columnInt(1),
                       stockReasonFromString(stmt.columnText(2)), stmt.columnInt(3),
                       stmt.columnInt(4), stmt.columnText(5), stmt.columnText(6),
                       stmt.columnInt(7)});
        const auto prev = stmt.columnInt(8);
        if (prev < 0 || prev >= id)
            throw std::runtime_error("the stock ledger of product " + std::to_string(productId)
                                     + " is broken at movement " + std::to_string(id));
        id = prev;
    }
    stmt.reset();
    std::reverse(out.begin(), out.end());
    return out;
}

std::vector<std::string> StockLedger::verifyInvariant(db::Connection &conn)
{
    std::vector<std::string> problems;
    auto &figures = conn.prepare(
        "SELECT p.sku, p.on_hand, p.held, coalesce(m.on_hand, 0), coalesce(m.held, 0), "
        "p.last_movement_id, coalesce(m.last, 0) "
        "FROM products p LEFT JOIN (SELECT product_id, sum(on_hand_delta) AS on_hand, "
        "sum(held_delta) AS held, max(id) AS last FROM stock_movements GROUP BY product_id) m "
        "ON m.product_id = p.id "
        "WHERE p.on_hand <> coalesce(m.on_hand, 0) OR p.held <> coalesce(m.held, 0) "
        "OR p.held > p.on_hand OR p.on_hand < 0 OR p.last_movement_id <> coalesce(m.last, 0)");
    while (figures.step()) {
        std::string line = figures.columnText(0) + ": on hand "
                           + std::to_string(figures.columnInt(1)) + " (ledger "
                           + std::to_string(figures.columnInt(3)) + "), held "
                           + std::to_string(figures.columnInt(2)) + " (ledger "
                           + std::to_string(figures.columnInt(4)) + ")";
        if (figures.columnInt(5) != figures.columnInt(6))
            line += ", latest movement " + std::to_string(figures.columnInt(5)) + " (ledger "
                    + std::to_string(figures.columnInt(6)) + ")";
        problems.push_back(std::move(line));
    }
    figures.reset();
    // Each movement's link must be its product's movement just before it.
    auto &links = conn.prepare(
        "SELECT p.sku, m.id, m.prev_id, m.before FROM (SELECT id, product_id, prev_id, "
        "lag(id, 1, 0) OVER (PARTITION BY product_id ORDER BY id) AS before "
        "FROM stock_movements) m JOIN products p ON p.id = m.product_id "
        "WHERE m.prev_id <> m.before ORDER BY m.id LIMIT 100");
    while (links.step())
        problems.push_back(links.columnText(0) + ": movement " + std::to_string(links.columnInt(1))
                           + " follows " + std::to_string(links.columnInt(2))
                           + " in the chain, but the movement before it is "
                           + std::to_string(links.columnInt(3)));
    links.reset();
    return problems;
}

} // namespace stallcast::inventory
