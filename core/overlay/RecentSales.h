#pragma once

#include "orders/Order.h"

#include <cstdint>
#include <deque>
#include <mutex>
#include <set>
#include <string>
#include <vector>

namespace stallcast::overlay {

// "k***m 2 × Jeju tangerines · 3 min ago" ("just now" under a minute).
std::string saleText(const std::string &handle, std::int64_t qty, const std::string &productName,
                     std::int64_t ageMs);

// The sales the overlay tells viewers about, from two feeds that may both see an order: the
// in-process order events and the database read for orders other processes recorded. take()
// counts each order id once, whichever feed brings it first. Thread-safe.
class RecentSales final {
public:
    struct Sale {
        std::string handle, productName;
        std::int64_t qty = 0;
        std::int64_t atMs = 0; // when it was taken (caller's clock)
    };
    static constexpr std::size_t kShown = 3;                // sales on the ticker
    static constexpr std::int64_t kShownForMs = 60 * 60'000; // older ones leave it

    // The order's lines that took stock, once per order id: empty when the order was seen
    // before or sold nothing (a cancelled or refused order, an oversold line).
    std::vector<Sale> take(const orders::Order &order, std::int64_t nowMs);

    // The ticker's items at nowMs, newest first (at most kShown, none older than kShownForMs).
    std::vector<std::string> tickerItems(std::int64_t nowMs) const;

private:
    mutable std::mutex m_mutex;
    std::set<std::int64_t> m_seen; // the newest order ids taken (bounded)
    std::deque<Sale> m_recent;     // newest first, at most kShown
};

} // namespace stallcast::overlay
