#pragma once

#include <QElapsedTimer>
#include <QObject>

#include <chrono>
#include <cstdint>
#include <vector>

class QTimer;

namespace stallcast::ui {

// Measures how long the UI thread's event loop goes without running: a precise timer asks to
// run every `tick`; each time it does run, how late it is (the time since the previous run, less
// the tick) is what the event loop could not answer meanwhile — a click, a repaint, a new order.
// Lives on the thread it watches (the UI thread). Figures in microseconds.
class UiStallMonitor final : public QObject {
    Q_OBJECT
public:
    struct Report {
        std::int64_t samples = 0;     // timer runs measured
        std::int64_t measuredUs = 0;  // from start() to the last run
        std::int64_t longestUs = 0;   // the longest stall: the worst lateness
        std::int64_t p50Us = 0;       // lateness percentiles over all runs
        std::int64_t p99Us = 0;
        std::int64_t p999Us = 0;
        std::int64_t over50msCount = 0; // stalls a merchant would notice (> 50 ms)
    };

    explicit UiStallMonitor(std::chrono::milliseconds tick = std::chrono::milliseconds(5),
                            QObject *parent = nullptr);

    void start(); // begins (again) from an empty record
    void stop();
    bool isRunning() const;
    Report report() const;

private:
    void ran();

    QTimer *m_timer;
    std::int64_t m_tickUs;
    QElapsedTimer m_clock;
    std::int64_t m_lastUs = 0;
    std::vector<std::int64_t> m_latenessUs;
};

} // namespace stallcast::ui
