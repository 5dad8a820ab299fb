#pragma once

#include "media/overlay/OverlayLayer.h"
#include "overlay/CardTemplate.h"
#include "overlay/PollingThread.h"
#include "overlay/RecentSales.h"

#include <QRect>

#include <chrono>
#include <functional>
#include <string>
#include <vector>

namespace stallcast::overlay {

// Where the ticker of recent sales goes on one canvas.
struct TickerTarget {
    media::OverlayLayer *layer = nullptr; // outlives the presenter
    QRect place;                          // the strip's rectangle on that canvas
    CardTheme theme;
};

// Shows RecentSales's ticker ("k***m 2 × Jeju tangerines · 3 min ago", the newest first) on
// the canvases, on a thread of its own: woken by a new sale (drawing kSettle later, after the
// card), and once a second for the "N min ago" texts, it draws the strip again only when its text changed (so at most once a minute
// without sales), and takes it off when no sale is recent.
class TickerPresenter final {
public:
    using Hook = std::function<void(const std::vector<std::string> &items)>;
    static constexpr const char *kOverlayId = "ticker";
    static constexpr int kOverlayZ = 9;
    static constexpr std::chrono::milliseconds kSettle{150}; // after a sale, before drawing

    TickerPresenter(const RecentSales &sales, std::vector<TickerTarget> targets, Hook hook = {});
    TickerPresenter(const TickerPresenter &) = delete;
    TickerPresenter &operator=(const TickerPresenter &) = delete;
    ~TickerPresenter(); // joins the thread, takes the strip off the layers

    void wake(); // a sale was taken: look now

private:
    void look();
    void show(const std::vector<std::string> &items);

    const RecentSales &m_sales;
    std::vector<TickerTarget> m_targets;
    Hook m_hook;
    std::vector<std::string> m_shown; // the thread's
    PollingThread m_thread;           // last: starts once the rest is ready
};

} // namespace stallcast::overlay
