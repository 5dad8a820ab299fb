#pragma once

#include "feed/OrderEvents.h"
#include "feed/Webhook.h"

#include <future>
#include <optional>
#include <string>

namespace stallcast::db {
class Database;
}

namespace stallcast::feed {

// The one way paid and pending orders enter the shop from outside: webhook deliveries and manual
// entry (phone and DM orders typed into the studio, `stallcast orders add`). Both go through the
// same placement (DeliveryPlacement: delivery log, claim codes paying holds, the order book's
// rules) and become the same events, in commit order. Thread-safe.
class OrderIntake final {
public:
    OrderIntake(db::Database &database, OrderEvents &events);

    // Submits without waiting; the future resolves once the order is durable (or with the
    // order book's refusal).
    std::shared_future<orders::PlaceResult>
    submit(ParsedDelivery delivery, OrderEvents::Clock::time_point receivedAt) const;

    // Submits without waiting; `then` gets the result once the order is durable (or the order
    // book's refusal), on the writer's delivery thread in commit order (OrderEvents). Throws,
    // without calling `then`, when the feed is shutting down.
    void submitThen(ParsedDelivery delivery, OrderEvents::Clock::time_point receivedAt,
                    OrderEvents::Continuation then) const;

    // A manual order: source "manual" unless the request names one; a claim code pays the hold
    // it names, as a webhook's would.
    std::shared_future<orders::PlaceResult>
    submitManual(orders::OrderRequest order, std::optional<std::string> claim = std::nullopt,
                 OrderEvents::Clock::time_point receivedAt = OrderEvents::Clock::now()) const;

private:
    db::Database &m_db;
    OrderEvents &m_events;
};

} // namespace stallcast::feed
