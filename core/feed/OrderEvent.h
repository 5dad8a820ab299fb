#pragma once

#include "orders/Order.h"

#include <cstdint>

namespace stallcast::feed {

// An order that was durably recorded, as subscribers (studio window, overlay) see it: the order
// with its lines (each line's `allocated` is the stock it took) and its flags (oversold,
// unknown_sku, ...), plus how long it took to get here.
struct OrderEvent {
    orders::Order order;
    std::uint64_t sequence = 0; // 1, 2, 3, ... in commit order, per OrderEvents

    // Microseconds from the request being received to the commit being seen, and from the
    // commit to the subscribers being called.
    std::int64_t receiveToCommitUs = 0;
    std::int64_t commitToNotifyUs = 0;
    std::int64_t receiveToNotifyUs() const { return receiveToCommitUs + commitToNotifyUs; }

    bool flagged() const { return order.flags != 0; }
};

} // namespace stallcast::feed
