#pragma once

#include "orders/Order.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace stallcast::reports {

// Sales per product over paid and fulfilled orders (cancelled, refunded and unpaid ones excluded).
struct SalesRow {
    std::string sku;
    std::string name;
    std::string currency;
    std::int64_t orders = 0;
    std::int64_t units = 0;
    std::int64_t revenue = 0; // minor units
};
std::vector<SalesRow> salesByProduct(const std::vector<orders::Order> &orders);
// CSV: sku,name,orders,units,revenue,currency (revenue in the major unit), then one TOTAL row per
// currency.
std::string salesCsv(const std::vector<SalesRow> &rows);

// What to pack for each buyer: every paid order not yet fulfilled, one row per line, grouped by
// buyer. Oversold lines are listed with a note so nothing paid is forgotten.
struct PackingRow {
    std::string buyerHandle;
    std::string buyerName;
    std::string phone;
    std::string address;
    std::int64_t orderId = 0;
    std::string sku;
    std::string name;
    std::int64_t qty = 0;
    std::string note;
};
std::vector<PackingRow> packingList(const std::vector<orders::Order> &orders);
// CSV: buyer,name,phone,address,order,sku,product,qty,note
std::string packingCsv(const std::vector<PackingRow> &rows);

} // namespace stallcast::reports
