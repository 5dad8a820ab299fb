#pragma once

#include "common/HandoffThread.h"
#include "feed/ReceiverReply.h"
#include "orders/Order.h"

#include <functional>
#include <future>

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
    ~ReplyCourier() = default;

    void deliver(std::shared_future<orders::PlaceResult> placement, Send send);

private:
    struct Parcel {
        std::shared_future<orders::PlaceResult> placement;
        Send send;
    };

    HandoffThread<Parcel> m_thread;
};

} // namespace stallcast::feed
