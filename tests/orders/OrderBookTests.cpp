#include "ShopFixture.h"
#include "TestFramework.h"

#include "common/FieldError.h"
#include "db/SqliteConnection.h"
#include "inventory/StockLedger.h"
#include "orders/OrderTable.h"

#include <future>

using namespace stallcast;
using orders::OrderFlag;
using orders::OrderRejected;
using orders::OrderStatus;
using test::paidOrder;
using test::ShopFixture;
using test::unpaidOrder;

namespace {
OrderRejected::Reason rejectionOf(orders::OrderBook &book, const orders::OrderRequest &req)
{
    try {
        book.place(req);
    } catch (const OrderRejected &e) {
        return e.reason();
    }
    FAIL("the order was accepted");
    return OrderRejected::Reason::Invalid;
}
} // namespace

TEST_CASE("an unpaid order takes stock through the ledger", "[orders]")
{
    ShopFixture shop;
    const auto id = shop.addProduct("TANG", "A1", 25000, 10);
    const auto placed = shop.book->place(unpaidOrder("kim", "tang", 3));
    CHECK_FALSE(placed.duplicate);
    CHECK(placed.order.status == OrderStatus::Pending);
    CHECK(placed.order.total == 75000);
    CHECK(placed.order.currency == "KRW");
    REQUIRE(placed.order.lines.size() == 1);
    CHECK(placed.order.lines[0].sku == "TANG");
    CHECK(placed.order.lines[0].allocated == 3);
    CHECK(shop.product("TANG").onHand == 7);

    const auto moves = shop.catalog->history("TANG");
    REQUIRE(moves.size() == 2);
    CHECK(moves[1].reason == inventory::StockReason::Sale);
    CHECK(moves[1].onHandDelta == -3);
    CHECK(moves[1].productId == id);
    CHECK(moves[1].reference == "order:" + std::to_string(placed.order.id));
    CHECK(shop.ledgerBalanced());
}

TEST_CASE("the sale price is charged unless the order states a unit price", "[orders]")
{
    ShopFixture shop;
    inventory::Product p;
    p.sku = "PEAR";
    p.name = "배 Korean pear";
    p.price = 30000;
    p.salePrice = 24000;
    p.currency = "KRW";
    shop.catalog->save(p, 5, "test");
    CHECK(shop.book->place(unpaidOrder("a", "PEAR", 2)).order.total == 48000);
    auto req = unpaidOrder("b", "PEAR", 1);
    req.lines[0].unitPrice = 20000;
    CHECK(shop.book->place(req).order.total == 20000);
}

TEST_CASE("a multi-line order gets stock for every line or for none", "[orders]")
{
    ShopFixture shop;
    shop.addProduct("APPLE", "A1", 1000, 5);
    shop.addProduct("PEAR", "A2", 2000, 1);
    orders::OrderRequest req;
    req.buyer.handle = "lee";
    req.lines = {{"APPLE", 4, std::nullopt}, {"PEAR", 2, std::nullopt}};
    CHECK(rejectionOf(*shop.book, req) == OrderRejected::Reason::OutOfStock);
    CHECK(shop.product("APPLE").onHand == 5);
    CHECK(shop.product("PEAR").onHand == 1);
    CHECK(shop.book->list().empty());

    req.lines[1].qty = 1;
    const auto placed = shop.book->place(req);
    CHECK(placed.order.lines.at(0).allocated == 4);
    CHECK(placed.order.lines.at(1).allocated == 1);
    CHECK(shop.product("APPLE").onHand == 1);
    CHECK(shop.product("PEAR").onHand == 0);
    CHECK(shop.ledgerBalanced());
}

TEST_CASE("a paid order is recorded and flagged when the stock is gone", "[orders]")
{
    ShopFixture shop;
    shop.addProduct("APPLE", "A1", 1000, 2);
    shop.addProduct("PEAR", "A2", 2000, 10);
    auto req = paidOrder("shopify", "1001", "park", "APPLE", 3);
    req.lines.push_back({"PEAR", 1, std::nullopt});
    const auto placed = shop.book->place(req);
    CHECK(placed.order.status == OrderStatus::Paid);
    CHECK(placed.order.has(OrderFlag::Oversold));
    for (const auto &line : placed.order.lines)
        CHECK(line.allocated == 0); // all or nothing, even for a paid order
    CHECK(shop.product("APPLE").onHand == 2);
    CHECK(shop.product("PEAR").onHand == 10);

    const auto stored = shop.book->find(placed.order.id);
    REQUIRE(stored);
    CHECK(stored->has(OrderFlag::Oversold));
    CHECK(stored->total == 5000);
    CHECK(shop.ledgerBalanced());
}

TEST_CASE("the same external order id from one source is recorded once", "[orders][idempotency]")
{
    ShopFixture shop;
    shop.addProduct("APPLE", "A1", 1000, 10);
    const auto first = shop.book->place(paidOrder("shopify", "5001", "kim", "APPLE", 2));
    const auto again = shop.book->place(paidOrder("shopify", "5001", "kim", "APPLE", 2));
    CHECK_FALSE(first.duplicate);
    CHECK(again.duplicate);
    CHECK(again.order.id == first.order.id);
    CHECK(shop.product("APPLE").onHand == 8);

    // Another source may reuse the id: it is another shop's order.
    const auto other = shop.book->place(paidOrder("woocommerce", "5001", "kim", "APPLE", 1));
    CHECK_FALSE(other.duplicate);
    CHECK(shop.book->list().size() == 2);
}

TEST_CASE("duplicates submitted together in one batch still yield one order",
          "[orders][idempotency]")
{
    ShopFixture shop;
    shop.addProduct("APPLE", "A1", 1000, 100);
    std::vector<std::future<orders::PlaceResult>> futures;
    for (int i = 0; i < 50; ++i)
        futures.push_back(shop.book->placeAsync(paidOrder("stallcast", "dup-7", "kim", "APPLE", 1)));
    int fresh = 0;
    for (auto &f : futures)
        fresh += f.get().duplicate ? 0 : 1;
    CHECK(fresh == 1);
    CHECK(shop.book->list().size() == 1);
    CHECK(shop.product("APPLE").onHand == 99);
}

TEST_CASE("one bad order in a batch does not take the others down", "[orders]")
{
    ShopFixture shop;
    shop.addProduct("APPLE", "A1", 1000, 1000);
    std::vector<std::future<orders::PlaceResult>> futures;
    for (int i = 0; i < 200; ++i)
        futures.push_back(shop.book->placeAsync(
            unpaidOrder("b" + std::to_string(i), i % 20 == 7 ? "NOPE" : "APPLE", 1)));
    int ok = 0;
    int rejected = 0;
    for (auto &f : futures) {
        try {
            f.get();
            ++ok;
        } catch (const OrderRejected &e) {
            CHECK(e.reason() == OrderRejected::Reason::UnknownProduct);
            ++rejected;
        }
    }
    CHECK(ok == 190);
    CHECK(rejected == 10);
    CHECK(shop.product("APPLE").onHand == 810);
    CHECK(shop.book->list().size() == 190);
}

TEST_CASE("unknown SKUs: unpaid orders are refused, paid ones kept and flagged", "[orders]")
{
    ShopFixture shop;
    shop.addProduct("APPLE", "A1", 1000, 10);
    CHECK(rejectionOf(*shop.book, unpaidOrder("kim", "MYSTERY", 1))
          == OrderRejected::Reason::UnknownProduct);
    auto req = paidOrder("stripe", "cs_1", "kim", "MYSTERY", 2);
    req.currency = "KRW";
    req.lines[0].unitPrice = 5000;
    const auto placed = shop.book->place(req);
    CHECK(placed.order.has(OrderFlag::UnknownSku));
    CHECK(placed.order.total == 10000);
    CHECK_FALSE(placed.order.lines[0].productId);
}

TEST_CASE("per-buyer limits refuse unpaid orders and flag paid ones", "[orders][limits]")
{
    ShopFixture shop;
    shop.addProduct("EGGS", "A1", 5000, 100, 2);
    shop.book->place(unpaidOrder("Kim", "EGGS", 2));
    // Handles compare case-insensitively.
    CHECK(rejectionOf(*shop.book, unpaidOrder("KIM", "EGGS", 1)) == OrderRejected::Reason::OverLimit);
    CHECK(shop.book->place(unpaidOrder("lee", "EGGS", 2)).order.lines[0].allocated == 2);
    // Anonymous orders (no handle) cannot be counted per buyer.
    CHECK_NOTHROW(shop.book->place(unpaidOrder("", "EGGS", 3)));

    const auto paid = shop.book->place(paidOrder("shopify", "9", "kim", "EGGS", 1));
    CHECK(paid.order.has(OrderFlag::OverLimit));
    CHECK(paid.order.lines[0].allocated == 1); // they paid: stock is theirs, the merchant decides

    // A cancelled order no longer counts against the limit.
    ShopFixture other;
    other.addProduct("EGGS", "A1", 5000, 100, 2);
    const auto first = other.book->place(unpaidOrder("kim", "EGGS", 2));
    other.book->cancel(first.order.id, "test");
    CHECK_NOTHROW(other.book->place(unpaidOrder("kim", "EGGS", 2)));
}

TEST_CASE("archived products and currency mismatches", "[orders]")
{
    ShopFixture shop;
    shop.addProduct("OLD", "A1", 1000, 5);
    shop.catalog->setActive("OLD", false);
    CHECK(rejectionOf(*shop.book, unpaidOrder("kim", "OLD", 1)) == OrderRejected::Reason::Inactive);
    CHECK(shop.book->place(paidOrder("shopify", "1", "kim", "OLD", 1)).order.lines[0].allocated == 1);

    shop.addProduct("NEW", "A2", 1000, 5);
    auto usd = unpaidOrder("kim", "NEW", 1);
    usd.currency = "USD";
    CHECK(rejectionOf(*shop.book, usd) == OrderRejected::Reason::Invalid);
    auto paidUsd = paidOrder("stripe", "2", "kim", "NEW", 1);
    paidUsd.currency = "usd";
    const auto placed = shop.book->place(paidUsd);
    CHECK(placed.order.currency == "USD");
    CHECK(placed.order.has(OrderFlag::CurrencyMismatch));
}

TEST_CASE("invalid requests are refused with the field named", "[orders]")
{
    ShopFixture shop;
    shop.addProduct("APPLE", "A1", 1000, 10);
    auto zero = unpaidOrder("kim", "APPLE", 0);
    try {
        shop.book->place(zero);
        FAIL("accepted a zero quantity");
    } catch (const OrderRejected &e) {
        CHECK(std::string(e.what()).find("lines[0].qty") != std::string::npos);
    }
    orders::OrderRequest empty;
    CHECK(rejectionOf(*shop.book, empty) == OrderRejected::Reason::Invalid);
    auto huge = unpaidOrder("kim", "APPLE", 1);
    huge.lines[0].unitPrice = INT64_MAX;
    huge.lines.push_back({"APPLE", 1, INT64_MAX});
    CHECK(rejectionOf(*shop.book, huge) == OrderRejected::Reason::Invalid);
    CHECK(shop.product("APPLE").onHand == 10);
}

TEST_CASE("order state transitions follow the documented table", "[orders][states]")
{
    using S = OrderStatus;
    const S all[] = {S::Pending, S::Paid, S::Fulfilled, S::Cancelled, S::Refunded};
    int allowed = 0;
    for (auto from : all)
        for (auto to : all)
            allowed += orders::canTransition(from, to) ? 1 : 0;
    CHECK(allowed == 5);
    CHECK(orders::canTransition(S::Pending, S::Paid));
    CHECK(orders::canTransition(S::Pending, S::Cancelled));
    CHECK(orders::canTransition(S::Paid, S::Fulfilled));
    CHECK(orders::canTransition(S::Paid, S::Refunded));
    CHECK(orders::canTransition(S::Fulfilled, S::Refunded));
    for (auto s : all)
        CHECK(orders::orderStatusFromString(orders::toString(s)) == s);
}

TEST_CASE("cancel and refund give stock back, invalid transitions are refused", "[orders][states]")
{
    ShopFixture shop;
    shop.addProduct("APPLE", "A1", 1000, 10);
    const auto a = shop.book->place(unpaidOrder("a", "APPLE", 2)).order;
    const auto b = shop.book->place(unpaidOrder("b", "APPLE", 3)).order;
    const auto c = shop.book->place(unpaidOrder("c", "APPLE", 4)).order;
    CHECK(shop.product("APPLE").onHand == 1);

    CHECK(shop.book->cancel(a.id, "test").status == OrderStatus::Cancelled);
    CHECK(shop.product("APPLE").onHand == 3);
    CHECK_THROWS_AS(shop.book->markPaid(a.id, "test"), orders::InvalidTransition);
    CHECK_THROWS_AS(shop.book->cancel(a.id, "test"), orders::InvalidTransition);

    shop.book->markPaid(b.id, "test");
    CHECK_THROWS_AS(shop.book->cancel(b.id, "test"), orders::InvalidTransition);
    CHECK(shop.book->refund(b.id, "test").status == OrderStatus::Refunded);
    CHECK(shop.product("APPLE").onHand == 6);
    CHECK_THROWS_AS(shop.book->refund(b.id, "test"), orders::InvalidTransition);

    // Refunding after fulfilment: the goods have left, nothing comes back.
    shop.book->markPaid(c.id, "test");
    shop.book->fulfil(c.id, "test");
    shop.book->refund(c.id, "test");
    CHECK(shop.product("APPLE").onHand == 6);

    CHECK_THROWS_AS(shop.book->cancel(424242, "test"), orders::OrderNotFound);
    const auto moves = shop.catalog->history("APPLE");
    CHECK(moves.back().reason == inventory::StockReason::Refund);
    CHECK(shop.ledgerBalanced());
}

TEST_CASE("refunding an oversold order does not invent stock", "[orders][states]")
{
    ShopFixture shop;
    shop.addProduct("APPLE", "A1", 1000, 1);
    shop.book->place(unpaidOrder("a", "APPLE", 1));
    const auto over = shop.book->place(paidOrder("shopify", "x", "b", "APPLE", 1)).order;
    REQUIRE(over.has(OrderFlag::Oversold));
    shop.book->refund(over.id, "test");
    CHECK(shop.product("APPLE").onHand == 0);
    CHECK(shop.ledgerBalanced());
}

TEST_CASE("stock figures cannot overflow", "[orders][limits]")
{
    ShopFixture shop;
    shop.addProduct("APPLE", "A1", 1000, 1);
    CHECK_THROWS_AS(shop.catalog->adjustStock("APPLE", INT64_MAX, "t", ""), FieldError);
    CHECK_THROWS_AS(shop.catalog->adjustStock("APPLE", 2'000'000'000, "t", ""), FieldError);
    // Even past the API, the ledger's guard refuses a sum that would overflow.
    const bool applied = shop.db->write([](db::Connection &c) {
        return inventory::StockLedger::apply(
            c, {1, inventory::StockReason::Adjustment, INT64_MAX, 0, "t", "", 0});
    });
    CHECK_FALSE(applied);
    CHECK(shop.product("APPLE").onHand == 1);
    CHECK(rejectionOf(*shop.book, unpaidOrder("kim", "APPLE", INT64_MAX))
          == OrderRejected::Reason::Invalid);
    CHECK(shop.ledgerBalanced());
}

TEST_CASE("a paid order in another currency is not charged the catalogue's number",
          "[orders]")
{
    ShopFixture shop;
    shop.addProduct("TANG", "A1", 25000, 5); // KRW
    auto usd = paidOrder("stripe", "cs_9", "kim", "TANG", 1);
    usd.currency = "USD";
    const auto without = shop.book->place(usd).order;
    CHECK(without.has(OrderFlag::CurrencyMismatch));
    CHECK(without.total == 0); // not 25000 cents
    usd.externalId = "cs_10";
    usd.lines[0].unitPrice = 1999;
    CHECK(shop.book->place(usd).order.total == 1999);
}

TEST_CASE("an oversold order is backordered when stock arrives, and cannot ship before",
          "[orders][backorder]")
{
    ShopFixture shop;
    shop.addProduct("APPLE", "A1", 1000, 1);
    shop.addProduct("PEAR", "A2", 2000, 5);
    auto req = paidOrder("shopify", "7", "kim", "APPLE", 2);
    req.lines.push_back({"PEAR", 1, std::nullopt});
    const auto over = shop.book->place(req).order;
    REQUIRE(over.has(OrderFlag::Oversold));
    CHECK_THROWS_AS(shop.book->fulfil(over.id, "t"), orders::InvalidTransition);

    // Still short: nothing moves.
    CHECK_THROWS_AS(shop.book->allocate(over.id, "t"), OrderRejected);
    CHECK(shop.product("APPLE").onHand == 1);
    CHECK(shop.product("PEAR").onHand == 5);

    shop.catalog->adjustStock("APPLE", 4, "t", "delivery");
    const auto backordered = shop.book->allocate(over.id, "t");
    CHECK_FALSE(backordered.has(OrderFlag::Oversold));
    const auto stored = *shop.book->find(over.id);
    CHECK_FALSE(stored.has(OrderFlag::Oversold));
    CHECK(stored.lines[0].allocated == 2);
    CHECK(stored.lines[1].allocated == 1);
    CHECK(shop.product("APPLE").onHand == 3);
    CHECK(shop.product("PEAR").onHand == 4);
    CHECK(shop.book->fulfil(over.id, "t").status == OrderStatus::Fulfilled);
    CHECK_THROWS_AS(shop.book->allocate(over.id, "t"), orders::InvalidTransition);

    // A refund of the backordered (not shipped) order now gives the stock back.
    const auto second = shop.book->place(paidOrder("shopify", "8", "lee", "APPLE", 9)).order;
    shop.catalog->adjustStock("APPLE", 6, "t", "delivery");
    shop.book->allocate(second.id, "t");
    shop.book->refund(second.id, "t");
    CHECK(shop.product("APPLE").onHand == 9);
    CHECK(shop.ledgerBalanced());
}

TEST_CASE("orders after a given id are read oldest first, with their lines, a page at a time", "[orders]")
{
    test::ShopFixture shop;
    shop.addProduct("TANG", "A1", 25000, 10);
    CHECK(shop.db->read([](db::Connection &c) { return orders::OrderTable::lastId(c); }) == 0);
    std::vector<std::int64_t> ids;
    for (int i = 0; i < 5; ++i)
        ids.push_back(shop.book->place(test::paidOrder("test", "o-" + std::to_string(i), "kim", "TANG", 1)).order.id);
    CHECK(shop.db->read([](db::Connection &c) { return orders::OrderTable::lastId(c); }) == ids.back());
    const auto page = shop.db->read([&](db::Connection &c) { return orders::OrderTable::listAfter(c, ids[1], 2); });
    REQUIRE(page.size() == 2);
    CHECK(page[0].id == ids[2]);
    CHECK(page[1].id == ids[3]);
    REQUIRE(page[0].lines.size() == 1);
    CHECK(page[0].lines[0].sku == "TANG");
    CHECK(page[0].lines[0].allocated == 1);
    CHECK(shop.db->read([&](db::Connection &c) { return orders::OrderTable::listAfter(c, ids.back(), 10); }).empty());
}
