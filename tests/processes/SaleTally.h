#pragma once

#include "orders/Order.h"

#include <cstdint>
#include <string>
#include <vector>

namespace stallcast::test {

// What the buyers of a concurrent sale were told, order by order.
struct SaleTally {
    int placed = 0;     // recorded, stock taken
    int oversold = 0;   // recorded (paid), flagged oversold, no stock taken
    int outOfStock = 0; // rejected with OrderRejected::OutOfStock
    std::vector<std::string> errors;         // anything else, other rejections too (none expected)
    std::vector<std::int64_t> reportedIds;   // ids of recorded orders
    std::vector<std::vector<orders::OrderLineRequest>> refused; // oversold or out-of-stock orders

    int answered() const
    {
        return placed + oversold + outOfStock + static_cast<int>(errors.size());
    }

    // Counts one place() outcome.
    void recordPlaced(const orders::Order &order, const std::vector<orders::OrderLineRequest> &lines);
    void recordRejected(const orders::OrderRejected &rejection,
                        const std::vector<orders::OrderLineRequest> &lines);

    // Counts one line of stallcast-test-order-child's output ("placed ...", "rejected ...",
    // "error ..."); `shapes` are the --order shapes the child was given. Other lines are ignored.
    void recordChildLine(const std::string &line,
                         const std::vector<std::vector<orders::OrderLineRequest>> &shapes);

    void merge(const SaleTally &other);
};

} // namespace stallcast::test
