#include "StreamSummary.h"

#include <algorithm>
#include <tuple>

namespace stallcast::ui {

StreamSummary summarizeStream(const std::vector<orders::Order> &all, std::int64_t startedMs,
                              std::int64_t endedMs)
{
    StreamSummary summary;
    summary.startedMs = startedMs;
    summary.endedMs = endedMs;
    for (const auto &order : all)
        if (order.createdMs >= startedMs && order.createdMs <= endedMs)
            summary.orders.push_back(order);
    std::stable_sort(summary.orders.begin(), summary.orders.end(),
                     [](const orders::Order &a, const orders::Order &b) {
                         return std::tie(a.createdMs, a.id) < std::tie(b.createdMs, b.id);
                     });

    summary.totals = salesTotals(summary.orders);

    summary.topProducts = reports::salesByProduct(summary.orders);
    std::stable_sort(summary.topProducts.begin(), summary.topProducts.end(),
                     [](const reports::SalesRow &a, const reports::SalesRow &b) {
                         return std::tie(b.units, b.revenue) < std::tie(a.units, a.revenue);
                     });
    if (summary.topProducts.size() > kTopProducts)
        summary.topProducts.resize(kTopProducts);

    for (const auto &order : summary.orders) {
        const bool open = order.status == orders::OrderStatus::Pending
                          || order.status == orders::OrderStatus::Paid;
        if (open && (order.flags != 0 || order.status == orders::OrderStatus::Pending))
            summary.flagged.push_back(order);
    }
    return summary;
}

} // namespace stallcast::ui
