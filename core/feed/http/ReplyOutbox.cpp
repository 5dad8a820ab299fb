#include "feed/http/ReplyOutbox.h"

#include "db/DeliveryRound.h"

#include <boost/asio/post.hpp>

#include <utility>

namespace stallcast::feed::http {

void ReplyOutbox::expect()
{
    std::lock_guard lock(m_mutex);
    ++m_owed;
}

void ReplyOutbox::forget()
{
    std::lock_guard lock(m_mutex);
    if (--m_owed == 0)
        m_noneOwed.notify_all(); // under the lock: the waiter may destroy us once it returns
}

void ReplyOutbox::send(std::function<void()> post)
{
    bool schedule = false;
    {
        std::lock_guard lock(m_mutex);
        m_gathered.push_back(std::move(post));
        schedule = !std::exchange(m_flushScheduled, true);
    }
    // Only the flush scheduled here takes what is gathered, and the receiver waits for every
    // owed reply to be flushed and for that flush to end: `this` outlives it.
    if (schedule)
        db::atDeliveryRoundEnd(this, [this] { flush(); });
}

void ReplyOutbox::flush()
{
    // Everything under the lock: once the count reaches zero the receiver may be destroyed,
    // and post() must have returned by then.
    std::lock_guard lock(m_mutex);
    m_flushScheduled = false;
    if (!m_gathered.empty()) {
        m_owed -= m_gathered.size();
        boost::asio::post(m_io, [replies = std::exchange(m_gathered, {})] {
            for (const auto &post : replies)
                post();
        });
    }
    m_noneOwed.notify_all();
}

void ReplyOutbox::waitUntilNoneOwed()
{
    std::unique_lock lock(m_mutex);
    m_noneOwed.wait(lock, [this] { return m_owed == 0 && !m_flushScheduled; });
}

} // namespace stallcast::feed::http
