#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <utility>

namespace stallcast {

// One thread that takes items handed over from other threads and handles them in the order they
// came, taking everything waiting at once (one lock round trip and at most one wake-up per
// burst). Destroying it handles every item already handed over, then joins the thread.
// The handler runs on that thread only; it must not destroy its HandoffThread.
template <typename Item>
class HandoffThread final {
public:
    using Handle = std::function<void(std::deque<Item> &items)>;

    explicit HandoffThread(Handle handle)
        : m_handle(std::move(handle)), m_thread([this] { loop(); })
    {
    }
    HandoffThread(const HandoffThread &) = delete;
    HandoffThread &operator=(const HandoffThread &) = delete;

    ~HandoffThread()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_wake.notify_all();
        m_thread.join();
    }

    void post(Item item)
    {
        {
            std::lock_guard lock(m_mutex);
            m_items.push_back(std::move(item));
        }
        m_wake.notify_one();
    }

private:
    void loop()
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_wake.wait(lock, [this] { return m_stopping || !m_items.empty(); });
            if (m_items.empty())
                return; // stopping, and everything handed over has been handled
            std::deque<Item> items;
            items.swap(m_items);
            lock.unlock();
            m_handle(items);
            items.clear(); // what the items own is released here, not under the lock
            lock.lock();
        }
    }

    Handle m_handle;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Item> m_items;
    bool m_stopping = false;
    std::thread m_thread; // last: started once the members it uses exist
};

} // namespace stallcast
