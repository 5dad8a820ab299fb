#include "UiStallMonitor.h"

#include <QTimer>

#include <algorithm>

namespace stallcast::ui {

namespace {

// Nearest-rank percentile of sorted values; 0 when empty.
std::int64_t percentile(const std::vector<std::int64_t> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    const auto rank = static_cast<std::size_t>(p / 100.0 * static_cast<double>(sorted.size()) + 0.5);
    return sorted[std::clamp<std::size_t>(rank, 1, sorted.size()) - 1];
}

} // namespace

UiStallMonitor::UiStallMonitor(std::chrono::milliseconds tick, QObject *parent)
    : QObject(parent), m_timer(new QTimer(this)),
      m_tickUs(std::chrono::duration_cast<std::chrono::microseconds>(tick).count())
{
    m_timer->setTimerType(Qt::PreciseTimer);
    m_timer->setInterval(tick);
    connect(m_timer, &QTimer::timeout, this, &UiStallMonitor::ran);
}

void UiStallMonitor::start()
{
    m_latenessUs.clear();
    m_latenessUs.reserve(1 << 16);
    m_clock.start();
    m_lastUs = 0;
    m_timer->start();
}

void UiStallMonitor::stop()
{
    m_timer->stop();
}

bool UiStallMonitor::isRunning() const
{
    return m_timer->isActive();
}

void UiStallMonitor::ran()
{
    const std::int64_t nowUs = m_clock.nsecsElapsed() / 1000;
    m_latenessUs.push_back(std::max<std::int64_t>(0, nowUs - m_lastUs - m_tickUs));
    m_lastUs = nowUs;
}

UiStallMonitor::Report UiStallMonitor::report() const
{
    std::vector<std::int64_t> sorted = m_latenessUs;
    std::sort(sorted.begin(), sorted.end());
    Report r;
    r.samples = static_cast<std::int64_t>(sorted.size());
    r.measuredUs = m_lastUs;
    r.longestUs = sorted.empty() ? 0 : sorted.back();
    r.p50Us = percentile(sorted, 50);
    r.p99Us = percentile(sorted, 99);
    r.p999Us = percentile(sorted, 99.9);
    r.over50msCount = static_cast<std::int64_t>(
        sorted.end() - std::upper_bound(sorted.begin(), sorted.end(), std::int64_t{50'000}));
    return r;
}

} // namespace stallcast::ui
