#pragma once

#include "orders/Order.h"

#include <exception>
#include <functional>
#include <future>
#include <optional>
#include <string>
#include <vector>

namespace stallcast::db {
class Database;
}

namespace stallcast::orders {

// The order book on an open database. Every write goes through the group-committing writer and
// returns (or resolves its future) only once the transaction is durable on disk.
class OrderBook final {
public:
    explicit OrderBook(db::Database &database) : m_db(database) {}

    PlaceResult place(const OrderRequest &request);
    // Pipelined form for producers with many orders in flight (webhook connections, benchmarks).
    std::future<PlaceResult> placeAsync(OrderRequest request);
    // Callback form (db::TransactionQueue::submitThen): done gets the result once the order is
    // durable, or the error, on the writer's delivery thread in commit order. done must not
    // throw or block.
    using PlaceDone = std::function<void(std::optional<PlaceResult>, std::exception_ptr)>;
    void placeThen(OrderRequest request, PlaceDone done);

    Order markPaid(std::int64_t orderId, const std::string &actor);
    Order fulfil(std::int64_t orderId, const std::string &actor);
    Order cancel(std::int64_t orderId, const std::string &actor);
    Order refund(std::int64_t orderId, const std::string &actor);
    // Backorder: an oversold order takes its stock now that it has arrived (see OrderTable).
    Order allocate(std::int64_t orderId, const std::string &actor);

    std::optional<Order> find(std::int64_t orderId) const;
    std::vector<Order> list() const;

private:
    Order move(std::int64_t orderId, OrderStatus to, const std::string &actor);
    db::Database &m_db;
};

} // namespace stallcast::orders
