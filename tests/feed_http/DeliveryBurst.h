#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace stallcast::test {

// One Stallcast delivery a sender attempted, and what came back.
struct SentDelivery {
    std::string deliveryId;
    std::string orderId; // the shop's order id: orders.external_id
    std::string body;
    int status = 0;             // 0: no answer (connection refused, reset or cut)
    std::int64_t recordedId = 0; // "order_id" of a 2xx answer: the database's order id
    bool oversold = false;       // a 2xx answer flagged it "oversold"
};

// Signs and sends one delivery (a fresh Stallcast-Signature timestamp) on a new keep-alive-less
// connection to 127.0.0.1:port, filling in status, recordedId and oversold.
void resend(std::uint16_t port, const std::string &secret, SentDelivery &delivery);

// Sends uniquely signed Stallcast deliveries (one line: 1 x sku at 1000 KRW; delivery and order
// ids unique per burst) to 127.0.0.1:port from `connections` threads, each with its own
// keep-alive client, as fast as the receiver answers, until stop().
class DeliveryBurst final {
public:
    DeliveryBurst(std::uint16_t port, std::string secret, std::string sku, int connections);
    DeliveryBurst(const DeliveryBurst &) = delete;
    DeliveryBurst &operator=(const DeliveryBurst &) = delete;
    ~DeliveryBurst(); // stop()

    // Waits until at least `count` deliveries were answered 2xx, or `timeout`. Returns how many
    // were answered 2xx by then.
    int waitForAcknowledged(int count, std::chrono::milliseconds timeout);

    // Stops the senders (a request in flight ends with its answer or its connection error) and
    // returns every delivery attempted. Call once.
    std::vector<SentDelivery> stop();

private:
    void send(int connection);

    std::uint16_t m_port;
    std::string m_secret;
    std::string m_sku;
    std::mutex m_mutex;
    std::condition_variable m_acknowledgedChanged;
    int m_acknowledged = 0;
    int m_nextId = 0;
    bool m_stopping = false;
    std::vector<std::vector<SentDelivery>> m_sent; // per connection: no sharing while running
    std::vector<std::thread> m_senders;
};

} // namespace stallcast::test
