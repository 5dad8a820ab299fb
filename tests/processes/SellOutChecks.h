#pragma once

#include "SaleTally.h"
#include "ShopAudit.h"
#include "StockWatch.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace stallcast::test {

using OrderShapes = std::vector<std::vector<orders::OrderLineRequest>>;

// "A:1+B:2": an order shape as stallcast-test-order-child's --order option takes it.
std::string shapeArgument(const std::vector<orders::OrderLineRequest> &lines);

// Catch checks shared by the thread and process sell-out tests, after the sale:
//  - per product: on hand >= 0, nothing held, on hand == opening stock - units allocated to live
//    orders; the ledger invariant holds; integrity_check is ok;
//  - every recorded order took all its lines or none (none: paid and flagged oversold);
//  - nobody was turned away while the stock could still serve them;
//  - the watcher saw every product, never below zero and never rising.
void checkSoldOutShop(ShopAudit &audit, const std::map<std::string, std::int64_t> &opening,
                      const SaleTally &tally, const StockWatch::Observation &seen);

} // namespace stallcast::test
