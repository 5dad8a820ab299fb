// The ticker of recent sales: its texts, orders counted once from two feeds, and its picture.
#include "GoldenImage.h"
#include "OffscreenGui.h"
#include "TestFramework.h"

#include "overlay/CardRenderer.h"
#include "overlay/RecentSales.h"

using namespace stallcast;
using namespace stallcast::overlay;

namespace {

orders::Order sale(std::int64_t id, const std::string &handle, const std::string &name, std::int64_t qty,
                   std::int64_t allocated)
{
    orders::Order o;
    o.id = id;
    o.status = orders::OrderStatus::Paid;
    o.buyer.handle = handle;
    o.lines.push_back({1, 1, "SKU-" + std::to_string(id), name, qty, 1000, allocated});
    return o;
}

} // namespace

TEST_CASE("ticker: a sale reads as masked handle, quantity, product and age", "[overlay][ticker]")
{
    CHECK(saleText("kimchi_mom", 2, "Jeju tangerines", 3 * 60'000 + 5'000)
          == "k***m 2 \xC3\x97 Jeju tangerines \xC2\xB7 3 min ago");
    CHECK(saleText("김민수", 1, "감귤", 59'999) == "김***수 1 \xC3\x97 감귤 \xC2\xB7 just now");
}

TEST_CASE("ticker: each order is taken once from either feed, newest first, three at most, an hour at most", "[overlay][ticker]")
{
    RecentSales sales;
    CHECK(sales.tickerItems(0).empty());
    CHECK(sales.take(sale(1, "kimchi_mom", "Tangerines", 2, 2), 0).size() == 1);
    CHECK(sales.take(sale(1, "kimchi_mom", "Tangerines", 2, 2), 10).empty()); // the other feed
    CHECK(sales.take(sale(2, "lee", "Pears", 3, 0), 10).empty());            // oversold: no stock taken
    auto cancelled = sale(3, "park", "Honey", 1, 1);
    cancelled.status = orders::OrderStatus::Cancelled;
    CHECK(sales.take(cancelled, 10).empty());
    REQUIRE(sales.tickerItems(60'000) == std::vector<std::string>{"k***m 2 \xC3\x97 Tangerines \xC2\xB7 1 min ago"});

    CHECK(sales.take(sale(4, "choi", "Honey", 1, 1), 120'000).size() == 1);
    CHECK(sales.take(sale(5, "jung", "Apples", 4, 4), 130'000).size() == 1);
    CHECK(sales.take(sale(6, "kang", "Kimchi", 1, 1), 140'000).size() == 1);
    const auto items = sales.tickerItems(150'000);
    REQUIRE(items.size() == RecentSales::kShown);
    CHECK(items[0] == "k***g 1 \xC3\x97 Kimchi \xC2\xB7 just now");
    CHECK(items[1] == "j***g 4 \xC3\x97 Apples \xC2\xB7 just now");
    CHECK(items[2] == "c***i 1 \xC3\x97 Honey \xC2\xB7 just now");
    CHECK(sales.tickerItems(140'000 + RecentSales::kShownForMs).empty());
    // An id seen long ago is still not counted twice.
    CHECK(sales.take(sale(4, "choi", "Honey", 1, 1), 200'000).empty());
}

TEST_CASE("ticker: golden strip of three sales, elided to its width", "[overlay][ticker][golden]")
{
    test::ensureOffscreenGui();
    const std::vector<std::string> items{saleText("kimchi_mom", 2, "제주 감귤 Jeju tangerines", 0),
                                         saleText("김민수", 1, "Acacia honey", 3 * 60'000),
                                         saleText("lee", 4, "Asian pears", 12 * 60'000)};
    const QImage strip = renderTicker(items, {1200, 40}, CardTheme{});
    CHECK(strip.size() == QSize(1200, 40));
    test::checkGolden(strip, "ticker-three-sales");
    const QImage narrow = renderTicker(items, {300, 40}, CardTheme{});
    CHECK(narrow.size() == QSize(300, 40));
}
