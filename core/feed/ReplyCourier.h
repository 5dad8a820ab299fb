#pragma once

#include "feed/ReceiverReply.h"
#include "orders/Order.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <mutex>
#include <thread>

namespace stallcast::feed {

// Answers webhook deliveries once their orders are durable, without a thread per connection.
// The receiver's event loop submits an order and hands its placement here with a function that
// sends the reply; one courier thread waits for placements in the order they were handed over
// and calls each function with the reply. The group-committing writer resolves placements in
// submission order, batch by batch, so waiting in that order costs one wake-up per batch, not
// one per order.
class ReplyCourier final {
public:
    using Send = std::function<void(ReceiverReply)>;

    ReplyCourier();
    ReplyCourier(const ReplyCourier &) = delete;
    ReplyCourier &operator=(const ReplyCourier &) = delete;
    // Sends every reply already handed over, then stops.
    ~ReplyCourier();

    void deliver(std::shared_future<orders::PlaceResult> placement, Send send);

private:
    struct Parcel {
        std::shared_future<orders::PlaceResult> placement;
        Send send;
    };
    void loop();

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Parcel> m_parcels;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace stallcast::feed
