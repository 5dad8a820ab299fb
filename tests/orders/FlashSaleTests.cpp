// Flash sales in the order book: the price charged during and after the sale, its quantity and
// per-buyer cap, concurrent orders, webhook orders with their own price (docs/ORDERS.md).
#include "ShopFixture.h"
#include "TestFramework.h"

#include "orders/FlashSaleBook.h"
#include "reports/Reports.h"

#include <map>
#include <string>
#include <thread>
#include <vector>

using namespace stallcast;
using orders::FlashSaleRejected;
using orders::FlashSaleState;
using orders::OrderFlag;
using test::ShopFixture;
using test::paidOrder;
using test::unpaidOrder;

namespace {

orders::FlashSaleStart flashSale(const std::string &sku, std::int64_t price, std::int64_t quantity,
                                 std::optional<std::int64_t> cap = std::nullopt,
                                 std::int64_t minutes = 5)
{
    orders::FlashSaleStart s;
    s.sku = sku;
    s.price = price;
    s.durationMs = minutes * 60 * 1000;
    s.quantity = quantity;
    s.perBuyerCap = cap;
    s.actor = "test";
    return s;
}

// (qty, unit price, flash units) of each line, in order.
struct PricedLine {
    std::int64_t qty, unitPrice, flashUnits;
    bool operator==(const PricedLine &) const = default;
};

std::vector<PricedLine> priced(const orders::Order &order)
{
    std::vector<PricedLine> out;
    for (const auto &line : order.lines) {
        std::int64_t flash = 0;
        for (const auto &f : order.flashLines)
            if (f.lineNo == line.lineNo)
                flash = f.units;
        out.push_back({line.qty, line.unitPrice, flash});
    }
    return out;
}

FlashSaleRejected::Reason refusal(orders::FlashSaleBook &book, const orders::FlashSaleStart &s)
{
    try {
        book.start(s);
    } catch (const FlashSaleRejected &e) {
        return e.reason();
    }
    FAIL("the flash sale was started");
    return FlashSaleRejected::Reason::Invalid;
}

} // namespace

TEST_CASE("flash: orders pay the flash price while the sale runs, the normal price after", "[flash]")
{
    ShopFixture shop;
    shop.addProduct("TANG", "A1", 25000, 100);
    orders::FlashSaleBook flash(*shop.db);
    const auto sale = flash.start(flashSale("TANG", 15000, 50));
    CHECK(sale.state == FlashSaleState::Running);
    CHECK(sale.currency == "KRW");
    CHECK(sale.endsMs == shop.nowMs + 5 * 60 * 1000);

    const auto during = shop.book->place(unpaidOrder("kim", "TANG", 2)).order;
    CHECK(priced(during) == std::vector<PricedLine>{{2, 15000, 2}});
    CHECK(during.total == 30000);
    CHECK(during.flags == 0);
    REQUIRE(during.flashLines.size() == 1);
    CHECK(during.flashLines[0].saleId == sale.id);
    CHECK(flash.current("tang")->sold == 2); // SKUs are case-insensitive

    // What was recorded is what is read back.
    CHECK(priced(*shop.book->find(during.id)) == priced(during));

    shop.advanceMinutes(5); // the end time is exclusive
    CHECK_FALSE(flash.current("TANG"));
    CHECK(flash.latest("TANG")->state == FlashSaleState::Ended);
    const auto after = shop.book->place(unpaidOrder("lee", "TANG", 1)).order;
    CHECK(priced(after) == std::vector<PricedLine>{{1, 25000, 0}});
    CHECK(after.flashLines.empty());
    CHECK(shop.ledgerBalanced());
    CHECK(shop.flashCountsAgree());
}

TEST_CASE("flash: an order larger than what the sale has left pays the normal price for the rest",
          "[flash]")
{
    ShopFixture shop;
    shop.addProduct("TANG", "A1", 25000, 100);
    orders::FlashSaleBook flash(*shop.db);
    flash.start(flashSale("TANG", 15000, 5));
    shop.book->place(unpaidOrder("a", "TANG", 3));

    const auto order = shop.book->place(unpaidOrder("b", "TANG", 4)).order;
    CHECK(priced(order) == std::vector<PricedLine>{{2, 15000, 2}, {2, 25000, 0}});
    CHECK(order.total == 2 * 15000 + 2 * 25000);
    CHECK(order.has(OrderFlag::FlashSoldOut));
    CHECK_FALSE(order.has(OrderFlag::FlashCap));
    // Both lines took their stock.
    CHECK(order.lines[0].allocated == 2);
    CHECK(order.lines[1].allocated == 2);
    CHECK(shop.product("TANG").onHand == 93);

    const auto current = flash.current("TANG");
    REQUIRE(current);
    CHECK(current->state == FlashSaleState::SoldOut);
    CHECK(current->remaining() == 0);
    const auto late = shop.book->place(unpaidOrder("c", "TANG", 1)).order;
    CHECK(priced(late) == std::vector<PricedLine>{{1, 25000, 0}});
    CHECK(late.has(OrderFlag::FlashSoldOut));

    // A cancelled order gives its flash units back: the sale runs again.
    shop.book->cancel(order.id, "test");
    CHECK(flash.current("TANG")->state == FlashSaleState::Running);
    CHECK(flash.current("TANG")->remaining() == 2);
    CHECK(priced(shop.book->place(unpaidOrder("d", "TANG", 1)).order)
          == std::vector<PricedLine>{{1, 15000, 1}});
    CHECK(shop.ledgerBalanced());
    CHECK(shop.flashCountsAgree());
}

TEST_CASE("flash: the per-buyer cap limits the flash price, counted across orders", "[flash]")
{
    ShopFixture shop;
    shop.addProduct("TANG", "A1", 25000, 100);
    orders::FlashSaleBook flash(*shop.db);
    flash.start(flashSale("TANG", 15000, 50, 2));

    const auto first = shop.book->place(unpaidOrder("Kim", "TANG", 3)).order;
    CHECK(priced(first) == std::vector<PricedLine>{{2, 15000, 2}, {1, 25000, 0}});
    CHECK(first.has(OrderFlag::FlashCap));
    CHECK_FALSE(first.has(OrderFlag::FlashSoldOut));

    // The same buyer (handles are case-folded) has used the cap.
    const auto again = shop.book->place(unpaidOrder("KIM", "TANG", 1)).order;
    CHECK(priced(again) == std::vector<PricedLine>{{1, 25000, 0}});
    CHECK(again.has(OrderFlag::FlashCap));

    // Two lines of one order share the cap too.
    auto twoLines = unpaidOrder("lee", "TANG", 1);
    twoLines.lines.push_back({"tang", 2, std::nullopt});
    const auto lee = shop.book->place(twoLines).order;
    CHECK(priced(lee) == std::vector<PricedLine>{{1, 15000, 1}, {1, 15000, 1}, {1, 25000, 0}});

    // Another buyer is not affected; an order without a handle cannot be counted per buyer.
    CHECK(priced(shop.book->place(unpaidOrder("park", "TANG", 2)).order)
          == std::vector<PricedLine>{{2, 15000, 2}});
    CHECK(priced(shop.book->place(unpaidOrder("", "TANG", 3)).order)
          == std::vector<PricedLine>{{3, 15000, 3}});
    CHECK(flash.current("TANG")->sold == 2 + 2 + 2 + 3);
    CHECK(shop.flashCountsAgree());
}

TEST_CASE("flash: a refused order takes no flash units", "[flash]")
{
    ShopFixture shop;
    shop.addProduct("TANG", "A1", 25000, 3);
    orders::FlashSaleBook flash(*shop.db);
    flash.start(flashSale("TANG", 15000, 10));
    CHECK_THROWS_AS(shop.book->place(unpaidOrder("kim", "TANG", 4)), orders::OrderRejected);
    CHECK(flash.current("TANG")->sold == 0);
    try {
        shop.book->place(unpaidOrder("kim", "TANG", 5));
    } catch (const orders::OrderRejected &e) {
        // The message names the request's line and quantity, not a split part.
        CHECK(std::string(e.what()) == "lines[0].qty: TANG has 3 available, 5 wanted");
    }
    CHECK(shop.flashCountsAgree());
}

TEST_CASE("flash: a paid webhook order keeps its price, counts its units and flags a mismatch",
          "[flash]")
{
    ShopFixture shop;
    shop.addProduct("TANG", "A1", 25000, 100);
    orders::FlashSaleBook flash(*shop.db);
    const auto sale = flash.start(flashSale("TANG", 15000, 5, 2));

    auto atFlash = paidOrder("shopify", "1001", "kim@example.com", "TANG", 2);
    atFlash.lines[0].unitPrice = 15000;
    const auto a = shop.book->place(atFlash).order;
    CHECK(priced(a) == std::vector<PricedLine>{{2, 15000, 2}});
    CHECK(a.flags == 0);

    // The shop did not know about the sale: it charged the normal price. Recorded as paid,
    // counted toward the sale, flagged.
    auto atNormal = paidOrder("shopify", "1002", "lee@example.com", "TANG", 2);
    atNormal.lines[0].unitPrice = 25000;
    const auto b = shop.book->place(atNormal).order;
    CHECK(priced(b) == std::vector<PricedLine>{{2, 25000, 2}});
    CHECK(b.has(OrderFlag::FlashPriceMismatch));
    CHECK(b.total == 50000);

    // More than the sale has left, at the flash price: kept whole, one line, the units the sale
    // had counted, flagged sold out and mismatched.
    auto tooMany = paidOrder("woocommerce", "77", "park", "TANG", 3);
    tooMany.lines[0].unitPrice = 15000;
    const auto c = shop.book->place(tooMany).order;
    CHECK(priced(c) == std::vector<PricedLine>{{3, 15000, 1}});
    CHECK(c.has(OrderFlag::FlashSoldOut));
    CHECK(c.has(OrderFlag::FlashPriceMismatch));
    CHECK(c.status == orders::OrderStatus::Paid);
    CHECK(flash.current("TANG")->sold == 5);
    CHECK(flash.current("TANG")->state == FlashSaleState::SoldOut);

    // The same delivery again changes nothing.
    CHECK(shop.book->place(tooMany).duplicate);
    CHECK(flash.current("TANG")->sold == 5);
    CHECK(flash.list().front().id == sale.id);
    CHECK(shop.flashCountsAgree());
}

TEST_CASE("flash: concurrent orders from several threads never exceed the flash quantity",
          "[flash][concurrency]")
{
    ShopFixture shop;
    shop.addProduct("TANG", "A1", 25000, 10'000);
    orders::FlashSaleBook flash(*shop.db);
    flash.start(flashSale("TANG", 15000, 37, 3));
    constexpr int kThreads = 8;
    constexpr int kOrdersEach = 40;
    std::vector<std::thread> threads;
    std::vector<std::vector<orders::Order>> placed(kThreads);
    for (int t = 0; t < kThreads; ++t)
        threads.emplace_back([&, t] {
            for (int i = 0; i < kOrdersEach; ++i) {
                // A few buyers per thread, each ordering 1 or 2 units, to hit the cap too.
                const std::string buyer = "buyer" + std::to_string(t) + "-" + std::to_string(i % 3);
                placed[t].push_back(shop.book->place(unpaidOrder(buyer, "TANG", 1 + i % 2)).order);
            }
        });
    for (auto &thread : threads)
        thread.join();

    std::int64_t flashUnits = 0, units = 0, money = 0;
    std::map<std::string, std::int64_t> perBuyer;
    for (const auto &orders : placed)
        for (const auto &order : orders) {
            for (const auto &line : order.lines) {
                units += line.qty;
                money += line.qty * line.unitPrice;
            }
            for (const auto &f : order.flashLines) {
                flashUnits += f.units;
                perBuyer[order.buyer.handle] += f.units;
            }
            CHECK(order.total == [&] {
                std::int64_t total = 0;
                for (const auto &line : order.lines)
                    total += line.qty * line.unitPrice;
                return total;
            }());
        }
    CHECK(flashUnits == 37);
    for (const auto &[buyer, n] : perBuyer)
        CHECK(n <= 3);
    CHECK(units == kThreads * kOrdersEach / 2 * 3);
    CHECK(money == flashUnits * 15000 + (units - flashUnits) * 25000);
    CHECK(flash.current("TANG")->sold == 37);
    CHECK(shop.product("TANG").onHand == 10'000 - units);
    CHECK(shop.ledgerBalanced());
    CHECK(shop.flashCountsAgree());
}

TEST_CASE("flash: starting and stopping sales, with the reason for a refusal", "[flash]")
{
    using R = FlashSaleRejected::Reason;
    ShopFixture shop;
    shop.addProduct("TANG", "A1", 25000, 100);
    inventory::Product onSale;
    onSale.sku = "PEAR";
    onSale.name = "Pear";
    onSale.price = 10000;
    onSale.salePrice = 8000;
    onSale.currency = "KRW";
    shop.catalog->save(onSale, 5, "test");
    orders::FlashSaleBook flash(*shop.db);

    CHECK(refusal(flash, flashSale("NOPE", 100, 5)) == R::UnknownProduct);
    CHECK(refusal(flash, flashSale("TANG", 25000, 5)) == R::Invalid);  // not below the price
    CHECK(refusal(flash, flashSale("PEAR", 8000, 5)) == R::Invalid);   // not below the sale price
    CHECK(refusal(flash, flashSale("TANG", -1, 5)) == R::Invalid);
    CHECK(refusal(flash, flashSale("TANG", 100, 0)) == R::Invalid);
    CHECK(refusal(flash, flashSale("TANG", 100, 5, 6)) == R::Invalid); // cap above the quantity
    CHECK(refusal(flash, flashSale("TANG", 100, 5, std::nullopt, 0)) == R::Invalid);
    CHECK(refusal(flash, flashSale("TANG", 100, 5, std::nullopt, 24 * 60 + 1)) == R::Invalid);
    try {
        flash.start(flashSale("TANG", 25000, 5));
    } catch (const FlashSaleRejected &e) {
        CHECK(std::string(e.what()) == "price: 25,000 KRW must be below TANG's current price 25,000 KRW");
    }
    CHECK(flash.list().empty());

    const auto first = flash.start(flashSale("TANG", 15000, 5));
    CHECK(refusal(flash, flashSale("tang", 14000, 5)) == R::AlreadyRunning);
    const auto pear = flash.start(flashSale("PEAR", 7000, 5)); // one per product

    shop.advanceMinutes(1);
    const auto stopped = flash.stop("TANG", "test");
    CHECK(stopped.id == first.id);
    CHECK(stopped.state == FlashSaleState::Stopped);
    CHECK(stopped.stoppedMs == std::optional<std::int64_t>(shop.nowMs));
    CHECK(stopped.stoppedBy == "test");
    CHECK_FALSE(flash.current("TANG"));
    CHECK(priced(shop.book->place(unpaidOrder("kim", "TANG", 1)).order)
          == std::vector<PricedLine>{{1, 25000, 0}});
    try {
        flash.stop("TANG", "test");
        FAIL("stopped a sale that was not running");
    } catch (const FlashSaleRejected &e) {
        CHECK(e.reason() == R::NotRunning);
    }

    // A sold-out sale whose time is not up is replaced by a new one.
    const auto second = flash.start(flashSale("TANG", 15000, 1));
    shop.book->place(unpaidOrder("kim", "TANG", 1));
    CHECK(flash.current("TANG")->state == FlashSaleState::SoldOut);
    const auto third = flash.start(flashSale("TANG", 16000, 3));
    CHECK(flash.current("TANG")->id == third.id);

    const auto all = flash.list(); // newest first
    REQUIRE(all.size() == 4);
    CHECK(all[0].id == third.id);
    CHECK(all[1].id == second.id);
    CHECK(all[1].state == FlashSaleState::Stopped);
    CHECK(all[1].sold == 1);
    CHECK(all[2].id == pear.id);
    CHECK(all[3].id == first.id);
    CHECK(shop.flashCountsAgree());
}

TEST_CASE("flash: a product that changed currency since the sale started pays its normal price",
          "[flash]")
{
    ShopFixture shop;
    shop.addProduct("TANG", "A1", 25000, 100);
    orders::FlashSaleBook flash(*shop.db);
    flash.start(flashSale("TANG", 15000, 5));
    auto product = shop.product("TANG");
    product.currency = "USD";
    product.price = 2000;
    shop.catalog->save(product, std::nullopt, "test");
    CHECK(priced(shop.book->place(unpaidOrder("kim", "TANG", 1)).order)
          == std::vector<PricedLine>{{1, 2000, 0}});
    CHECK(shop.flashCountsAgree());
}

TEST_CASE("flash: a line split by the sale is packed as one and sold once per order", "[flash][reports]")
{
    ShopFixture shop;
    shop.addProduct("TANG", "A1", 25000, 100);
    orders::FlashSaleBook flash(*shop.db);
    flash.start(flashSale("TANG", 15000, 2));
    const auto order = shop.book->place(paidOrder("manual", "p-1", "kim", "TANG", 3)).order;
    REQUIRE(order.lines.size() == 2);

    const auto all = shop.book->list();
    const auto packing = reports::packingList(all);
    REQUIRE(packing.size() == 1);
    CHECK(packing[0].qty == 3);
    CHECK(packing[0].note.empty());
    const auto sales = reports::salesByProduct(all);
    REQUIRE(sales.size() == 1);
    CHECK(sales[0].orders == 1);
    CHECK(sales[0].units == 3);
    CHECK(sales[0].revenue == 2 * 15000 + 25000);
    CHECK(shop.flashCountsAgree());
}
