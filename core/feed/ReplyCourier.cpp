#include "feed/ReplyCourier.h"

namespace stallcast::feed {

ReplyCourier::ReplyCourier() : m_thread([this] { loop(); }) {}

ReplyCourier::~ReplyCourier()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void ReplyCourier::deliver(std::shared_future<orders::PlaceResult> placement, Send send)
{
    {
        std::lock_guard lock(m_mutex);
        m_parcels.push_back({std::move(placement), std::move(send)});
    }
    m_wake.notify_one();
}

void ReplyCourier::loop()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stopping || !m_parcels.empty(); });
        if (m_parcels.empty())
            return; // stopping, and every reply has been sent
        // Take everything waiting: one lock round trip per batch of replies.
        std::deque<Parcel> parcels;
        parcels.swap(m_parcels);
        lock.unlock();
        for (auto &parcel : parcels)
            parcel.send(replyFor(parcel.placement)); // waits for the order's commit
        lock.lock();
    }
}

} // namespace stallcast::feed
