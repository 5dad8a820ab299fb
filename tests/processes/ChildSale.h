#pragma once

#include "SaleTally.h"
#include "SellOutChecks.h"

#include <filesystem>

namespace stallcast::test {

struct ChildSaleSpec {
    int children = 4;
    int threadsPerChild = 2;
    int ordersPerThread = 25;
    OrderShapes shapes;
    int paidEvery = 0;
};

// Starts the children (stallcast-test-order-child), each opening the database itself; once all
// are ready, tells them to go together; collects every line they print and checks (Catch) that
// each finished cleanly.
SaleTally runChildSale(const std::filesystem::path &file, const ChildSaleSpec &spec);

} // namespace stallcast::test
