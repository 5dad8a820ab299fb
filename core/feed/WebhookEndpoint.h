#pragma once

#include "feed/ReceiverReply.h"
#include "feed/Webhook.h"
#include "feed/WebhookSignature.h"

#include <chrono>
#include <future>
#include <variant>

namespace stallcast::db {
class Database;
}

namespace stallcast::feed {

class OrderEvents;

// What happens to one webhook delivery, without the HTTP around it: signature, payload, order
// book, reply. Thread-safe (the receiver's workers call it at once); the secrets are fixed.
//
//   401  no secret configured for the source, or the signature is missing, malformed, does
//        not match any active secret, or its timestamp is outside the tolerance
//   400  the payload cannot be parsed, or the order book finds the order malformed
//   422  an unpaid order the order book refuses (out of stock, over limit, unknown product...)
//   201  recorded (durably committed); 200 when it was already recorded (a retry)
//   503  the order could not be recorded (database error): the sender should retry
class WebhookEndpoint final {
public:
    WebhookEndpoint(db::Database &database, const SecretSet &secrets, OrderEvents &events);

    using Placement = std::shared_future<orders::PlaceResult>;

    // Checks the signature, parses the payload and submits the order to the order book without
    // waiting for it: either the reply at once (a refusal) or the pending placement, which
    // resolves once the order is durable (replyFor turns it into the reply). The event-driven
    // receiver hands the placement to a ReplyCourier instead of blocking a thread on it.
    std::variant<ReceiverReply, Placement>
    submit(const Delivery &delivery, std::chrono::steady_clock::time_point receivedAt) const;

    // submit() and wait: the reply once the order is durable.
    ReceiverReply receive(const Delivery &delivery,
                          std::chrono::steady_clock::time_point receivedAt) const;

private:
    ReceiverReply checkedSignature(const Delivery &delivery) const;

    db::Database &m_db;
    const SecretSet &m_secrets;
    OrderEvents &m_events;
};

} // namespace stallcast::feed
