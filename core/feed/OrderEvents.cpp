#include "feed/OrderEvents.h"

#include "db/DeliveryRound.h"

#include <algorithm>
#include <stdexcept>
#include <utility>

namespace stallcast::feed {

namespace {

std::int64_t microsecondsBetween(OrderEvents::Clock::time_point from,
                                 OrderEvents::Clock::time_point to)
{
    return std::chrono::duration_cast<std::chrono::microseconds>(to - from).count();
}

} // namespace

OrderEvents::Continuation settle(std::promise<orders::PlaceResult> promise)
{
    auto shared = std::make_shared<std::promise<orders::PlaceResult>>(std::move(promise));
    return [shared](const orders::PlaceResult *result, std::exception_ptr error) {
        if (result)
            shared->set_value(*result);
        else
            shared->set_exception(error);
    };
}

OrderEvents::OrderEvents()
    : m_dispatcher([this](std::deque<std::vector<Outcome>> &rounds) { dispatchAll(rounds); })
{
}

OrderEvents::~OrderEvents()
{
    std::unique_lock lock(m_mutex);
    m_stopping = true;
    // Every placement's completion comes (the writer delivers or fails each job it took), and
    // the dispatcher counts it; then the dispatcher (destroyed first, as the last member) stops.
    m_idle.wait(lock, [this] { return m_dispatched >= m_placed && !m_flushScheduled; });
}

OrderEvents::SubscriptionId OrderEvents::subscribe(Subscriber subscriber)
{
    std::lock_guard lock(m_mutex);
    const auto id = m_nextId++;
    m_subscribers.push_back({id, std::make_shared<const Subscriber>(std::move(subscriber))});
    return id;
}

void OrderEvents::unsubscribe(SubscriptionId id)
{
    std::lock_guard lock(m_mutex);
    std::erase_if(m_subscribers, [id](const Subscription &s) { return s.id == id; });
}

std::shared_future<orders::PlaceResult>
OrderEvents::place(orders::OrderBook &book, orders::OrderRequest request,
                   Clock::time_point receivedAt)
{
    std::promise<orders::PlaceResult> promise;
    auto future = promise.get_future().share();
    placeThen(
        [&](orders::OrderBook::PlaceDone completion) {
            book.placeThen(std::move(request), std::move(completion));
        },
        receivedAt, settle(std::move(promise)));
    return future;
}

void OrderEvents::placeThen(const Submit &submit, Clock::time_point receivedAt,
                            Continuation then)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping)
            throw std::runtime_error("the order feed is shutting down");
        ++m_placed;
    }
    auto completion = [this, receivedAt, then = std::move(then)](
                          std::optional<orders::PlaceResult> result, std::exception_ptr error) {
        Outcome outcome{nullptr, receivedAt, Clock::now()};
        if (result && !error)
            outcome.result = std::make_shared<const orders::PlaceResult>(std::move(*result));
        // The acknowledgement first: the sender waits for it, the event's subscribers do not.
        then(outcome.result.get(), outcome.result ? nullptr : error);
        bool schedule = false;
        {
            std::lock_guard lock(m_mutex);
            m_ready.push_back(std::move(outcome));
            schedule = !std::exchange(m_flushScheduled, true);
        }
        // Only the flush scheduled here takes what is queued, and the destructor waits for
        // every outcome to be dispatched and for that flush to end: `this` outlives it.
        if (schedule)
            db::atDeliveryRoundEnd(this, [this] { flush(); });
    };
    try {
        submit(std::move(completion));
    } catch (...) {
        std::lock_guard lock(m_mutex);
        ++m_dispatched; // never submitted: nothing to wait for
        m_idle.notify_all(); // under the lock: a waiter may be the destructor
        throw;
    }
}

void OrderEvents::waitUntilDispatched()
{
    std::unique_lock lock(m_mutex);
    const auto target = m_placed;
    m_idle.wait(lock, [&] { return m_dispatched >= target; });
}

void OrderEvents::flush()
{
    // Under the lock: once the dispatcher has counted these, the destructor may run, and
    // post() must have returned by then.
    std::lock_guard lock(m_mutex);
    m_flushScheduled = false;
    if (!m_ready.empty())
        m_dispatcher.post(std::exchange(m_ready, {}));
    m_idle.notify_all(); // the destructor waits for the flush to end, too
}

void OrderEvents::dispatchAll(std::deque<std::vector<Outcome>> &rounds)
{
    std::vector<std::shared_ptr<const Subscriber>> subscribers;
    std::uint64_t count = 0;
    for (const auto &round : rounds) {
        for (const auto &outcome : round)
            dispatch(outcome, subscribers);
        count += round.size();
    }
    std::lock_guard lock(m_mutex);
    m_dispatched += count;
    m_idle.notify_all(); // under the lock: a waiter may be the destructor
}

void OrderEvents::dispatch(const Outcome &outcome,
                           std::vector<std::shared_ptr<const Subscriber>> &subscribers)
{
    if (!outcome.result || outcome.result->duplicate)
        return; // refused, not recorded, or a retry: the sender was told, nothing new happened
    OrderEvent event;
    event.sequence = ++m_sequence;
    // The list as it is now, for each event: once unsubscribe() and waitUntilDispatched() have
    // returned, a subscriber is not called again (FeaturedCard relies on it).
    subscribers.clear();
    {
        std::lock_guard lock(m_mutex);
        for (const auto &s : m_subscribers)
            subscribers.push_back(s.call);
    }
    if (subscribers.empty())
        return;
    event.order = outcome.result->order;
    event.receiveToCommitUs = microsecondsBetween(outcome.receivedAt, outcome.committedAt);
    event.commitToNotifyUs = microsecondsBetween(outcome.committedAt, Clock::now());
    for (const auto &call : subscribers) {
        try {
            (*call)(event);
        } catch (...) {
            // A subscriber's failure is its own; the others still hear about the order.
        }
    }
}

} // namespace stallcast::feed
