#include "feed/OrderIntake.h"

#include "db/Database.h"
#include "feed/DeliveryPlacement.h"

namespace stallcast::feed {

OrderIntake::OrderIntake(db::Database &database, OrderEvents &events)
    : m_db(database), m_events(events)
{
}

std::shared_future<orders::PlaceResult>
OrderIntake::submit(ParsedDelivery delivery, OrderEvents::Clock::time_point receivedAt) const
{
    std::promise<orders::PlaceResult> promise;
    auto future = promise.get_future().share();
    submitThen(std::move(delivery), receivedAt, settle(std::move(promise)));
    return future;
}

void OrderIntake::submitThen(ParsedDelivery delivery, OrderEvents::Clock::time_point receivedAt,
                             OrderEvents::Continuation then) const
{
    const auto now = m_db.nowMs();
    m_events.placeThen(
        [&](orders::OrderBook::PlaceDone completion) {
            // The job may run more than once (TransactionQueue): it keeps its own copy.
            m_db.writer().submitThen(
                [delivery = std::move(delivery), now](db::Connection &conn) {
                    return placeDelivery(conn, delivery, now);
                },
                std::move(completion));
        },
        receivedAt, std::move(then));
}

std::shared_future<orders::PlaceResult>
OrderIntake::submitManual(orders::OrderRequest order, std::optional<std::string> claim,
                          OrderEvents::Clock::time_point receivedAt) const
{
    ParsedDelivery delivery;
    if (order.source.empty())
        order.source = "manual";
    delivery.order = std::move(order);
    if (claim && !claim->empty())
        delivery.claim = std::move(claim);
    return submit(std::move(delivery), receivedAt);
}

} // namespace stallcast::feed
