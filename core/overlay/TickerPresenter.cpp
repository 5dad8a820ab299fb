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
    : m_sales(sales), m_targets(std::move(targets)), m_hook(std::move(hook)),
      m_thread(std::chrono::seconds(1), kSettle, [this] { look(); })
{
}

TickerPresenter::~TickerPresenter()
{
    m_thread.stop();
    for (const auto &target : m_targets)
        target.layer->remove(kOverlayId);
}

void TickerPresenter::wake()
{
    m_thread.wake();
}

// After a sale the look comes kSettle later: the card (stock, QR code) is drawn first, it is
// what a buyer waits for, and there are two cores for the encoder and everything else.
void TickerPresenter::look()
{
    const auto items = m_sales.tickerItems(unixMs());
    if (items == m_shown)
        return;
    m_shown = items;
    show(m_shown);
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
