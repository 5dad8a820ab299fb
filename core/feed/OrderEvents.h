#pragma once

#include "common/HandoffThread.h"
#include "feed/OrderEvent.h"
#include "orders/OrderBook.h"

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <exception>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <utility>
#include <vector>

namespace stallcast::feed {

// Places orders through the order book and tells in-process subscribers about every order that
// was newly recorded, in commit order, from one dispatcher thread.
//
// Why this gives commit order: a placement hands the group-committing writer a completion
// (db::TransactionQueue::submitThen), and the writer's delivery thread calls completions one
// after another in commit order, each once its batch is durable. Each completion calls the
// placement's own continuation (the webhook's reply, a future) and queues the order's outcome;
// the dispatcher is woken once at the end of the delivery round (db::atDeliveryRoundEnd), not
// once per order, and nobody waits on a future per order. Refused orders (an exception) and
// duplicates are not events.
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
    // Waits for the outcome of every order already placed and delivers their events, then
    // stops the dispatcher. Destroy before the Database.
    ~OrderEvents();

    SubscriptionId subscribe(Subscriber subscriber);
    void unsubscribe(SubscriptionId id);

    // Places the order (OrderBook::placeThen) and queues its event. The future resolves once
    // the order is durable (or with the order book's exception).
    std::shared_future<orders::PlaceResult> place(orders::OrderBook &book,
                                                  orders::OrderRequest request,
                                                  Clock::time_point receivedAt = Clock::now());

    // What a placement's continuation gets, on the writer's delivery thread, in commit order:
    // the result once the order is durable (result set), or the error. It must not throw or
    // block (it holds up every later acknowledgement).
    using Continuation = std::function<void(const orders::PlaceResult *result,
                                            std::exception_ptr error)>;
    // For a placement the caller submits to the writer itself (a webhook delivery that may pay
    // a hold): `submit` must hand the completion it is given to TransactionQueue::submitThen
    // (or OrderBook::placeThen) exactly once, without waiting. The completion queues the
    // order's event, then calls `then`. Throws, without calling `then`, when the feed is
    // shutting down or `submit` throws.
    using Submit = std::function<void(orders::OrderBook::PlaceDone completion)>;
    void placeThen(const Submit &submit, Clock::time_point receivedAt, Continuation then);

    // Blocks until every order placed so far has been dispatched (tests, orderly shutdown).
    // Exact while the Database is open; a placement refused while it closes (its completion
    // called on the submitting thread) may be counted ahead of orders still being delivered.
    void waitUntilDispatched();

private:
    // One placement's outcome, queued for the dispatcher by its completion.
    struct Outcome {
        std::shared_ptr<const orders::PlaceResult> result; // null: refused or not recorded
        Clock::time_point receivedAt;
        Clock::time_point committedAt;
    };
    struct Subscription {
        SubscriptionId id;
        std::shared_ptr<const Subscriber> call;
    };

    // Hands the queued outcomes to the dispatcher (at the end of a delivery round).
    void flush();
    void dispatchAll(std::deque<std::vector<Outcome>> &rounds);
    // `subscribers` is scratch space, reused from one event to the next.
    void dispatch(const Outcome &outcome,
                  std::vector<std::shared_ptr<const Subscriber>> &subscribers);

    std::mutex m_mutex;
    std::condition_variable m_idle;
    std::uint64_t m_placed = 0;
    std::uint64_t m_dispatched = 0;
    bool m_stopping = false;
    std::vector<Subscription> m_subscribers;
    SubscriptionId m_nextId = 1;
    std::vector<Outcome> m_ready; // completed, not yet handed to the dispatcher
    bool m_flushScheduled = false; // a flush of m_ready is due at the end of a delivery round
    std::uint64_t m_sequence = 0; // dispatcher thread only
    HandoffThread<std::vector<Outcome>> m_dispatcher; // last: its thread uses the members above
};

// A continuation that settles `promise` with the placement's result or error: for callers
// that want a future.
OrderEvents::Continuation settle(std::promise<orders::PlaceResult> promise);

} // namespace stallcast::feed
