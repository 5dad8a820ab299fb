#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>

namespace stallcast::feed::http {

// What the registry can ask of a connection. Both calls come from other threads: a session
// posts the work to its own strand.
class SessionControl {
public:
    virtual ~SessionControl() = default;
    // Close once what is being handled has been answered (at once when idle).
    virtual void closeWhenIdle() = 0;
    // Close when the current read or write has passed its deadline.
    virtual void closeIfOverdue() = 0;
};

// The receiver's open connections: stopping closes the idle ones, lets the busy ones finish
// their request and waits until all are gone; a once-a-second sweep closes the overdue ones
// (one timer for the receiver instead of one armed per read and write). Thread-safe.
class SessionRegistry final {
public:
    using Id = std::uint64_t;

    // Registers a session. When the registry is already draining, the session is asked to
    // close at once (it was accepted just before the listener closed).
    Id add(std::weak_ptr<SessionControl> session);
    void remove(Id id);
    std::size_t size() const;

    // Asks every session to close when idle; sessions added from now on are asked at once.
    void drain();
    // Asks every session to close if it is overdue.
    void sweep();
    // Waits until every session has gone (or the timeout passed). True when none is left.
    bool waitUntilEmpty(std::chrono::milliseconds timeout);

private:
    template <typename Call>
    void forEach(Call call);

    mutable std::mutex m_mutex;
    std::condition_variable m_empty;
    std::map<Id, std::weak_ptr<SessionControl>> m_sessions;
    Id m_nextId = 1;
    bool m_draining = false;
};

} // namespace stallcast::feed::http
