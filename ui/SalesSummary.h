#pragma once

#include "orders/Order.h"

#include <QString>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace stallcast::ui {

// The figures in the studio's status bar. Units and revenue count paid and fulfilled orders only,
// exactly as the sales report does (reports::salesByProduct).
struct SalesTotals {
    std::int64_t orders = 0;       // every order in the book
    std::int64_t paidOrders = 0;   // paid or fulfilled
    std::int64_t needAttention = 0; // pending or paid, with a flag set
    std::int64_t unitsSold = 0;
    std::map<std::string, std::int64_t> revenue; // currency code -> minor units
};

SalesTotals salesTotals(const std::vector<orders::Order> &orders);
// Adds one order to `totals` (salesTotals is this over every order): lets a caller total a
// subset without copying the orders.
void addToSalesTotals(SalesTotals &totals, const orders::Order &order);

// "3 orders (2 paid) · 5 units sold · revenue 96,800 KRW · 1 order needs attention"
QString salesSummaryText(const SalesTotals &totals);

} // namespace stallcast::ui
