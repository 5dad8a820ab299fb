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
    const auto now = m_db.nowMs();
    return m_events.placeWith(
        [&] {
            // The job may run more than once (TransactionQueue): it keeps its own copy.
            return m_db.writer().submit(
                [delivery = std::move(delivery), now](db::Connection &conn) {
                    return placeDelivery(conn, delivery, now);
                });
        },
        receivedAt);
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
