// Orders are indexed by buyer (orders_buyer_counted) only where a per-buyer rule reads them. These
// tests hold the rules to that: a limit set after the fact still counts every earlier order, a
// flash-sale cap counts across orders, and the lookups read the index instead of every line.
#include "ShopFixture.h"
#include "TestFramework.h"

#include "db/SqliteConnection.h"
#include "orders/FlashSaleBook.h"
#include "orders/FlashSaleTable.h"
#include "orders/OrderTable.h"

#include <sqlite3.h>

#include <future>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

using namespace stallcast;
using orders::OrderFlag;
using orders::OrderRejected;
using test::paidOrder;
using test::ShopFixture;
using test::unpaidOrder;

namespace {

std::int64_t buyerCounted(ShopFixture &shop, std::int64_t orderId)
{
    return shop.db->read([&](db::Connection &c) {
        auto &stmt = c.prepare("SELECT buyer_counted FROM orders WHERE id = ?1");
        stmt.bind(1, orderId);
        REQUIRE(stmt.step());
        const auto counted = stmt.columnInt(0);
        stmt.reset();
        return counted;
    });
}

OrderRejected::Reason rejectionOf(ShopFixture &shop, const orders::OrderRequest &req)
{
    try {
        shop.book->place(req);
    } catch (const OrderRejected &e) {
        return e.reason();
    }
    FAIL("the order was accepted");
    return OrderRejected::Reason::Invalid;
}

// Ten minutes of `sku` at 19,000 KRW, `quantity` units, at most `cap` per buyer; its id.
std::int64_t startFlashSale(ShopFixture &shop, const std::string &sku, std::int64_t quantity,
                            std::int64_t cap)
{
    orders::FlashSaleStart sale;
    sale.sku = sku;
    sale.price = 19000;
    sale.quantity = quantity;
    sale.perBuyerCap = cap;
    sale.durationMs = 600000;
    return orders::FlashSaleBook(*shop.db).start(sale).id;
}

void setLimit(ShopFixture &shop, const std::string &sku, std::optional<std::int64_t> limit)
{
    auto p = shop.product(sku);
    p.perBuyerLimit = limit;
    shop.catalog->save(p, std::nullopt, "test");
}

} // namespace

TEST_CASE("buyer index: only orders a per-buyer rule reads are in it", "[orders][limits]")
{
    ShopFixture shop;
    shop.addProduct("TANG", "A1", 25000, 100);
    shop.addProduct("EGGS", "A2", 5000, 100, 3);
    const auto plain = shop.book->place(unpaidOrder("kim", "TANG", 1));
    const auto limited = shop.book->place(unpaidOrder("kim", "EGGS", 1));
    const auto anonymous = shop.book->place(unpaidOrder("", "EGGS", 1));
    CHECK(buyerCounted(shop, plain.order.id) == 0);
    CHECK(buyerCounted(shop, limited.order.id) == 1);
    CHECK(buyerCounted(shop, anonymous.order.id) == 0); // no buyer to count against

    // An order with one limited line among others is counted.
    auto mixed = unpaidOrder("lee", "TANG", 1);
    mixed.lines.push_back({"EGGS", 1, std::nullopt});
    CHECK(buyerCounted(shop, shop.book->place(mixed).order.id) == 1);
}

TEST_CASE("buyer index: a limit set after orders were placed counts those orders",
          "[orders][limits]")
{
    ShopFixture shop;
    shop.addProduct("EGGS", "A1", 5000, 100);
    const auto before = shop.book->place(unpaidOrder("Kim", "EGGS", 2));
    shop.book->place(unpaidOrder("lee", "EGGS", 1));
    CHECK(buyerCounted(shop, before.order.id) == 0);

    // The merchant limits eggs to two per buyer halfway through the stream.
    setLimit(shop, "EGGS", 2);
    CHECK(buyerCounted(shop, before.order.id) == 1);
    try {
        shop.book->place(unpaidOrder("kim", "EGGS", 1));
        FAIL("kim's third egg was accepted");
    } catch (const OrderRejected &e) {
        CHECK(e.reason() == OrderRejected::Reason::OverLimit);
        CHECK(std::string(e.what()).find("already has 2") != std::string::npos);
    }
    CHECK(shop.book->place(unpaidOrder("lee", "EGGS", 1)).order.lines[0].allocated == 1);
    CHECK(shop.book->place(paidOrder("shopify", "7", "KIM", "EGGS", 1))
              .order.has(OrderFlag::OverLimit));

    // Lifted, then set again: orders placed while there was no limit count too.
    setLimit(shop, "EGGS", std::nullopt);
    const auto unlimited = shop.book->place(unpaidOrder("park", "EGGS", 2));
    CHECK(buyerCounted(shop, unlimited.order.id) == 0);
    setLimit(shop, "EGGS", 2);
    CHECK(buyerCounted(shop, unlimited.order.id) == 1);
    CHECK(rejectionOf(shop, unpaidOrder("park", "EGGS", 1)) == OrderRejected::Reason::OverLimit);

    // A claim is held to the same count.
    orders::ClaimRequest claim;
    claim.buyer = "PARK";
    claim.product = "A1";
    claim.qty = 1;
    try {
        shop.holds->claim(claim);
        FAIL("park's claim over the limit was accepted");
    } catch (const OrderRejected &e) {
        CHECK(e.reason() == OrderRejected::Reason::OverLimit);
    }
}

TEST_CASE("buyer index: a flash sale's per-buyer cap counts across orders", "[orders][flash]")
{
    ShopFixture shop;
    shop.addProduct("TANG", "A1", 25000, 100);
    startFlashSale(shop, "TANG", 10, 2);

    const auto first = shop.book->place(unpaidOrder("kim", "TANG", 1));
    CHECK(buyerCounted(shop, first.order.id) == 1); // a flash line: the cap will read it
    CHECK(first.order.total == 19000);
    const auto second = shop.book->place(unpaidOrder("KIM", "TANG", 2));
    CHECK(second.order.total == 19000 + 25000); // one unit left at the flash price
}

TEST_CASE("buyer index: per-buyer counts read the buyer's orders, not every order of the product",
          "[orders][limits][flash]")
{
    ShopFixture shop;
    const auto eggs = shop.addProduct("EGGS", "A1", 5000, 5000, 5);
    shop.addProduct("TANG", "A2", 25000, 5000);
    const auto saleId = startFlashSale(shop, "TANG", 4000, 3);

    // 1,500 other buyers each buy one of each; kim buys two of each.
    std::vector<std::future<orders::PlaceResult>> placed;
    for (int i = 0; i < 1500; ++i) {
        placed.push_back(shop.book->placeAsync(unpaidOrder("b" + std::to_string(i), "EGGS", 1)));
        placed.push_back(shop.book->placeAsync(unpaidOrder("b" + std::to_string(i), "TANG", 1)));
    }
    for (auto &p : placed)
        p.get();
    shop.book->place(unpaidOrder("kim", "EGGS", 2));
    shop.book->place(unpaidOrder("kim", "TANG", 2));

    // VM steps of the writer connection's statements around each count: walking the product's
    // (or the sale's) 1,500 other lines would take thousands.
    const auto [units, unitSteps, flash, flashSteps] = shop.db->write([&](db::Connection &c) {
        const auto steps = [&c] {
            std::int64_t total = 0;
            for (auto *stmt = sqlite3_next_stmt(c.handle(), nullptr); stmt;
                 stmt = sqlite3_next_stmt(c.handle(), stmt))
                total += sqlite3_stmt_status(stmt, SQLITE_STMTSTATUS_VM_STEP, 0);
            return total;
        };
        const auto s0 = steps();
        const auto u = orders::OrderTable::unitsForBuyer(c, eggs, "kim");
        const auto s1 = steps();
        const auto f = orders::FlashSaleTable::unitsCounted(c, saleId, "kim");
        const auto s2 = steps();
        return std::tuple{u, s1 - s0, f, s2 - s1};
    });
    CHECK(units == 2);
    CHECK(flash == 2);
    CHECK(unitSteps < 300);
    CHECK(flashSteps < 300);
}
