// Claims held during a flash sale: the hold's price, its units counted toward the sale, and the
// order that pays it (docs/ORDERS.md, "Flash sales").
#include "ShopFixture.h"
#include "TestFramework.h"

#include "db/Database.h"
#include "feed/DeliveryPlacement.h"
#include "orders/FlashSaleBook.h"

using namespace stallcast;
using orders::FlashSaleState;
using orders::HoldStatus;
using test::ShopFixture;

namespace {

orders::ClaimRequest claim(const std::string &buyer, std::int64_t qty)
{
    orders::ClaimRequest c;
    c.buyer = buyer;
    c.product = "A1";
    c.qty = qty;
    c.ttlMs = 10 * 60 * 1000;
    c.claimRef = "C-" + buyer;
    return c;
}

orders::FlashSale startSale(orders::FlashSaleBook &flash, std::int64_t quantity,
                            std::optional<std::int64_t> cap = std::nullopt)
{
    orders::FlashSaleStart s;
    s.sku = "TANG";
    s.price = 15000;
    s.durationMs = 5 * 60 * 1000;
    s.quantity = quantity;
    s.perBuyerCap = cap;
    return flash.start(s);
}

} // namespace

TEST_CASE("flash: a claim held during the sale keeps the flash price when paid after it ends",
          "[flash][holds]")
{
    ShopFixture shop;
    shop.addProduct("TANG", "A1", 25000, 20);
    orders::FlashSaleBook flash(*shop.db);
    const auto sale = startSale(flash, 3, 2);

    const auto kim = shop.holds->claim(claim("kim", 3)).hold;
    CHECK(kim.status == HoldStatus::Active);
    CHECK(kim.flashSaleId == std::optional<std::int64_t>(sale.id));
    CHECK(kim.flashUnits == 2); // the cap
    CHECK(kim.flashPrice == std::optional<std::int64_t>(15000));
    CHECK(flash.current("TANG")->sold == 2); // held units count
    CHECK(shop.holds->find(kim.id)->flashUnits == 2);

    shop.advanceMinutes(6); // the sale is over; the hold (10 minutes) is not
    CHECK(flash.latest("TANG")->state == FlashSaleState::Ended);
    orders::OrderRequest payment;
    payment.source = "claim";
    const auto order = shop.holds->pay(kim.id, payment).order;
    REQUIRE(order.lines.size() == 2);
    CHECK(order.lines[0].qty == 2);
    CHECK(order.lines[0].unitPrice == 15000);
    CHECK(order.lines[1].qty == 1);
    CHECK(order.lines[1].unitPrice == 25000);
    CHECK(order.total == 55000);
    CHECK(order.flags == 0);
    REQUIRE(order.flashLines.size() == 1);
    CHECK(order.flashLines[0].lineNo == 1);
    CHECK(order.flashLines[0].units == 2);
    // The units moved from the hold to the order: still counted once.
    CHECK(flash.latest("TANG")->sold == 2);
    CHECK(shop.product("TANG").onHand == 17);
    CHECK(shop.product("TANG").held == 0);
    CHECK(shop.ledgerBalanced());
    CHECK(shop.flashCountsAgree());
}

TEST_CASE("flash: paying a hold during the sale neither double-counts nor loses its units",
          "[flash][holds]")
{
    ShopFixture shop;
    shop.addProduct("TANG", "A1", 25000, 20);
    orders::FlashSaleBook flash(*shop.db);
    startSale(flash, 3);
    const auto kim = shop.holds->claim(claim("kim", 2)).hold;
    const auto lee = shop.holds->claim(claim("lee", 2)).hold;
    CHECK(kim.flashUnits == 2);
    CHECK(lee.flashUnits == 1);
    CHECK(flash.current("TANG")->state == FlashSaleState::SoldOut);

    const auto order = shop.holds->pay(kim.id, {}).order;
    CHECK(order.total == 30000);
    CHECK(flash.current("TANG")->sold == 3);
    // A new order gets no flash units: they are all in kim's order and lee's hold.
    CHECK(shop.book->place(test::unpaidOrder("park", "TANG", 1)).order.total == 25000);

    // A released hold gives its flash units back.
    shop.holds->release(lee.id, "test");
    CHECK(flash.current("TANG")->remaining() == 1);
    CHECK(shop.book->place(test::unpaidOrder("park", "TANG", 1)).order.total == 15000);
    CHECK(shop.flashCountsAgree());
}

TEST_CASE("flash: waitlisted claims get the flash price in arrival order, expiry gives it back",
          "[flash][holds]")
{
    ShopFixture shop;
    shop.addProduct("TANG", "A1", 25000, 1);
    orders::FlashSaleBook flash(*shop.db);
    startSale(flash, 2);
    const auto kim = shop.holds->claim(claim("kim", 1));
    const auto lee = shop.holds->claim(claim("lee", 1));
    const auto park = shop.holds->claim(claim("park", 1));
    CHECK_FALSE(kim.waitlisted);
    CHECK(lee.waitlisted);
    CHECK(lee.hold.flashUnits == 1); // second in line: the flash price is kept for them
    CHECK(park.hold.flashUnits == 0);
    CHECK(flash.current("TANG")->sold == 2);

    shop.advanceMinutes(11); // kim's hold expires; lee moves up with the flash price
    const auto expiry = shop.holds->expireDue();
    REQUIRE(expiry.promoted.size() == 1);
    CHECK(expiry.promoted[0].buyer == "lee");
    CHECK(expiry.promoted[0].flashUnits == 1);
    CHECK(flash.latest("TANG")->sold == 1);
    CHECK(shop.flashCountsAgree());
}

TEST_CASE("flash: a paid webhook naming a held claim's code pays the hold at its flash price",
          "[flash][holds][feed]")
{
    ShopFixture shop;
    shop.addProduct("TANG", "A1", 25000, 20);
    orders::FlashSaleBook flash(*shop.db);
    startSale(flash, 10);
    const auto kim = shop.holds->claim(claim("kim", 2)).hold;

    feed::ParsedDelivery delivery;
    delivery.deliveryId = "d-1";
    delivery.claim = kim.claimRef;
    delivery.order.source = "stallcast";
    delivery.order.externalId = "ext-1";
    delivery.order.paid = true;
    const auto placed = shop.db->write(
        [&](db::Connection &c) { return feed::placeDelivery(c, delivery, shop.nowMs); });
    CHECK(placed.order.total == 30000);
    CHECK(placed.order.status == orders::OrderStatus::Paid);
    CHECK(shop.holds->find(kim.id)->status == HoldStatus::Converted);
    CHECK(flash.current("TANG")->sold == 2);
    CHECK(shop.flashCountsAgree());
}
