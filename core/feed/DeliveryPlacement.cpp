#include "feed/DeliveryPlacement.h"

#include "db/SqliteConnection.h"
#include "orders/HoldBook.h"
#include "orders/HoldRows.h"
#include "orders/OrderTable.h"

namespace stallcast::feed {

namespace {

std::optional<std::int64_t> loggedOrder(db::Connection &conn, const std::string &source,
                                        const std::string &deliveryId)
{
    auto &stmt = conn.prepare(
        "SELECT order_id FROM webhook_deliveries WHERE source = ?1 AND delivery_id = ?2");
    stmt.bind(1, source).bind(2, deliveryId);
    std::optional<std::int64_t> orderId;
    if (stmt.step())
        orderId = stmt.columnInt(0);
    stmt.reset();
    return orderId;
}

void logDelivery(db::Connection &conn, const std::string &source, const std::string &deliveryId,
                 std::int64_t orderId, std::int64_t nowMs)
{
    conn.prepare("INSERT OR IGNORE INTO webhook_deliveries (source, delivery_id, order_id, "
                 "received_ms) VALUES (?1, ?2, ?3, ?4)")
        .bind(1, source)
        .bind(2, deliveryId)
        .bind(3, orderId)
        .bind(4, nowMs)
        .run();
}

} // namespace

orders::PlaceResult placeDelivery(db::Connection &conn, const ParsedDelivery &delivery,
                                  std::int64_t nowMs)
{
    const auto &source = delivery.order.source;
    if (!delivery.deliveryId.empty())
        if (const auto orderId = loggedOrder(conn, source, delivery.deliveryId))
            if (auto order = orders::OrderTable::find(conn, *orderId))
                return {std::move(*order), true};

    std::optional<orders::PlaceResult> placed;
    if (delivery.claim && delivery.order.paid)
        if (const auto hold = orders::holdrows::loadByClaimRef(conn, *delivery.claim))
            placed = orders::HoldBook::payInTransaction(conn, &*hold, hold->id, delivery.order,
                                                        nowMs);
    if (!placed)
        placed = orders::OrderTable::place(conn, delivery.order, nowMs);
    if (!delivery.deliveryId.empty())
        logDelivery(conn, source, delivery.deliveryId, placed->order.id, nowMs);
    return std::move(*placed);
}

} // namespace stallcast::feed
