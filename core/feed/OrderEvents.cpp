#include "feed/OrderEvents.h"

#include <algorithm>
#include <stdexcept>

namespace stallcast::feed {

namespace {

std::int64_t microsecondsBetween(OrderEvents::Clock::time_point from,
                                 OrderEvents::Clock::time_point to)
{
    return std::chrono::duration_cast<std::chrono::microseconds>(to - from).count();
}

} // namespace

OrderEvents::OrderEvents() : m_thread([this] { dispatchLoop(); }) {}

OrderEvents::~OrderEvents()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
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
    return placeWith([&] { return book.placeAsync(std::move(request)); }, receivedAt);
}

std::shared_future<orders::PlaceResult> OrderEvents::placeWith(const Submit &submit,
                                                               Clock::time_point receivedAt)
{
    std::unique_lock lock(m_mutex);
    if (m_stopping)
        throw std::runtime_error("the order feed is shutting down");
    // Submitting under the lock keeps m_pending in the writer's order.
    std::shared_future<orders::PlaceResult> result = submit().share();
    m_pending.push_back({result, receivedAt});
    ++m_placed;
    lock.unlock();
    m_wake.notify_one();
    return result;
}

void OrderEvents::waitUntilDispatched()
{
    std::unique_lock lock(m_mutex);
    const auto target = m_placed;
    m_idle.wait(lock, [&] { return m_dispatched >= target; });
}

void OrderEvents::dispatchLoop()
{
    for (;;) {
        Pending next;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_pending.empty(); });
            if (m_pending.empty())
                return; // stopping, and every placed order has been dispatched
            next = std::move(m_pending.front());
            m_pending.pop_front();
        }
        dispatch(next);
        {
            std::lock_guard lock(m_mutex);
            ++m_dispatched;
        }
        m_idle.notify_all();
    }
}

void OrderEvents::dispatch(const Pending &pending)
{
    pending.result.wait();
    const auto committedAt = Clock::now();
    const orders::PlaceResult *result = nullptr;
    try {
        result = &pending.result.get();
    } catch (...) {
        return; // refused or not recorded: the sender was told, nothing happened
    }
    if (result->duplicate)
        return;
    OrderEvent event;
    event.order = result->order;
    event.sequence = ++m_sequence;
    event.receiveToCommitUs = microsecondsBetween(pending.receivedAt, committedAt);
    std::vector<std::shared_ptr<const Subscriber>> subscribers;
    {
        std::lock_guard lock(m_mutex);
        subscribers.reserve(m_subscribers.size());
        for (const auto &s : m_subscribers)
            subscribers.push_back(s.call);
    }
    event.commitToNotifyUs = microsecondsBetween(committedAt, Clock::now());
    for (const auto &call : subscribers) {
        try {
            (*call)(event);
        } catch (...) {
            // A subscriber's failure is its own; the others still hear about the order.
        }
    }
}

} // namespace stallcast::feed
