#pragma once

#include "feed/ListenAddress.h"
#include "feed/ReceiverOptions.h"
#include "feed/WebhookSignature.h"

#include <memory>

namespace stallcast::db {
class Database;
}

namespace stallcast::feed {

class OrderEvents;

// The HTTP/1.1 (or HTTPS) server that takes paid orders from the merchant's shop:
// POST /webhooks/stallcast, /webhooks/shopify, /webhooks/woocommerce, /webhooks/stripe.
// Each request is checked, parsed and placed by a WebhookEndpoint; the answer is sent only once
// the order is durable. Event-driven (Boost.Beast on Asio): a few event-loop threads serve every
// connection, keep-alive; a request waiting for its commit holds no thread (the writer's
// delivery thread posts its answer to the connection once the order is durable).
// docs/WEBHOOKS.md, "Receiver".
//
// The Database and OrderEvents must outlive the receiver.
class OrderReceiver final {
public:
    OrderReceiver(db::Database &database, SecretSet secrets, OrderEvents &events,
                  ReceiverOptions options);
    OrderReceiver(const OrderReceiver &) = delete;
    OrderReceiver &operator=(const OrderReceiver &) = delete;
    ~OrderReceiver(); // stop()

    // Binds the address and starts accepting on a background thread; connections are accepted
    // from the moment this returns. Throws std::runtime_error when the TLS files cannot be
    // loaded or the address cannot be bound.
    void start();

    // The address actually bound (the real port when port 0 was asked for).
    ListenAddress boundAddress() const;
    bool usesTls() const;

    // Stops accepting, lets every request being handled finish and be answered (kept-alive
    // connections close after their current request), and joins the threads. Idempotent.
    void stop();

private:
    struct Server;
    std::unique_ptr<Server> m_server;
};

} // namespace stallcast::feed
