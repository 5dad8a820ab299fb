#pragma once

#include "LatencyStats.h"

#include <atomic>
#include <cstdint>
#include <string>
#include <thread>
#include <vector>

namespace stallcast::bench {

// One product the poster orders: one unit at `unitPrice` minor units of `currency`.
struct PostedProduct {
    std::string sku;
    std::int64_t unitPrice = 0;
    std::string currency;
};

// What to post: signed deliveries in our own format to 127.0.0.1:port/webhooks/stallcast.
struct OrderPosting {
    std::uint16_t port = 0;
    std::string secret;  // the receiver's Stallcast webhook secret
    int rate = 200;      // deliveries per second
    std::vector<PostedProduct> products; // taken in turn
    std::string runId;   // in every delivery id, so runs against one shop never collide
};

struct PostingResult {
    std::int64_t sent = 0;
    std::int64_t accepted = 0; // answered 2xx
    std::int64_t refused = 0;  // answered anything else
    std::int64_t failed = 0;   // no answer (connection error)
    std::int64_t late = 0;     // sent more than one period after its slot: the sender fell behind
    double seconds = 0;        // first send to the last answer
    LatencyStats latency;      // request sent -> answer read
    std::string firstProblem;  // the first refusal or error, for the report
};

// A shop's webhook sender in the benchmark process: a thread of its own with one real HTTP
// client (cpp-httplib, keep-alive), posting uniquely signed deliveries (Stallcast-Signature with
// the current time) at a steady rate from the moment it is made until stop().
class OrderPoster final {
public:
    explicit OrderPoster(OrderPosting posting);
    OrderPoster(const OrderPoster &) = delete;
    OrderPoster &operator=(const OrderPoster &) = delete;
    ~OrderPoster();

    // Stops after the request in flight is answered; joins the thread.
    void stop();
    // What was posted; read after stop().
    const PostingResult &result() const { return m_result; }

private:
    void run();

    OrderPosting m_posting;
    PostingResult m_result;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

} // namespace stallcast::bench
