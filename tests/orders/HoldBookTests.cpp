#include "ShopFixture.h"
#include "TestFramework.h"

#include "inventory/StockLedger.h"

using namespace stallcast;
using orders::ClaimRequest;
using orders::HoldStatus;
using orders::OrderFlag;
using orders::OrderRejected;
using test::ShopFixture;

namespace {
ClaimRequest claim(const std::string &buyer, const std::string &product, std::int64_t qty,
                   std::int64_t ttlMinutes = 10)
{
    ClaimRequest c;
    c.buyer = buyer;
    c.product = product;
    c.qty = qty;
    c.ttlMs = ttlMinutes * 60 * 1000;
    c.claimRef = "SOLD " + product + " " + std::to_string(qty);
    return c;
}

std::vector<std::string> buyers(const std::vector<orders::Hold> &holds)
{
    std::vector<std::string> out;
    for (const auto &h : holds)
        out.push_back(h.buyer);
    return out;
}
} // namespace

TEST_CASE("a claim reserves stock without taking it off the shelf", "[holds]")
{
    ShopFixture shop;
    shop.addProduct("TANG", "A1", 25000, 5);
    const auto r = shop.holds->claim(claim("kim", "a1", 2));
    CHECK_FALSE(r.waitlisted);
    CHECK(r.hold.status == HoldStatus::Active);
    CHECK(r.hold.sku == "TANG");
    REQUIRE(r.hold.expiresMs);
    CHECK(*r.hold.expiresMs == shop.nowMs + 10 * 60 * 1000);
    const auto p = shop.product("TANG");
    CHECK(p.onHand == 5);
    CHECK(p.held == 2);
    CHECK(p.available() == 3);
    const auto moves = shop.catalog->history("TANG");
    CHECK(moves.back().reason == inventory::StockReason::Hold);
    CHECK(moves.back().heldDelta == 2);
    CHECK(moves.back().onHandDelta == 0);
    CHECK(shop.ledgerBalanced());
}

TEST_CASE("claims by code are case- and width-insensitive, SKUs work too", "[holds]")
{
    ShopFixture shop;
    shop.addProduct("TANG", "A1", 25000, 5);
    CHECK(shop.holds->claim(claim("a", "ａ１", 1)).hold.sku == "TANG"); // full-width, as phones type
    CHECK(shop.holds->claim(claim("b", "tang", 1)).hold.sku == "TANG");
    CHECK_THROWS_AS(shop.holds->claim(claim("c", "Z9", 1)), OrderRejected);
    CHECK_THROWS_AS(shop.holds->claim(claim("", "A1", 1)), OrderRejected);
    CHECK_THROWS_AS(shop.holds->claim(claim("d", "A1", 0)), OrderRejected);
}

TEST_CASE("when stock runs out claims wait in line and are promoted in arrival order",
          "[holds][waitlist]")
{
    ShopFixture shop;
    shop.addProduct("TANG", "A1", 25000, 3);
    const auto first = shop.holds->claim(claim("ann", "A1", 2)).hold;
    shop.holds->claim(claim("ben", "A1", 1));
    const auto cat = shop.holds->claim(claim("cat", "A1", 1));
    const auto dan = shop.holds->claim(claim("dan", "A1", 2));
    const auto eve = shop.holds->claim(claim("eve", "A1", 1));
    CHECK(cat.waitlisted);
    CHECK(dan.waitlisted);
    CHECK(eve.waitlisted);
    CHECK(shop.product("TANG").available() == 0);

    // Ann lets go of 2: cat (1) is first in line, dan (2) does not fit in what is left, eve (1)
    // does. Dan keeps his place.
    const auto promoted = shop.holds->release(first.id, "ann");
    CHECK(buyers(promoted) == std::vector<std::string>{"cat", "eve"});
    for (const auto &h : promoted)
        CHECK(h.status == HoldStatus::Active);
    const auto open = shop.holds->open("TANG");
    CHECK(buyers(open) == std::vector<std::string>{"ben", "cat", "dan", "eve"});
    CHECK(shop.holds->find(dan.hold.id)->status == HoldStatus::Waiting);
    CHECK(shop.holds->find(first.id)->status == HoldStatus::Released);
    CHECK(shop.product("TANG").held == 3);
    CHECK(shop.ledgerBalanced());
    CHECK_THROWS_AS(shop.holds->release(first.id, "ann"), orders::InvalidTransition);
}

TEST_CASE("expired holds give their stock to the next in line", "[holds][waitlist][expiry]")
{
    ShopFixture shop;
    shop.addProduct("TANG", "A1", 25000, 2);
    const auto a = shop.holds->claim(claim("ann", "A1", 2, 5)).hold;
    const auto b = shop.holds->claim(claim("ben", "A1", 1, 5)).hold;
    const auto c = shop.holds->claim(claim("cat", "A1", 1, 5)).hold;

    shop.advanceMinutes(4);
    auto expiry = shop.holds->expireDue();
    CHECK(expiry.expired.empty());
    CHECK(expiry.promoted.empty());

    shop.advanceMinutes(1); // exactly at the deadline
    expiry = shop.holds->expireDue();
    REQUIRE(expiry.expired.size() == 1);
    CHECK(expiry.expired[0].id == a.id);
    CHECK(buyers(expiry.promoted) == std::vector<std::string>{"ben", "cat"});
    const auto promotedB = shop.holds->find(b.id);
    CHECK(promotedB->status == HoldStatus::Active);
    CHECK(*promotedB->expiresMs == shop.nowMs + 5 * 60 * 1000); // a fresh timer from promotion
    CHECK(shop.holds->find(a.id)->status == HoldStatus::Expired);
    CHECK(shop.product("TANG").held == 2);

    shop.advanceMinutes(6);
    expiry = shop.holds->expireDue();
    CHECK(expiry.expired.size() == 2);
    CHECK(shop.product("TANG").held == 0);
    CHECK(shop.holds->find(c.id)->status == HoldStatus::Expired);
    CHECK(shop.ledgerBalanced());
}

TEST_CASE("paying for a hold turns the reservation into a paid order", "[holds][pay]")
{
    ShopFixture shop;
    shop.addProduct("TANG", "A1", 25000, 3);
    const auto h = shop.holds->claim(claim("kim", "A1", 2)).hold;
    shop.holds->claim(claim("lee", "A1", 2)); // waits

    orders::OrderRequest payment;
    payment.source = "stallcast";
    payment.externalId = "pay-1";
    payment.paid = true;
    const auto placed = shop.holds->pay(h.id, payment);
    CHECK(placed.order.status == orders::OrderStatus::Paid);
    CHECK(placed.order.buyer.handle == "kim");
    CHECK(placed.order.total == 50000);
    CHECK(placed.order.lines.at(0).allocated == 2);
    CHECK_FALSE(placed.order.has(OrderFlag::Oversold));
    const auto after = shop.holds->find(h.id);
    CHECK(after->status == HoldStatus::Converted);
    CHECK(after->orderId == placed.order.id);
    const auto p = shop.product("TANG");
    CHECK(p.onHand == 1);
    CHECK(p.held == 0); // lee wants 2, only 1 left: still waiting
    CHECK(shop.ledgerBalanced());

    // The same payment delivered again changes nothing.
    const auto again = shop.holds->pay(h.id, payment);
    CHECK(again.duplicate);
    CHECK(shop.product("TANG").onHand == 1);
}

TEST_CASE("a payment for an expired hold is never dropped", "[holds][pay]")
{
    ShopFixture shop;
    shop.addProduct("TANG", "A1", 25000, 1);
    const auto h = shop.holds->claim(claim("kim", "A1", 1, 1)).hold;
    const auto w = shop.holds->claim(claim("lee", "A1", 1, 1)).hold;
    shop.advanceMinutes(2);
    shop.holds->expireDue(); // kim's hold expires, lee is promoted
    CHECK(shop.holds->find(w.id)->status == HoldStatus::Active);

    orders::OrderRequest late;
    late.source = "stallcast";
    late.externalId = "late-1";
    late.paid = true;
    const auto placed = shop.holds->pay(h.id, late);
    CHECK(placed.order.status == orders::OrderStatus::Paid);
    CHECK(placed.order.has(OrderFlag::Oversold));
    CHECK(shop.product("TANG").onHand == 1); // lee's unit is not taken from her
    CHECK(shop.product("TANG").held == 1);
    CHECK(shop.ledgerBalanced());
}

TEST_CASE("per-buyer limits count open claims and orders", "[holds][limits]")
{
    ShopFixture shop;
    shop.addProduct("EGGS", "A1", 5000, 1, 2);
    shop.holds->claim(claim("kim", "A1", 1));
    shop.holds->claim(claim("kim", "A1", 1)); // waits, but still counts
    try {
        shop.holds->claim(claim("KIM", "A1", 1));
        FAIL("a third unit was accepted");
    } catch (const OrderRejected &e) {
        CHECK(e.reason() == OrderRejected::Reason::OverLimit);
        CHECK(std::string(e.what()).find("limited to 2") != std::string::npos);
    }
    CHECK_THROWS_AS(shop.book->place(test::unpaidOrder("kim", "EGGS", 1)), OrderRejected);
}

TEST_CASE("stock that comes back is offered to the waitlist first", "[holds][waitlist]")
{
    ShopFixture shop;
    shop.addProduct("TANG", "A1", 25000, 1);
    const auto order = shop.book->place(test::unpaidOrder("ann", "TANG", 1)).order;
    const auto w = shop.holds->claim(claim("ben", "A1", 1)).hold;
    CHECK(shop.holds->find(w.id)->status == HoldStatus::Waiting);

    // A cancelled order's stock goes to ben, not to whoever claims next.
    shop.book->cancel(order.id, "test");
    CHECK(shop.holds->find(w.id)->status == HoldStatus::Active);
    CHECK(shop.holds->claim(claim("cat", "A1", 1)).waitlisted);

    // Stock added by hand is served by the periodic sweep (or the next claim).
    shop.catalog->adjustStock("TANG", 1, "test", "found a box");
    CHECK(buyers(shop.holds->expireDue().promoted) == std::vector<std::string>{"cat"});
    CHECK(shop.ledgerBalanced());
}

TEST_CASE("a claim that must not wait is refused when stock is short", "[holds]")
{
    ShopFixture shop;
    shop.addProduct("TANG", "A1", 25000, 1);
    auto c = claim("kim", "A1", 2);
    c.waitlist = false;
    try {
        shop.holds->claim(c);
        FAIL("accepted");
    } catch (const OrderRejected &e) {
        CHECK(e.reason() == OrderRejected::Reason::OutOfStock);
    }
    CHECK(shop.holds->open().empty());
}

TEST_CASE("a hold paid twice yields one order", "[holds][pay][idempotency]")
{
    ShopFixture shop;
    shop.addProduct("TANG", "A1", 25000, 10);
    const auto h = shop.holds->claim(claim("kim", "A1", 2)).hold;
    orders::OrderRequest payment; // no external id: a retried click, a doubled message
    payment.source = "manual";
    const auto first = shop.holds->pay(h.id, payment);
    const auto second = shop.holds->pay(h.id, payment);
    CHECK_FALSE(first.duplicate);
    CHECK(second.duplicate);
    CHECK(second.order.id == first.order.id);
    CHECK(shop.book->list().size() == 1);
    CHECK(shop.product("TANG").onHand == 8);
    CHECK(first.order.status == orders::OrderStatus::Paid); // pay() always records a payment
}

TEST_CASE("a payment already recorded elsewhere still closes the hold", "[holds][pay][idempotency]")
{
    ShopFixture shop;
    shop.addProduct("TANG", "A1", 25000, 5);
    const auto h = shop.holds->claim(claim("kim", "A1", 1)).hold;
    // The shop's webhook recorded the order before the claim was matched to it.
    const auto recorded = shop.book->place(test::paidOrder("shopify", "X1", "kim", "TANG", 1));
    auto payment = test::paidOrder("shopify", "X1", "kim", "TANG", 1);
    const auto viaHold = shop.holds->pay(h.id, payment);
    CHECK(viaHold.duplicate);
    CHECK(viaHold.order.id == recorded.order.id);
    const auto after = shop.holds->find(h.id);
    CHECK(after->status == HoldStatus::Converted);
    CHECK(after->orderId == recorded.order.id);
    const auto p = shop.product("TANG");
    CHECK(p.onHand == 4); // one unit sold, not reserved a second time
    CHECK(p.held == 0);
    CHECK(shop.ledgerBalanced());
}

TEST_CASE("a payment for an unknown hold is recorded when it names its products", "[holds][pay]")
{
    ShopFixture shop;
    shop.addProduct("TANG", "A1", 25000, 5);
    orders::OrderRequest payment;
    payment.source = "stallcast";
    payment.externalId = "p-9";
    CHECK_THROWS_AS(shop.holds->pay(999, payment), orders::OrderNotFound);
    payment.lines.push_back({"TANG", 1, std::nullopt});
    const auto placed = shop.holds->pay(999, payment);
    CHECK(placed.order.status == orders::OrderStatus::Paid);
    CHECK(placed.order.lines[0].allocated == 1);
}

TEST_CASE("absurd quantities and timers are refused", "[holds][limits]")
{
    ShopFixture shop;
    shop.addProduct("EGGS", "A1", 5000, 10, 2);
    shop.holds->claim(claim("kim", "A1", 1));
    auto huge = claim("kim", "A1", 1);
    huge.qty = INT64_MAX; // would overflow the per-buyer sum
    CHECK_THROWS_AS(shop.holds->claim(huge), OrderRejected);
    auto forever = claim("lee", "A1", 1);
    forever.ttlMs = INT64_MAX; // would overflow the expiry time
    CHECK_THROWS_AS(shop.holds->claim(forever), OrderRejected);
    CHECK_NOTHROW(shop.holds->claim(claim("kim", "A1", 1)));
}
