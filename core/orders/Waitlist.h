#pragma once

#include "inventory/Product.h"
#include "orders/Hold.h"

#include <cstdint>
#include <vector>

namespace stallcast::db {
class Connection;
}

namespace stallcast::orders {

// Serves waitlisted claims (holds in state "waiting") with stock that is available now, inside
// the caller's transaction. Claims are served in arrival order; one that does not fit in full
// keeps its place at the head of the line while later, smaller claims may still be served.
class Waitlist final {
public:
    // For one product; returns the holds that became active.
    static std::vector<Hold> promote(db::Connection &conn, std::int64_t productId,
                                     std::int64_t nowMs);
    // The same, with the product's row as read in this transaction.
    static std::vector<Hold> promote(db::Connection &conn, const inventory::Product &product,
                                     std::int64_t nowMs);
    // For every product that has someone waiting and stock available (after stock was added by
    // hand or by an import, which know nothing of holds).
    static std::vector<Hold> promoteAll(db::Connection &conn, std::int64_t nowMs);
};

} // namespace stallcast::orders
