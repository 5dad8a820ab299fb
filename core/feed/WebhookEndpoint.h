#pragma once

#include "feed/ReceiverReply.h"
#include "feed/Webhook.h"
#include "feed/WebhookSignature.h"

#include <chrono>
#include <functional>
#include <optional>

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

    // Where a reply that waits for the order's commit goes: called once, on the writer's
    // delivery thread (OrderEvents::Continuation). It must not throw or block.
    using ReplyTo = std::function<void(ReceiverReply)>;

    // Checks the signature, parses the payload and submits the order to the order book without
    // waiting for it. A refusal is returned at once; otherwise nothing is returned and `later`
    // gets the reply once the order is durable (or could not be recorded). The event-driven
    // receiver posts that reply to the connection's strand, so no thread waits per order.
    std::optional<ReceiverReply> submit(const Delivery &delivery,
                                        std::chrono::steady_clock::time_point receivedAt,
                                        ReplyTo later) const;

private:
    ReceiverReply checkedSignature(const Delivery &delivery) const;

    db::Database &m_db;
    const SecretSet &m_secrets;
    OrderEvents &m_events;
};

} // namespace stallcast::feed
