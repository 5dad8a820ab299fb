#include "overlay/RecentSales.h"

#include "overlay/ToastQueue.h"

namespace stallcast::overlay {

namespace {

// Order ids remembered for de-duplication: far more than can arrive between an order's event
// and the next database read (a quarter of a second).
constexpr std::size_t kSeenIds = 4096;

} // namespace

std::string saleText(const std::string &handle, std::int64_t qty, const std::string &productName,
                     std::int64_t ageMs)
{
    const auto minutes = ageMs / 60'000;
    return maskHandle(handle) + " " + std::to_string(qty) + " \xC3\x97 " + productName + " \xC2\xB7 "
           + (minutes < 1 ? std::string("just now") : std::to_string(minutes) + " min ago");
}

std::vector<RecentSales::Sale> RecentSales::take(const orders::Order &order, std::int64_t nowMs)
{
    std::lock_guard lock(m_mutex);
    if (!m_seen.insert(order.id).second)
        return {};
    if (m_seen.size() > kSeenIds)
        m_seen.erase(m_seen.begin());
    std::vector<Sale> sales;
    if (order.status == orders::OrderStatus::Cancelled || order.status == orders::OrderStatus::Refunded)
        return sales;
    for (const auto &line : order.lines)
        if (line.allocated > 0) {
            sales.push_back({order.buyer.handle, line.name.empty() ? line.sku : line.name,
                             line.allocated, nowMs});
            m_recent.push_front(sales.back());
        }
    while (m_recent.size() > kShown)
        m_recent.pop_back();
    return sales;
}

std::vector<std::string> RecentSales::tickerItems(std::int64_t nowMs) const
{
    std::lock_guard lock(m_mutex);
    std::vector<std::string> items;
    for (const auto &sale : m_recent)
        if (nowMs - sale.atMs < kShownForMs)
            items.push_back(saleText(sale.handle, sale.qty, sale.productName, nowMs - sale.atMs));
    return items;
}

} // namespace stallcast::overlay
