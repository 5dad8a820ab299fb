#include "orders/OrderTable.h"

#include "common/TextKey.h"
#include "db/SqliteConnection.h"
#include "inventory/ProductTable.h"
#include "inventory/StockLedger.h"
#include "money/Currency.h"
#include "orders/FlashPricing.h"
#include "orders/FlashSaleTable.h"
#include "orders/Waitlist.h"

#include <algorithm>
#include <map>
#include <stdexcept>

namespace stallcast::orders {

namespace {

using inventory::Product;
using inventory::ProductTable;
using inventory::StockLedger;
using inventory::StockReason;

constexpr std::string_view kOrderColumns =
    "id, source, external_id, status, flags, buyer_handle, buyer_name, buyer_phone, "
    "buyer_address, currency, total, note, created_ms, updated_ms";

Order readOrder(const db::Statement &s)
{
    Order o;
    o.id = s.columnInt(0);
    o.source = s.columnText(1);
    o.externalId = s.columnOptText(2);
    o.status = orderStatusFromString(s.columnText(3));
    o.flags = static_cast<unsigned>(s.columnInt(4));
    o.buyer = {s.columnText(5), s.columnText(6), s.columnText(7), s.columnText(8)};
    o.currency = s.columnText(9);
    o.total = s.columnInt(10);
    o.note = s.columnText(11);
    o.createdMs = s.columnInt(12);
    o.updatedMs = s.columnInt(13);
    return o;
}

// Columns of an order line, read by readLine from column `at` on.
constexpr std::string_view kLineColumns =
    "line_no, product_id, sku, name, qty, unit_price, allocated, flash_sale_id, flash_units";

void readLine(const db::Statement &s, int at, Order &order)
{
    order.lines.push_back({static_cast<int>(s.columnInt(at)), s.columnOptInt(at + 1),
                           s.columnText(at + 2), s.columnText(at + 3), s.columnInt(at + 4),
                           s.columnInt(at + 5), s.columnInt(at + 6)});
    if (const auto saleId = s.columnOptInt(at + 7))
        order.flashLines.push_back({order.lines.back().lineNo, *saleId, s.columnInt(at + 8)});
}

void loadLines(db::Connection &conn, Order &order)
{
    static const std::string sql = "SELECT " + std::string(kLineColumns)
                                   + " FROM order_lines WHERE order_id = ?1 ORDER BY line_no";
    auto &stmt = conn.prepare(sql);
    stmt.bind(1, order.id);
    while (stmt.step())
        readLine(stmt, 0, order);
}

void addHistory(db::Connection &conn, std::int64_t orderId, OrderStatus from, OrderStatus to,
                std::string_view actor, std::int64_t nowMs)
{
    conn.prepare("INSERT INTO order_history (order_id, from_status, to_status, actor, at_ms) "
                 "VALUES (?1, ?2, ?3, ?4, ?5)")
        .bind(1, orderId)
        .bind(2, toString(from))
        .bind(3, toString(to))
        .bind(4, actor)
        .bind(5, nowMs)
        .run();
}

[[noreturn]] void reject(OrderRejected::Reason reason, const std::string &message)
{
    throw OrderRejected(reason, message);
}

std::int64_t checkedLineTotal(std::int64_t qty, std::int64_t price, std::int64_t runningTotal)
{
    std::int64_t line = 0;
    std::int64_t total = 0;
    if (__builtin_mul_overflow(qty, price, &line) || __builtin_add_overflow(runningTotal, line, &total))
        reject(OrderRejected::Reason::Invalid, "order total is too large");
    return total;
}

// The first line the stock cannot serve, or none. Applies StockLedger::apply's guard (on hand
// stays >= 0 and >= held; its upper bound cannot bite when stock goes down) line by line to the
// product rows as read, earlier lines of the same product having taken their units. Lines without
// a product take no stock.
std::optional<std::size_t> firstLineShortOfStock(const std::vector<OrderLine> &lines,
                                                 const std::vector<std::optional<Product>> &products)
{
    std::map<std::int64_t, std::int64_t> onHandLeft;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (!lines[i].productId)
            continue;
        const Product &p = *products[i];
        const auto it = onHandLeft.try_emplace(p.id, p.onHand).first;
        const std::int64_t after = it->second - lines[i].qty;
        if (after < 0 || p.held > after)
            return i;
        it->second = after;
    }
    return std::nullopt;
}

} // namespace

PlaceResult OrderTable::place(db::Connection &conn, const OrderRequest &req, std::int64_t nowMs)
{
    using R = OrderRejected::Reason;
    if (req.source.empty())
        reject(R::Invalid, "source: is empty");
    if (req.lines.empty())
        reject(R::Invalid, "lines: an order needs at least one line");
    if (req.externalId) {
        if (req.externalId->empty())
            reject(R::Invalid, "external_id: is empty");
        if (auto existing = findByExternalId(conn, req.source, *req.externalId))
            return {std::move(*existing), true};
    }

    Order order;
    order.source = req.source;
    order.externalId = req.externalId;
    order.status = req.paid ? OrderStatus::Paid : OrderStatus::Pending;
    order.buyer = req.buyer;
    order.note = req.note;
    order.createdMs = order.updatedMs = nowMs;
    if (!req.currency.empty()) {
        const auto currency = findCurrency(req.currency);
        if (!currency)
            reject(R::Invalid, "currency: \"" + req.currency + "\" is not an ISO 4217 code");
        order.currency = std::string(currency->code);
    }
    const std::string buyerKey = foldedKey(req.buyer.handle);

    // Resolve lines against the catalogue. A line may become two order lines during a flash
    // sale (units at the flash price, the rest at the normal price); `fromRequest` maps each
    // order line back to the request's line for messages.
    std::vector<std::optional<Product>> products;
    std::vector<std::size_t> fromRequest;
    std::map<std::int64_t, std::int64_t> qtyPerProduct;
    FlashPricing flash(conn, buyerKey, nowMs);
    const auto addLine = [&](OrderLine line, const std::optional<Product> &product, std::size_t i,
                             const FlashPricing::Part *part = nullptr) {
        line.lineNo = static_cast<int>(order.lines.size()) + 1;
        if (part && part->flashSaleId)
            order.flashLines.push_back({line.lineNo, *part->flashSaleId, part->flashUnits});
        order.total = checkedLineTotal(line.qty, line.unitPrice, order.total);
        order.lines.push_back(std::move(line));
        products.push_back(product);
        fromRequest.push_back(i);
    };
    for (std::size_t i = 0; i < req.lines.size(); ++i) {
        const auto &in = req.lines[i];
        const std::string where = "lines[" + std::to_string(i) + "]";
        if (in.qty <= 0 || in.qty > inventory::kMaxQuantity)
            reject(R::Invalid, where + ".qty: must be between 1 and "
                                   + std::to_string(inventory::kMaxQuantity));
        if (in.unitPrice && *in.unitPrice < 0)
            reject(R::Invalid, where + ".unit_price: is negative");
        auto product = ProductTable::findBySku(conn, in.sku);
        OrderLine line;
        line.sku = in.sku;
        line.qty = in.qty;
        if (!product) {
            if (!req.paid)
                reject(R::UnknownProduct, where + ".sku: no product \"" + in.sku + "\"");
            order.flags |= static_cast<unsigned>(OrderFlag::UnknownSku);
            line.unitPrice = in.unitPrice.value_or(0);
            addLine(std::move(line), product, i);
            continue;
        }
        if (!product->active && !req.paid)
            reject(R::Inactive, where + ".sku: " + product->sku + " is archived");
        line.productId = product->id;
        line.sku = product->sku;
        line.name = product->name;
        if (order.currency.empty())
            order.currency = product->currency;
        qtyPerProduct[product->id] += in.qty;
        if (product->currency != order.currency) {
            if (!req.paid)
                reject(R::Invalid, where + ".sku: " + product->sku + " is priced in "
                                       + product->currency + ", the order in " + order.currency);
            order.flags |= static_cast<unsigned>(OrderFlag::CurrencyMismatch);
            // The catalogue price is in another currency: only the source's price means
            // anything in this order's currency (and no flash sale applies).
            line.unitPrice = in.unitPrice.value_or(0);
            addLine(std::move(line), product, i);
            continue;
        }
        std::vector<FlashPricing::Part> parts;
        const auto held = req.flashHeldLines.find(i);
        if (held != req.flashHeldLines.end() && in.unitPrice) {
            parts.push_back(flash.reserved(*product, in.qty, *in.unitPrice, held->second));
        } else {
            auto priced = flash.price(*product, in.qty, in.unitPrice);
            order.flags |= priced.flags;
            parts = std::move(priced.parts);
        }
        for (const auto &part : parts) {
            OrderLine partLine = line;
            partLine.qty = part.qty;
            partLine.unitPrice = part.unitPrice;
            addLine(std::move(partLine), product, i, &part);
        }
    }
    if (order.currency.empty())
        reject(R::Invalid, "currency: is required when no line names a known product");

    // Per-buyer limits (only for identified buyers).
    if (!buyerKey.empty()) {
        for (std::size_t i = 0; i < products.size(); ++i) {
            const auto &p = products[i];
            if (!p || !p->perBuyerLimit)
                continue;
            const auto already = unitsForBuyer(conn, p->id, buyerKey);
            if (already + qtyPerProduct[p->id] > *p->perBuyerLimit) {
                if (!req.paid)
                    reject(R::OverLimit, "lines[" + std::to_string(fromRequest[i]) + "].qty: " + p->sku
                                             + " is limited to " + std::to_string(*p->perBuyerLimit)
                                             + " per buyer; " + req.buyer.handle + " already has "
                                             + std::to_string(already));
                order.flags |= static_cast<unsigned>(OrderFlag::OverLimit);
            }
        }
    }

    // Whether every line can get its stock is decided before anything is written, from the
    // product rows read above (this transaction holds the write lock, so they are current):
    // every line takes its stock or none does, and a refusal leaves nothing to undo.
    const auto shortLine = firstLineShortOfStock(order.lines, products);
    if (shortLine) {
        if (!req.paid) {
            const auto &p = *products[*shortLine];
            const auto requested = fromRequest[*shortLine];
            reject(R::OutOfStock, "lines[" + std::to_string(requested) + "].qty: " + p.sku
                                      + " has " + std::to_string(p.available()) + " available, "
                                      + std::to_string(req.lines[requested].qty) + " wanted");
        }
        order.flags |= static_cast<unsigned>(OrderFlag::Oversold); // no line takes stock
    }

    // The order goes into the buyer index (orders_buyer_counted) only if a per-buyer rule will
    // count it: a line of a product with a per-buyer limit, or units at a flash-sale price.
    const bool buyerCounted
        = !buyerKey.empty()
          && (!order.flashLines.empty()
              || std::any_of(products.begin(), products.end(), [](const auto &p) {
                     return p && p->perBuyerLimit;
                 }));
    conn.prepare("INSERT INTO orders (source, external_id, status, flags, buyer_handle, buyer_key, "
                 "buyer_name, buyer_phone, buyer_address, currency, total, note, placed_by, "
                 "created_ms, updated_ms, buyer_counted) VALUES "
                 "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14, ?15)")
        .bind(1, order.source)
        .bind(2, order.externalId)
        .bind(3, toString(order.status))
        .bind(4, static_cast<std::int64_t>(order.flags))
        .bind(5, order.buyer.handle)
        .bind(6, buyerKey)
        .bind(7, order.buyer.name)
        .bind(8, order.buyer.phone)
        .bind(9, order.buyer.address)
        .bind(10, order.currency)
        .bind(11, order.total)
        .bind(12, order.note)
        .bind(13, req.actor)
        .bind(14, nowMs)
        .bind(15, buyerCounted ? 1 : 0)
        .run();
    order.id = conn.lastInsertRowId();

    if (!shortLine) {
        const std::string reference = "order:" + std::to_string(order.id);
        for (auto &line : order.lines) {
            if (!line.productId)
                continue;
            if (!StockLedger::apply(conn, {*line.productId, StockReason::Sale, -line.qty, 0,
                                          req.actor, reference, nowMs}))
                throw std::logic_error("stock of " + line.sku + " changed while " + reference
                                       + " was being placed");
            line.allocated = line.qty;
        }
    }

    auto &lineStmt = conn.prepare("INSERT INTO order_lines (order_id, line_no, product_id, sku, "
                                  "name, qty, unit_price, allocated, flash_sale_id, flash_units) "
                                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    std::size_t flashAt = 0; // flashLines are in line order
    for (const auto &line : order.lines) {
        const FlashLine *flashLine = nullptr;
        if (flashAt < order.flashLines.size() && order.flashLines[flashAt].lineNo == line.lineNo)
            flashLine = &order.flashLines[flashAt++];
        lineStmt.reset()
            .bind(1, order.id)
            .bind(2, line.lineNo)
            .bind(3, line.productId)
            .bind(4, line.sku)
            .bind(5, line.name)
            .bind(6, line.qty)
            .bind(7, line.unitPrice)
            .bind(8, line.allocated)
            .bind(9, flashLine ? std::optional(flashLine->saleId) : std::nullopt)
            .bind(10, flashLine ? flashLine->units : 0)
            .run();
    }
    for (const auto &f : order.flashLines)
        FlashSaleTable::addCounted(conn, f.saleId, f.units);
    return {std::move(order), false};
}

Order OrderTable::transition(db::Connection &conn, std::int64_t orderId, OrderStatus to,
                             std::string_view actor, std::int64_t nowMs)
{
    auto order = find(conn, orderId);
    if (!order)
        throw OrderNotFound("no order " + std::to_string(orderId));
    if (!canTransition(order->status, to))
        throw InvalidTransition("order " + std::to_string(orderId) + " is "
                                + std::string(toString(order->status)) + " and cannot become "
                                + std::string(toString(to)));
    if (to == OrderStatus::Fulfilled)
        for (const auto &line : order->lines)
            if (line.productId && line.allocated < line.qty)
                throw InvalidTransition("order " + std::to_string(orderId) + " cannot be fulfilled: "
                                        + line.sku + " has no stock allocated (oversold); "
                                        "allocate it when stock arrives, or refund");
    const bool restock = to == OrderStatus::Cancelled
                         || (to == OrderStatus::Refunded && order->status == OrderStatus::Paid);
    if (restock) {
        const auto reason = to == OrderStatus::Cancelled ? StockReason::Cancel : StockReason::Refund;
        const std::string reference = "order:" + std::to_string(orderId);
        for (const auto &line : order->lines) {
            if (!line.productId || line.allocated == 0)
                continue;
            if (!StockLedger::apply(conn, {*line.productId, reason, line.allocated, 0, actor,
                                           reference, nowMs}))
                throw std::runtime_error("cannot restock " + line.sku + " for " + reference);
        }
    }
    conn.prepare("UPDATE orders SET status = ?2, updated_ms = ?3 WHERE id = ?1")
        .bind(1, orderId)
        .bind(2, toString(to))
        .bind(3, nowMs)
        .run();
    addHistory(conn, orderId, order->status, to, actor, nowMs);
    if (to == OrderStatus::Cancelled || to == OrderStatus::Refunded) // no longer a live order
        for (const auto &f : order->flashLines)
            FlashSaleTable::addCounted(conn, f.saleId, -f.units);
    if (restock) // stock came back: the people waiting for it come first
        for (const auto &line : order->lines)
            if (line.productId && line.allocated > 0)
                Waitlist::promote(conn, *line.productId, nowMs);
    order->status = to;
    order->updatedMs = nowMs;
    return *order;
}

Order OrderTable::allocate(db::Connection &conn, std::int64_t orderId, std::string_view actor,
                          std::int64_t nowMs)
{
    auto order = find(conn, orderId);
    if (!order)
        throw OrderNotFound("no order " + std::to_string(orderId));
    if (order->status != OrderStatus::Pending && order->status != OrderStatus::Paid)
        throw InvalidTransition("order " + std::to_string(orderId) + " is "
                                + std::string(toString(order->status))
                                + ": only pending or paid orders take stock");
    std::vector<OrderLine> missing;
    std::vector<std::optional<Product>> products;
    for (const auto &line : order->lines) {
        if (!line.productId || line.allocated >= line.qty)
            continue;
        OrderLine want = line;
        want.qty = line.qty - line.allocated;
        missing.push_back(want);
        products.push_back(ProductTable::findById(conn, *line.productId));
    }
    if (const auto shortLine = firstLineShortOfStock(missing, products)) {
        const auto &p = *products[*shortLine];
        throw OrderRejected(OrderRejected::Reason::OutOfStock,
                            "order " + std::to_string(orderId) + ": " + p.sku + " has "
                                + std::to_string(p.available()) + " available, "
                                + std::to_string(missing[*shortLine].qty) + " wanted");
    }
    const std::string reference = "order:" + std::to_string(orderId);
    for (const auto &want : missing) {
        if (!StockLedger::apply(conn, {*want.productId, StockReason::Sale, -want.qty, 0, actor,
                                       reference, nowMs}))
            throw std::logic_error("stock of " + want.sku + " changed while " + reference
                                   + " was being allocated");
        conn.prepare("UPDATE order_lines SET allocated = qty WHERE order_id = ?1 AND line_no = ?2")
            .bind(1, orderId)
            .bind(2, want.lineNo)
            .run();
    }
    order->flags &= ~static_cast<unsigned>(OrderFlag::Oversold);
    conn.prepare("UPDATE orders SET flags = ?2, updated_ms = ?3 WHERE id = ?1")
        .bind(1, orderId)
        .bind(2, static_cast<std::int64_t>(order->flags))
        .bind(3, nowMs)
        .run();
    for (auto &line : order->lines)
        if (line.productId)
            line.allocated = line.qty;
    order->updatedMs = nowMs;
    return *order;
}

std::optional<Order> OrderTable::find(db::Connection &conn, std::int64_t orderId)
{
    static const std::string sql =
        "SELECT " + std::string(kOrderColumns) + " FROM orders WHERE id = ?1";
    auto &stmt = conn.prepare(sql);
    stmt.bind(1, orderId);
    if (!stmt.step())
        return std::nullopt;
    Order order = readOrder(stmt);
    stmt.reset();
    loadLines(conn, order);
    return order;
}

std::optional<Order> OrderTable::findByExternalId(db::Connection &conn, std::string_view source,
                                                  std::string_view externalId)
{
    auto &stmt = conn.prepare("SELECT id FROM orders WHERE source = ?1 AND external_id = ?2");
    stmt.bind(1, source).bind(2, externalId);
    if (!stmt.step())
        return std::nullopt;
    const auto id = stmt.columnInt(0);
    stmt.reset();
    return find(conn, id);
}

std::vector<Order> OrderTable::list(db::Connection &conn)
{
    std::vector<Order> orders;
    {
        auto &stmt = conn.prepare("SELECT " + std::string(kOrderColumns) + " FROM orders ORDER BY id");
        while (stmt.step())
            orders.push_back(readOrder(stmt));
    }
    std::map<std::int64_t, Order *> byId;
    for (auto &o : orders)
        byId[o.id] = &o;
    auto &lines = conn.prepare("SELECT order_id, " + std::string(kLineColumns)
                               + " FROM order_lines ORDER BY order_id, line_no");
    while (lines.step()) {
        const auto it = byId.find(lines.columnInt(0));
        if (it == byId.end())
            continue;
        readLine(lines, 1, *it->second);
    }
    return orders;
}

std::vector<Order> OrderTable::listAfter(db::Connection &conn, std::int64_t afterId, std::int64_t limit)
{
    std::vector<Order> orders;
    {
        auto &stmt = conn.prepare("SELECT " + std::string(kOrderColumns)
                                  + " FROM orders WHERE id > ?1 ORDER BY id LIMIT ?2");
        stmt.bind(1, afterId).bind(2, limit);
        while (stmt.step())
            orders.push_back(readOrder(stmt));
    }
    for (auto &order : orders)
        loadLines(conn, order);
    return orders;
}

std::int64_t OrderTable::lastId(db::Connection &conn)
{
    auto &stmt = conn.prepare("SELECT coalesce(max(id), 0) FROM orders");
    stmt.step();
    const auto id = stmt.columnInt(0);
    stmt.reset();
    return id;
}

std::int64_t OrderTable::unitsForBuyer(db::Connection &conn, std::int64_t productId,
                                       std::string_view buyerKey)
{
    auto &stmt = conn.prepare(
        "SELECT coalesce((SELECT sum(l.qty) FROM orders o JOIN order_lines l ON l.order_id = o.id "
        "WHERE o.buyer_key = ?2 AND o.buyer_counted = 1 AND +l.product_id = ?1 "
        "AND o.status IN ('pending', 'paid', 'fulfilled')), 0) + "
        "coalesce((SELECT sum(qty) FROM holds WHERE product_id = ?1 AND buyer_key = ?2 "
        "AND status IN ('active', 'waiting')), 0)");
    stmt.bind(1, productId).bind(2, buyerKey);
    stmt.step();
    const auto units = stmt.columnInt(0);
    stmt.reset();
    return units;
}

} // namespace stallcast::orders
