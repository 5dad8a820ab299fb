#include "feed/http/SessionRegistry.h"

#include <vector>

namespace stallcast::feed::http {

SessionRegistry::Id SessionRegistry::add(std::weak_ptr<SessionControl> session)
{
    std::unique_lock lock(m_mutex);
    const auto id = m_nextId++;
    m_sessions.emplace(id, session);
    const bool draining = m_draining;
    lock.unlock();
    if (draining)
        if (auto s = session.lock())
            s->closeWhenIdle();
    return id;
}

void SessionRegistry::remove(Id id)
{
    std::lock_guard lock(m_mutex);
    m_sessions.erase(id);
    if (m_sessions.empty())
        m_empty.notify_all();
}

std::size_t SessionRegistry::size() const
{
    std::lock_guard lock(m_mutex);
    return m_sessions.size();
}

template <typename Call>
void SessionRegistry::forEach(Call call)
{
    std::vector<std::shared_ptr<SessionControl>> sessions;
    {
        std::lock_guard lock(m_mutex);
        sessions.reserve(m_sessions.size());
        for (const auto &[id, weak] : m_sessions)
            if (auto s = weak.lock())
                sessions.push_back(std::move(s));
    }
    for (const auto &s : sessions) // outside the lock: a session may remove itself
        call(*s);
}

void SessionRegistry::drain()
{
    {
        std::lock_guard lock(m_mutex);
        m_draining = true;
    }
    forEach([](SessionControl &s) { s.closeWhenIdle(); });
}

void SessionRegistry::sweep()
{
    forEach([](SessionControl &s) { s.closeIfOverdue(); });
}

bool SessionRegistry::waitUntilEmpty(std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_mutex);
    return m_empty.wait_for(lock, timeout, [this] { return m_sessions.empty(); });
}

} // namespace stallcast::feed::http
