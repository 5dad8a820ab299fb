#pragma once

#include "orders/Order.h"

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace stallcast::db {
class Connection;
}

namespace stallcast::orders {

// The order book's rules, applied inside the caller's transaction (the writer's batch).
class OrderTable final {
public:
    // Records an order. All lines get stock or none do (decided from the rows read under the
    // write lock before anything is written). Unpaid orders that cannot be served are rejected (OrderRejected); paid ones
    // are always recorded, flagged (oversold, unknown_sku, over_limit, currency_mismatch).
    // The same (source, external id) returns the recorded order with duplicate = true.
    static PlaceResult place(db::Connection &conn, const OrderRequest &request, std::int64_t nowMs);

    // Moves an order to another state, giving stock back where the state says so.
    static Order transition(db::Connection &conn, std::int64_t orderId, OrderStatus to,
                            std::string_view actor, std::int64_t nowMs);

    // Backorder: gives an order's lines that have no stock (an oversold order) their units now,
    // all of them or none, and clears the oversold flag. Throws OrderRejected (OutOfStock) when
    // the stock is still short, InvalidTransition when the order is not pending or paid.
    static Order allocate(db::Connection &conn, std::int64_t orderId, std::string_view actor,
                          std::int64_t nowMs);

    static std::optional<Order> find(db::Connection &conn, std::int64_t orderId);
    static std::optional<Order> findByExternalId(db::Connection &conn, std::string_view source,
                                                 std::string_view externalId);
    // All orders, oldest first.
    static std::vector<Order> list(db::Connection &conn);
    // At most `limit` orders with an id above `afterId`, oldest first, with their lines (to
    // follow orders other processes record: the overlay's toasts and ticker).
    static std::vector<Order> listAfter(db::Connection &conn, std::int64_t afterId, std::int64_t limit);
    // The highest order id recorded so far (0: none).
    static std::int64_t lastId(db::Connection &conn);

    // Units of a product a buyer has in live orders and open holds, for products with a
    // per-buyer limit: only their orders are indexed by buyer (orders.buyer_counted).
    static std::int64_t unitsForBuyer(db::Connection &conn, std::int64_t productId,
                                      std::string_view buyerKey);
};

} // namespace stallcast::orders
