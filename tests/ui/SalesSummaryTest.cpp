#include "SalesSummary.h"
#include "TestFramework.h"

using namespace stallcast;
using orders::OrderStatus;

namespace {

orders::Order order(OrderStatus status, const std::string &currency, std::int64_t qty,
                    std::int64_t unitPrice, unsigned flags = 0)
{
    orders::Order o;
    o.status = status;
    o.currency = currency;
    o.flags = flags;
    o.total = qty * unitPrice;
    o.lines.push_back({1, 1, "SKU-" + currency, "Thing", qty, unitPrice, qty});
    return o;
}

} // namespace

TEST_CASE("the status bar totals count paid and fulfilled sales per currency", "[ui][summary]")
{
    const std::vector<orders::Order> book = {
        order(OrderStatus::Paid, "KRW", 2, 19900),
        order(OrderStatus::Fulfilled, "KRW", 1, 38000),
        order(OrderStatus::Pending, "KRW", 5, 1000),
        order(OrderStatus::Cancelled, "KRW", 3, 1000),
        order(OrderStatus::Paid, "USD", 1, 1250,
              static_cast<unsigned>(orders::OrderFlag::Oversold)),
    };
    const auto totals = ui::salesTotals(book);
    CHECK(totals.orders == 5);
    CHECK(totals.paidOrders == 3);
    CHECK(totals.needAttention == 1);
    CHECK(totals.unitsSold == 4);
    CHECK(totals.revenue.at("KRW") == 77800);
    CHECK(totals.revenue.at("USD") == 1250);
    CHECK(ui::salesSummaryText(totals)
          == QStringLiteral("5 orders (3 paid)  ·  4 units sold  ·  revenue 77,800 KRW + 12.50 USD  ·  "
                            "1 order needs attention"));
}

TEST_CASE("the status bar says so when there are no orders", "[ui][summary]")
{
    CHECK(ui::salesSummaryText(ui::salesTotals({})) == QStringLiteral("No orders yet"));
}
