#pragma once

#include <QApplication>

#include <chrono>
#include <string>
#include <vector>

namespace stallcast::bench {

// The benchmark's QApplication, which can time every event the UI thread dispatches from its
// event loop (outermost dispatches only) and keep those slower than a threshold: where a stall
// the UiStallMonitor saw was spent, and whether the UI thread was working (its CPU time) or
// waiting (for a lock, a helper thread or a core). `stallcast-bench ui --slow-events MS`.
class SlowEventProbe final : public QApplication {
public:
    struct Event {
        double wallMs = 0;
        double cpuMs = 0;   // the UI thread's CPU time during it
        std::string what;   // receiver class, its parent's class, the event type
    };

    SlowEventProbe(int &argc, char **argv);

    // 0: off (the default).
    void setThreshold(std::chrono::milliseconds threshold) { m_threshold = threshold; }
    // The slow events since the last call, slowest first.
    std::vector<Event> takeSlowest(std::size_t most);

    bool notify(QObject *receiver, QEvent *event) override;

private:
    std::chrono::milliseconds m_threshold{0};
    int m_depth = 0;
    std::vector<Event> m_events;
};

} // namespace stallcast::bench
