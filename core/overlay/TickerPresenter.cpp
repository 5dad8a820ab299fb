#include "overlay/TickerPresenter.h"

#include "overlay/CardRenderer.h"

#include <chrono>

namespace stallcast::overlay {

namespace {

std::int64_t unixMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

} // namespace

TickerPresenter::TickerPresenter(const RecentSales &sales, std::vector<TickerTarget> targets, Hook hook)
    : m_sales(sales), m_targets(std::move(targets)), m_hook(std::move(hook))
{
    m_thread = std::thread([this] { run(); });
}

TickerPresenter::~TickerPresenter()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
    for (const auto &target : m_targets)
        target.layer->remove(kOverlayId);
}

void TickerPresenter::wake()
{
    {
        std::lock_guard lock(m_mutex);
        m_woken = true;
    }
    m_wake.notify_all();
}

void TickerPresenter::run()
{
    std::vector<std::string> shown;
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait_for(lock, std::chrono::seconds(1), [this] { return m_woken || m_stopping; });
            // After a sale, let the card (stock, QR code) be drawn first: it is what a buyer
            // waits for, and there are two cores for the encoder and everything else.
            if (m_woken)
                m_wake.wait_for(lock, kSettle, [this] { return m_stopping; });
            if (m_stopping)
                return;
            m_woken = false;
        }
        const auto items = m_sales.tickerItems(unixMs());
        if (items == shown)
            continue;
        shown = items;
        show(shown);
    }
}

void TickerPresenter::show(const std::vector<std::string> &items)
{
    for (const auto &target : m_targets) {
        if (items.empty() || target.place.isEmpty()) {
            target.layer->remove(kOverlayId);
            continue;
        }
        const QImage image = renderTicker(items, target.place.size(), target.theme);
        target.layer->set(kOverlayId, toRgbaImage(image), target.place.x(), target.place.y(), kOverlayZ);
    }
    if (m_hook)
        m_hook(items);
}

} // namespace stallcast::overlay
