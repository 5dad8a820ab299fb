#include "orders/FlashSaleTable.h"

#include "db/SqliteConnection.h"
#include "inventory/Product.h"
#include "inventory/ProductTable.h"
#include "money/Currency.h"
#include "money/Money.h"

#include <array>
#include <utility>

namespace stallcast::orders {

namespace {

constexpr std::string_view kSelect =
    "SELECT f.id, f.product_id, p.sku, f.price, f.currency, f.quantity, f.per_buyer_cap, "
    "f.starts_ms, f.ends_ms, f.stopped_ms, f.started_by, f.stopped_by, f.units_counted "
    "FROM flash_sales f JOIN products p ON p.id = f.product_id ";

constexpr std::array<std::pair<FlashSaleState, std::string_view>, 4> kStates = {{
    {FlashSaleState::Running, "running"},
    {FlashSaleState::SoldOut, "sold_out"},
    {FlashSaleState::Ended, "ended"},
    {FlashSaleState::Stopped, "stopped"},
}};

FlashSale readSale(const db::Statement &s)
{
    FlashSale f;
    f.id = s.columnInt(0);
    f.productId = s.columnInt(1);
    f.sku = s.columnText(2);
    f.price = s.columnInt(3);
    f.currency = s.columnText(4);
    f.quantity = s.columnInt(5);
    f.perBuyerCap = s.columnOptInt(6);
    f.startsMs = s.columnInt(7);
    f.endsMs = s.columnInt(8);
    f.stoppedMs = s.columnOptInt(9);
    f.startedBy = s.columnText(10);
    f.stoppedBy = s.columnText(11);
    f.sold = s.columnInt(12);
    return f;
}

// Fills in what the sale is doing now (the state is not stored).
FlashSale settle(FlashSale sale, std::int64_t nowMs)
{
    if (sale.stoppedMs)
        sale.state = FlashSaleState::Stopped;
    else if (nowMs >= sale.endsMs)
        sale.state = FlashSaleState::Ended;
    else if (sale.sold >= sale.quantity)
        sale.state = FlashSaleState::SoldOut;
    else
        sale.state = FlashSaleState::Running;
    return sale;
}

std::vector<FlashSale> query(db::Connection &conn, const std::string &where,
                             std::optional<std::int64_t> param, std::int64_t nowMs)
{
    std::vector<FlashSale> sales;
    auto &stmt = conn.prepare(std::string(kSelect) + where);
    if (param)
        stmt.bind(1, *param);
    while (stmt.step())
        sales.push_back(settle(readSale(stmt), nowMs));
    return sales;
}

std::optional<FlashSale> first(std::vector<FlashSale> sales)
{
    if (sales.empty())
        return std::nullopt;
    return std::move(sales.front());
}

void markStopped(db::Connection &conn, std::int64_t saleId, std::string_view actor,
                 std::int64_t nowMs)
{
    conn.prepare("UPDATE flash_sales SET stopped_ms = ?2, stopped_by = ?3 WHERE id = ?1")
        .bind(1, saleId)
        .bind(2, nowMs)
        .bind(3, actor)
        .run();
}

[[noreturn]] void refuse(FlashSaleRejected::Reason reason, const std::string &message)
{
    throw FlashSaleRejected(reason, message);
}

} // namespace

std::string_view toString(FlashSaleState state)
{
    for (const auto &[s, name] : kStates)
        if (s == state)
            return name;
    throw std::logic_error("unknown flash sale state");
}

FlashSale FlashSaleTable::start(db::Connection &conn, const FlashSaleStart &req, std::int64_t nowMs)
{
    using R = FlashSaleRejected::Reason;
    const auto product = inventory::ProductTable::findBySku(conn, req.sku);
    if (!product)
        refuse(R::UnknownProduct, "sku: no product \"" + req.sku + "\"");
    if (!product->active)
        refuse(R::Inactive, "sku: " + product->sku + " is archived");
    const auto currency = findCurrency(product->currency);
    const auto shown = [&](std::int64_t minor) {
        return currency ? formatForDisplay(minor, *currency) : std::to_string(minor);
    };
    if (req.price < 0 || req.price >= product->effectivePrice())
        refuse(R::Invalid, "price: " + shown(req.price) + " must be below " + product->sku
                               + "'s current price " + shown(product->effectivePrice()));
    if (req.durationMs <= 0 || req.durationMs > kMaxFlashSaleMs)
        refuse(R::Invalid, "duration: must be more than 0 and at most 24 hours");
    if (req.quantity < 1 || req.quantity > inventory::kMaxQuantity)
        refuse(R::Invalid, "quantity: must be between 1 and "
                               + std::to_string(inventory::kMaxQuantity));
    if (req.perBuyerCap && (*req.perBuyerCap < 1 || *req.perBuyerCap > req.quantity))
        refuse(R::Invalid, "cap: must be between 1 and the quantity ("
                               + std::to_string(req.quantity) + ")");
    if (const auto current = live(conn, product->id, nowMs)) {
        if (current->state == FlashSaleState::Running)
            refuse(R::AlreadyRunning,
                   "sku: " + product->sku + " already has flash sale " + std::to_string(current->id)
                       + " running (" + std::to_string(current->remaining()) + " of "
                       + std::to_string(current->quantity) + " left); stop it first");
        markStopped(conn, current->id, req.actor, nowMs); // sold out: the new sale replaces it
    }
    conn.prepare("INSERT INTO flash_sales (product_id, price, currency, quantity, per_buyer_cap, "
                 "starts_ms, ends_ms, started_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
        .bind(1, product->id)
        .bind(2, req.price)
        .bind(3, product->currency)
        .bind(4, req.quantity)
        .bind(5, req.perBuyerCap)
        .bind(6, nowMs)
        .bind(7, nowMs + req.durationMs)
        .bind(8, req.actor)
        .run();
    return *find(conn, conn.lastInsertRowId(), nowMs);
}

FlashSale FlashSaleTable::stop(db::Connection &conn, std::string_view sku, std::string_view actor,
                               std::int64_t nowMs)
{
    using R = FlashSaleRejected::Reason;
    const auto product = inventory::ProductTable::findBySku(conn, sku);
    if (!product)
        refuse(R::UnknownProduct, "sku: no product \"" + std::string(sku) + "\"");
    const auto current = live(conn, product->id, nowMs);
    if (!current)
        refuse(R::NotRunning, "sku: " + product->sku + " has no flash sale running");
    markStopped(conn, current->id, actor, nowMs);
    return *find(conn, current->id, nowMs);
}

std::optional<FlashSale> FlashSaleTable::live(db::Connection &conn, std::int64_t productId,
                                              std::int64_t nowMs)
{
    // At most one sale per product is live: start() refuses or replaces the one before.
    auto &stmt = conn.prepare("SELECT id FROM flash_sales WHERE product_id = ?1 "
                              "AND stopped_ms IS NULL AND ends_ms > ?2 ORDER BY id DESC LIMIT 1");
    stmt.bind(1, productId).bind(2, nowMs);
    std::optional<std::int64_t> id;
    if (stmt.step())
        id = stmt.columnInt(0);
    stmt.reset();
    if (!id)
        return std::nullopt;
    return find(conn, *id, nowMs);
}

std::optional<FlashSale> FlashSaleTable::latest(db::Connection &conn, std::int64_t productId,
                                                std::int64_t nowMs)
{
    return first(query(conn, "WHERE f.product_id = ?1 ORDER BY f.id DESC LIMIT 1", productId, nowMs));
}

std::optional<FlashSale> FlashSaleTable::find(db::Connection &conn, std::int64_t saleId,
                                              std::int64_t nowMs)
{
    return first(query(conn, "WHERE f.id = ?1", saleId, nowMs));
}

std::vector<FlashSale> FlashSaleTable::list(db::Connection &conn, std::int64_t nowMs)
{
    return query(conn, "ORDER BY f.id DESC", std::nullopt, nowMs);
}

std::int64_t FlashSaleTable::unitsCounted(db::Connection &conn, std::int64_t saleId,
                                          std::string_view buyerKey)
{
    // Per buyer, walk the buyer's orders and holds (orders_buyer_counted, holds_buyer): a busy
    // sale has many lines, one buyer few. "+l.flash_sale_id" keeps the planner off the sale's
    // index. Every order with a flash-sale line is in orders_buyer_counted (OrderTable::place).
    const bool perBuyer = !buyerKey.empty();
    auto &stmt = conn.prepare(
        perBuyer
            ? "SELECT coalesce((SELECT sum(l.flash_units) FROM orders o "
              "JOIN order_lines l ON l.order_id = o.id WHERE o.buyer_key = ?2 "
              "AND o.buyer_counted = 1 "
              "AND +l.flash_sale_id = ?1 AND o.status IN ('pending', 'paid', 'fulfilled')), 0) + "
              "coalesce((SELECT sum(flash_units) FROM holds WHERE buyer_key = ?2 "
              "AND +flash_sale_id = ?1 AND status IN ('active', 'waiting')), 0)"
            : "SELECT coalesce((SELECT sum(l.flash_units) FROM order_lines l "
              "JOIN orders o ON o.id = l.order_id WHERE l.flash_sale_id = ?1 "
              "AND o.status IN ('pending', 'paid', 'fulfilled')), 0) + "
              "coalesce((SELECT sum(flash_units) FROM holds WHERE flash_sale_id = ?1 "
              "AND status IN ('active', 'waiting')), 0)");
    stmt.bind(1, saleId);
    if (perBuyer)
        stmt.bind(2, buyerKey);
    stmt.step();
    const auto units = stmt.columnInt(0);
    stmt.reset();
    return units;
}

void FlashSaleTable::addCounted(db::Connection &conn, std::int64_t saleId, std::int64_t units)
{
    if (units == 0)
        return;
    conn.prepare("UPDATE flash_sales SET units_counted = units_counted + ?2 WHERE id = ?1")
        .bind(1, saleId)
        .bind(2, units)
        .run();
}

std::vector<std::string> FlashSaleTable::verifyCounts(db::Connection &conn)
{
    std::vector<std::pair<std::int64_t, std::int64_t>> stored;
    {
        auto &stmt = conn.prepare("SELECT id, units_counted FROM flash_sales ORDER BY id");
        while (stmt.step())
            stored.emplace_back(stmt.columnInt(0), stmt.columnInt(1));
    }
    std::vector<std::string> problems;
    for (const auto &[id, count] : stored)
        if (const auto summed = unitsCounted(conn, id); summed != count)
            problems.push_back("flash sale " + std::to_string(id) + ": " + std::to_string(count)
                               + " units counted, the orders and holds hold " + std::to_string(summed));
    return problems;
}

} // namespace stallcast::orders
