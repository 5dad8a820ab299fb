#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace stallcast::overlay {

// A thread that calls `look` every `interval`, and `settle` after each wake(), until stop().
// What the overlay's presenters and the featured card's poll run on.
class PollingThread final {
public:
    PollingThread(std::chrono::milliseconds interval, std::chrono::milliseconds settle,
                  std::function<void()> look);
    PollingThread(const PollingThread &) = delete;
    PollingThread &operator=(const PollingThread &) = delete;
    ~PollingThread(); // stop()

    void wake();
    // Joins the thread (a look under way finishes first); idempotent. Not from `look` itself.
    void stop();

private:
    void run();

    std::chrono::milliseconds m_interval, m_settle;
    std::function<void()> m_look;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_woken = false;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace stallcast::overlay
