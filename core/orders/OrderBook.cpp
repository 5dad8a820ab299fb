#include "orders/OrderBook.h"

#include "db/Database.h"
#include "orders/OrderTable.h"

namespace stallcast::orders {

PlaceResult OrderBook::place(const OrderRequest &request)
{
    return placeAsync(request).get();
}

std::future<PlaceResult> OrderBook::placeAsync(OrderRequest request)
{
    const auto now = m_db.nowMs();
    return m_db.writer().submit([request = std::move(request), now](db::Connection &c) {
        return OrderTable::place(c, request, now);
    });
}

void OrderBook::placeThen(OrderRequest request, PlaceDone done)
{
    const auto now = m_db.nowMs();
    m_db.writer().submitThen(
        [request = std::move(request), now](db::Connection &c) {
            return OrderTable::place(c, request, now);
        },
        std::move(done));
}

Order OrderBook::move(std::int64_t orderId, OrderStatus to, const std::string &actor)
{
    const auto now = m_db.nowMs();
    return m_db.write(
        [&](db::Connection &c) { return OrderTable::transition(c, orderId, to, actor, now); });
}

Order OrderBook::markPaid(std::int64_t orderId, const std::string &actor)
{
    return move(orderId, OrderStatus::Paid, actor);
}

Order OrderBook::fulfil(std::int64_t orderId, const std::string &actor)
{
    return move(orderId, OrderStatus::Fulfilled, actor);
}

Order OrderBook::cancel(std::int64_t orderId, const std::string &actor)
{
    return move(orderId, OrderStatus::Cancelled, actor);
}

Order OrderBook::refund(std::int64_t orderId, const std::string &actor)
{
    return move(orderId, OrderStatus::Refunded, actor);
}

Order OrderBook::allocate(std::int64_t orderId, const std::string &actor)
{
    const auto now = m_db.nowMs();
    return m_db.write(
        [&](db::Connection &c) { return OrderTable::allocate(c, orderId, actor, now); });
}

std::optional<Order> OrderBook::find(std::int64_t orderId) const
{
    return m_db.read([&](db::Connection &c) { return OrderTable::find(c, orderId); });
}

std::vector<Order> OrderBook::list() const
{
    return m_db.read([](db::Connection &c) { return OrderTable::list(c); });
}

} // namespace stallcast::orders
