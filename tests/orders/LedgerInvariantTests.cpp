#include "ShopFixture.h"
#include "TestFramework.h"

#include "common/FieldError.h"
#include "db/SqliteConnection.h"
#include "inventory/StockLedger.h"
#include "orders/ClaimRun.h"

#include <random>

using namespace stallcast;
using test::ShopFixture;

namespace {

struct Figures {
    std::int64_t onHand, held, activeHeld, ledgerOnHand, ledgerHeld;
};

Figures figures(ShopFixture &shop, const std::string &sku)
{
    return shop.db->read([&](db::Connection &c) {
        auto &s = c.prepare(
            "SELECT p.on_hand, p.held, "
            "(SELECT coalesce(sum(qty), 0) FROM holds WHERE product_id = p.id AND status = 'active'), "
            "(SELECT coalesce(sum(on_hand_delta), 0) FROM stock_movements WHERE product_id = p.id), "
            "(SELECT coalesce(sum(held_delta), 0) FROM stock_movements WHERE product_id = p.id) "
            "FROM products p WHERE p.sku = ?1");
        s.bind(1, sku);
        REQUIRE(s.step());
        Figures f{s.columnInt(0), s.columnInt(1), s.columnInt(2), s.columnInt(3), s.columnInt(4)};
        s.reset();
        return f;
    });
}

// The product's history as its chain gives it (StockLedger::movements) is every ledger row of the
// product, in order, as a scan of the whole ledger finds them.
void checkChain(ShopFixture &shop, const std::string &sku)
{
    const auto productId = shop.product(sku).id;
    shop.db->read([&](db::Connection &c) {
        std::vector<std::int64_t> chained;
        for (const auto &m : inventory::StockLedger::movements(c, productId))
            chained.push_back(m.id);
        std::vector<std::int64_t> scanned;
        auto &s = c.prepare("SELECT id FROM stock_movements WHERE product_id = ?1 ORDER BY id");
        s.bind(1, productId);
        while (s.step())
            scanned.push_back(s.columnInt(0));
        INFO(sku);
        CHECK(chained == scanned);
        CHECK(c.queryInt("SELECT last_movement_id FROM products WHERE id = "
                         + std::to_string(productId))
              == (scanned.empty() ? 0 : scanned.back()));
        return 0;
    });
}

} // namespace

TEST_CASE("on-hand and held always equal the sum of their ledger movements", "[ledger][invariant]")
{
    const auto seed = GENERATE(1u, 2u, 3u, 42u, 2026u);
    CAPTURE(seed);
    std::mt19937 rng(seed);
    auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };

    ShopFixture shop;
    const std::vector<std::string> skus = {"APPLE", "PEAR", "EGGS"};
    shop.addProduct("APPLE", "A1", 1000, 5);
    shop.addProduct("PEAR", "A2", 2000, 3);
    shop.addProduct("EGGS", "A3", 500, 8, 3);
    const std::vector<std::string> people = {"ann", "ben", "cat", "dan"};
    std::vector<std::int64_t> orderIds;
    std::vector<std::int64_t> holdIds;
    int external = 0;

    for (int step = 0; step < 300; ++step) {
        const auto &sku = skus[static_cast<std::size_t>(pick(3))];
        const auto &who = people[static_cast<std::size_t>(pick(4))];
        const int qty = 1 + pick(3);
        try {
            switch (pick(11)) {
            case 0:
            case 1:
                orderIds.push_back(shop.book->place(test::unpaidOrder(who, sku, qty)).order.id);
                break;
            case 2:
                orderIds.push_back(shop.book
                                       ->place(test::paidOrder("shop", std::to_string(external++ / 2),
                                                               who, sku, qty))
                                       .order.id);
                break;
            case 3:
                if (!orderIds.empty()) {
                    const auto id = orderIds[static_cast<std::size_t>(pick(static_cast<int>(orderIds.size())))];
                    switch (pick(4)) {
                    case 0: shop.book->cancel(id, "t"); break;
                    case 1: shop.book->markPaid(id, "t"); break;
                    case 2: shop.book->fulfil(id, "t"); break;
                    default: shop.book->refund(id, "t"); break;
                    }
                }
                break;
            case 4:
            case 5: {
                orders::ClaimRequest c;
                c.buyer = who;
                c.product = sku;
                c.qty = qty;
                c.ttlMs = (1 + pick(5)) * 60'000;
                holdIds.push_back(shop.holds->claim(c).hold.id);
                break;
            }
            case 6:
                if (!holdIds.empty())
                    shop.holds->release(holdIds[static_cast<std::size_t>(pick(static_cast<int>(holdIds.size())))], "t");
                break;
            case 7:
                if (!holdIds.empty()) {
                    orders::OrderRequest pay;
                    pay.paid = true;
                    pay.source = "claim";
                    pay.externalId = "h" + std::to_string(step);
                    shop.holds->pay(holdIds[static_cast<std::size_t>(pick(static_cast<int>(holdIds.size())))], pay);
                }
                break;
            case 8:
                shop.advanceMinutes(pick(3));
                shop.holds->expireDue();
                break;
            case 9: { // a run of comment claims: movements deferred, figures once per product
                const auto now = shop.nowMs.load();
                shop.db->write([&](db::Connection &conn) {
                    orders::ClaimRun run(conn);
                    for (int k = 0; k < 3; ++k) {
                        orders::ClaimRequest c;
                        c.buyer = people[static_cast<std::size_t>(pick(4))];
                        c.product = skus[static_cast<std::size_t>(pick(3))];
                        c.qty = 1 + pick(2);
                        c.ttlMs = (1 + pick(5)) * 60'000;
                        c.claimRef = "run" + std::to_string(step) + "-" + std::to_string(k);
                        run.claim(c, now);
                    }
                    run.finish();
                });
                break;
            }
            default:
                shop.catalog->adjustStock(sku, pick(5) - 2, "t", "count");
                break;
            }
        } catch (const orders::OrderRejected &) {
        } catch (const orders::InvalidTransition &) {
        } catch (const FieldError &) {
        }
        for (const auto &s : skus) {
            const auto f = figures(shop, s);
            INFO("step " << step << " sku " << s);
            REQUIRE(f.onHand >= 0);
            REQUIRE(f.held >= 0);
            REQUIRE(f.held <= f.onHand);
            REQUIRE(f.onHand == f.ledgerOnHand);
            REQUIRE(f.held == f.ledgerHeld);
            REQUIRE(f.held == f.activeHeld);
        }
    }
    CHECK(shop.ledgerBalanced());
    for (const auto &s : skus)
        checkChain(shop, s);
    CHECK(orderIds.size() > 20);
    CHECK(holdIds.size() > 20);
}

TEST_CASE("the ledger check notices figures that do not add up", "[ledger][invariant]")
{
    ShopFixture shop;
    shop.addProduct("APPLE", "A1", 1000, 5);
    REQUIRE(shop.ledgerBalanced());
    // Tamper behind the ledger's back, as a buggy writer would.
    shop.db->write([](db::Connection &c) { c.exec("UPDATE products SET on_hand = on_hand + 1"); });
    const auto problems = shop.db->read(
        [](db::Connection &c) { return inventory::StockLedger::verifyInvariant(c); });
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].find("APPLE") != std::string::npos);
}

TEST_CASE("the database refuses negative stock even from raw SQL", "[ledger]")
{
    ShopFixture shop;
    shop.addProduct("APPLE", "A1", 1000, 1);
    CHECK_THROWS_AS(shop.db->write([](db::Connection &c) {
                        c.exec("UPDATE products SET on_hand = -1");
                    }),
                    db::SqliteError);
    CHECK(shop.product("APPLE").onHand == 1);
}
