#pragma once

#include "feed/OrderEvent.h"
#include "orders/OrderBook.h"

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace stallcast::feed {

// Places orders through the order book and tells in-process subscribers about every order that
// was newly recorded, in commit order, from one dispatcher thread.
//
// Why this gives commit order: the group-committing writer runs and commits jobs in the order
// they were submitted. place() submits and appends the pending result to a queue under one lock,
// so the queue is in submission order = commit order; the dispatcher waits for the head of the
// queue, then the next. Refused orders (an exception) and duplicates are not events.
//
// Subscribers run on the dispatcher thread: they must be quick (post to the UI thread, push to
// the overlay) and must not call place() and wait for its event.
class OrderEvents final {
public:
    using Clock = std::chrono::steady_clock;
    using Subscriber = std::function<void(const OrderEvent &)>;
    using SubscriptionId = std::uint64_t;

    OrderEvents();
    OrderEvents(const OrderEvents &) = delete;
    OrderEvents &operator=(const OrderEvents &) = delete;
    // Delivers the events of every order already placed, then stops the dispatcher. Destroy
    // before the Database.
    ~OrderEvents();

    SubscriptionId subscribe(Subscriber subscriber);
    void unsubscribe(SubscriptionId id);

    // Places the order (OrderBook::placeAsync) and queues its event. The future resolves once
    // the order is durable (or with the order book's exception).
    std::shared_future<orders::PlaceResult> place(orders::OrderBook &book,
                                                  orders::OrderRequest request,
                                                  Clock::time_point receivedAt = Clock::now());

    // Like place(), for a placement the caller submits to the writer itself (a webhook delivery
    // that may pay a hold). `submit` is called under the events lock, so events stay in commit
    // order; it must only submit, not wait.
    using Submit = std::function<std::future<orders::PlaceResult>()>;
    std::shared_future<orders::PlaceResult> placeWith(const Submit &submit,
                                                      Clock::time_point receivedAt = Clock::now());

    // Blocks until every order placed so far has been dispatched (tests, orderly shutdown).
    void waitUntilDispatched();

private:
    struct Pending {
        std::shared_future<orders::PlaceResult> result;
        Clock::time_point receivedAt;
    };
    struct Subscription {
        SubscriptionId id;
        std::shared_ptr<const Subscriber> call;
    };

    void dispatchLoop();
    void dispatch(const Pending &pending);

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    std::deque<Pending> m_pending;
    std::uint64_t m_placed = 0;
    std::uint64_t m_dispatched = 0;
    bool m_stopping = false;
    std::vector<Subscription> m_subscribers;
    SubscriptionId m_nextId = 1;
    std::uint64_t m_sequence = 0; // dispatcher thread only
    std::thread m_thread;
};

} // namespace stallcast::feed
