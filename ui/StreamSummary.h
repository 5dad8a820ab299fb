#pragma once

#include "SalesSummary.h"
#include "orders/Order.h"
#include "reports/Reports.h"

#include <cstdint>
#include <vector>

namespace stallcast::ui {

// What happened during one stream (or any time window): the orders placed in it and their
// figures. Plain data, built off the UI thread.
struct StreamSummary {
    std::int64_t startedMs = 0; // Unix time in ms, both ends included
    std::int64_t endedMs = 0;
    std::vector<orders::Order> orders; // placed in the window, oldest first
    SalesTotals totals;                // orders, paid, units and revenue as the status bar counts
    std::vector<reports::SalesRow> topProducts; // most units first, at most kTopProducts
    std::vector<orders::Order> flagged; // needing the merchant: a flag set, or payment pending

    std::int64_t durationMs() const { return endedMs - startedMs; }
};

inline constexpr std::size_t kTopProducts = 5;

// Picks the orders placed between startedMs and endedMs out of `all` and sums them up. Cancelled
// and refunded orders are counted as orders but bring no units or revenue (reports rules).
StreamSummary summarizeStream(const std::vector<orders::Order> &all, std::int64_t startedMs,
                              std::int64_t endedMs);

} // namespace stallcast::ui
