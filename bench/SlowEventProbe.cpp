#include "SlowEventProbe.h"

#include "CpuTime.h"

#include <algorithm>

namespace stallcast::bench {

SlowEventProbe::SlowEventProbe(int &argc, char **argv) : QApplication(argc, argv) {}

bool SlowEventProbe::notify(QObject *receiver, QEvent *event)
{
    if (m_threshold.count() == 0 || m_depth > 0)
        return QApplication::notify(receiver, event);
    // Read before dispatching: the receiver or the event may be gone afterwards.
    std::string what = receiver->metaObject()->className();
    if (const QObject *parent = receiver->parent())
        what += std::string(" in ") + parent->metaObject()->className();
    what += ", event type " + std::to_string(static_cast<int>(event->type()));
    const auto began = std::chrono::steady_clock::now();
    const double cpu = threadCpuSeconds();
    ++m_depth;
    const bool handled = QApplication::notify(receiver, event);
    --m_depth;
    const auto wall = std::chrono::steady_clock::now() - began;
    if (wall >= m_threshold)
        m_events.push_back({std::chrono::duration<double, std::milli>(wall).count(),
                            (threadCpuSeconds() - cpu) * 1000.0, std::move(what)});
    return handled;
}

std::vector<SlowEventProbe::Event> SlowEventProbe::takeSlowest(std::size_t most)
{
    auto events = std::move(m_events);
    m_events.clear();
    std::sort(events.begin(), events.end(),
              [](const Event &a, const Event &b) { return a.wallMs > b.wallMs; });
    if (events.size() > most)
        events.resize(most);
    return events;
}

} // namespace stallcast::bench
