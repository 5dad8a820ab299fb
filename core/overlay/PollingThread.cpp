#include "overlay/PollingThread.h"

namespace stallcast::overlay {

PollingThread::PollingThread(std::chrono::milliseconds interval, std::chrono::milliseconds settle,
                             std::function<void()> look)
    : m_interval(interval), m_settle(settle), m_look(std::move(look))
{
    m_thread = std::thread([this] { run(); });
}

PollingThread::~PollingThread()
{
    stop();
}

void PollingThread::wake()
{
    {
        std::lock_guard lock(m_mutex);
        m_woken = true;
    }
    m_wake.notify_all();
}

void PollingThread::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void PollingThread::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait_for(lock, m_interval, [this] { return m_woken || m_stopping; });
        if (m_woken && m_settle.count() > 0)
            m_wake.wait_for(lock, m_settle, [this] { return m_stopping; });
        if (m_stopping)
            return;
        m_woken = false;
        lock.unlock();
        m_look();
        lock.lock();
    }
}

} // namespace stallcast::overlay
