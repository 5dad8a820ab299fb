#include "reports/Reports.h"

#include "common/TextKey.h"
#include "io/Csv.h"
#include "money/Money.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace stallcast::reports {

using orders::Order;
using orders::OrderFlag;
using orders::OrderStatus;

std::vector<SalesRow> salesByProduct(const std::vector<Order> &orders)
{
    std::map<std::pair<std::string, std::string>, SalesRow> rows; // (sku key, currency)
    for (const auto &order : orders) {
        if (order.status != OrderStatus::Paid && order.status != OrderStatus::Fulfilled)
            continue;
        std::map<std::pair<std::string, std::string>, bool> counted;
        for (const auto &line : order.lines) {
            const auto key = std::make_pair(foldedKey(line.sku), order.currency);
            auto &row = rows[key];
            if (row.sku.empty()) {
                row.sku = line.sku;
                row.currency = order.currency;
            }
            if (row.name.empty())
                row.name = line.name;
            if (!counted[key]) {
                ++row.orders;
                counted[key] = true;
            }
            row.units += line.qty;
            row.revenue += line.qty * line.unitPrice;
        }
    }
    std::vector<SalesRow> out;
    for (auto &[key, row] : rows)
        out.push_back(std::move(row));
    std::sort(out.begin(), out.end(), [](const SalesRow &a, const SalesRow &b) {
        return std::tie(b.revenue, a.sku) < std::tie(a.revenue, b.sku);
    });
    return out;
}

std::string salesCsv(const std::vector<SalesRow> &rows)
{
    std::string out = io::formatCsvRecord({"sku", "name", "orders", "units", "revenue", "currency"});
    std::map<std::string, std::pair<std::int64_t, std::int64_t>> totals; // currency -> units, revenue
    for (const auto &row : rows) {
        const auto currency = findCurrency(row.currency);
        out += io::formatCsvRecord({row.sku, row.name, std::to_string(row.orders),
                                    std::to_string(row.units),
                                    currency ? formatMajorAmount(row.revenue, *currency)
                                             : std::to_string(row.revenue),
                                    row.currency});
        totals[row.currency].first += row.units;
        totals[row.currency].second += row.revenue;
    }
    for (const auto &[code, t] : totals) {
        const auto currency = findCurrency(code);
        out += io::formatCsvRecord({"TOTAL", "", "", std::to_string(t.first),
                                    currency ? formatMajorAmount(t.second, *currency)
                                             : std::to_string(t.second),
                                    code});
    }
    return out;
}

std::vector<PackingRow> packingList(const std::vector<Order> &orders)
{
    std::vector<PackingRow> rows;
    for (const auto &order : orders) {
        if (order.status != OrderStatus::Paid)
            continue;
        for (const auto &line : order.lines) {
            PackingRow row{order.buyer.handle, order.buyer.name, order.buyer.phone,
                           order.buyer.address, order.id, line.sku, line.name, line.qty, {}};
            if (!line.productId)
                row.note = "unknown SKU: check with the buyer";
            else if (line.allocated < line.qty)
                row.note = "OVERSOLD: not in stock, refund or backorder";
            // A line split by a flash sale (flash units, then the rest) is packed as one.
            if (!rows.empty() && rows.back().orderId == row.orderId && rows.back().sku == row.sku
                && rows.back().note == row.note && line.productId) {
                rows.back().qty += row.qty;
                continue;
            }
            rows.push_back(std::move(row));
        }
    }
    std::stable_sort(rows.begin(), rows.end(), [](const PackingRow &a, const PackingRow &b) {
        return std::make_tuple(foldedKey(a.buyerHandle), a.orderId)
               < std::make_tuple(foldedKey(b.buyerHandle), b.orderId);
    });
    return rows;
}

std::string packingCsv(const std::vector<PackingRow> &rows)
{
    std::string out = io::formatCsvRecord(
        {"buyer", "name", "phone", "address", "order", "sku", "product", "qty", "note"});
    for (const auto &r : rows)
        out += io::formatCsvRecord({r.buyerHandle, r.buyerName, r.phone, r.address,
                                    std::to_string(r.orderId), r.sku, r.name,
                                    std::to_string(r.qty), r.note});
    return out;
}

} // namespace stallcast::reports
