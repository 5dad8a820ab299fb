#include "ShopFixture.h"
#include "TestFramework.h"

#include "inventory/StockLedger.h"
#include "orders/ClaimRun.h"
#include "orders/Order.h"

#include <vector>

using namespace stallcast;
using orders::ClaimRequest;
using orders::ClaimResult;
using orders::HoldStatus;
using test::ShopFixture;

namespace {
ClaimRequest claim(const std::string &buyer, const std::string &product, std::int64_t qty)
{
    ClaimRequest c;
    c.buyer = buyer;
    c.product = product;
    c.qty = qty;
    c.ttlMs = 10 * 60 * 1000;
    c.claimRef = buyer + "-" + product;
    return c;
}

// Places the claims as one run, in one transaction (as the claim desk does).
std::vector<ClaimResult> placeRun(ShopFixture &shop, const std::vector<ClaimRequest> &claims)
{
    const auto now = shop.nowMs.load();
    return shop.db->write([&](db::Connection &conn) {
        orders::ClaimRun run(conn);
        std::vector<ClaimResult> out;
        for (const auto &c : claims)
            out.push_back(run.claim(c, now));
        run.finish();
        return out;
    });
}
} // namespace

TEST_CASE("claim run: a product asked for by code and by SKU in one run is counted once",
          "[holds][claims]")
{
    ShopFixture shop;
    shop.addProduct("TANG", "A1", 25000, 3);
    const auto results = placeRun(shop, {claim("kim", "A1", 2), claim("lee", "tang", 1),
                                         claim("park", "a1", 1), claim("choi", "TANG", 1)});
    REQUIRE(results.size() == 4);
    CHECK_FALSE(results[0].waitlisted);
    CHECK_FALSE(results[1].waitlisted);
    CHECK(results[2].waitlisted); // 3 units: kim 2 + lee 1
    CHECK(results[3].waitlisted);
    const auto p = shop.product("TANG");
    CHECK(p.held == 3);
    CHECK(p.available() == 0);
    CHECK(shop.ledgerBalanced());
    CHECK(shop.holds->open("TANG").size() == 4);
}

TEST_CASE("claim run: stock that came back goes to the people waiting before the run's first "
          "claim", "[holds][claims]")
{
    ShopFixture shop;
    shop.addProduct("TANG", "A1", 25000, 1);
    const auto first = shop.holds->claim(claim("kim", "A1", 1));
    const auto waiting = shop.holds->claim(claim("lee", "A1", 1));
    REQUIRE(waiting.waitlisted);
    // Stock comes back without a sweep (a restock): the run must serve lee before new claims.
    shop.catalog->adjustStock("TANG", 2, "restock", "test");
    const auto results = placeRun(shop, {claim("park", "A1", 1), claim("choi", "A1", 1)});
    CHECK_FALSE(results[0].waitlisted); // park got the second returned unit
    CHECK(results[1].waitlisted);       // none left for choi
    const auto lee = shop.holds->find(waiting.hold.id);
    REQUIRE(lee);
    CHECK(lee->status == HoldStatus::Active);
    CHECK(shop.product("TANG").held == 3);
    CHECK(shop.ledgerBalanced());
    (void)first;
}

TEST_CASE("claim run: a refused claim writes nothing and the run goes on", "[holds][claims]")
{
    ShopFixture shop;
    shop.addProduct("TANG", "A1", 25000, 5, 2); // at most 2 per buyer
    const auto now = shop.nowMs.load();
    const auto outcome = shop.db->write([&](db::Connection &conn) {
        orders::ClaimRun run(conn);
        std::vector<std::string> out;
        for (const auto &c : {claim("kim", "A1", 2), claim("kim", "A1", 1), claim("lee", "ZZ9", 1),
                              claim("lee", "A1", 2)}) {
            try {
                out.push_back(run.claim(c, now).waitlisted ? "waiting" : "held");
            } catch (const orders::OrderRejected &e) {
                out.push_back(e.what());
            }
        }
        run.finish();
        return out;
    });
    REQUIRE(outcome.size() == 4);
    CHECK(outcome[0] == "held");
    CHECK(outcome[1].find("limited to 2 per buyer") != std::string::npos);
    CHECK(outcome[2].find("no product with code or SKU \"ZZ9\"") != std::string::npos);
    CHECK(outcome[3] == "held");
    CHECK(shop.product("TANG").held == 4);
    CHECK(shop.ledgerBalanced());
}

TEST_CASE("stock ledger: deferred movements append their rows at once and move the figures at "
          "flush, a guard that fails there rolls the whole transaction back", "[holds][ledger]")
{
    ShopFixture shop;
    const auto tang = shop.addProduct("TANG", "A1", 25000, 5);
    const auto kiwi = shop.addProduct("KIWI", "A2", 9000, 3);
    const auto now = shop.nowMs.load();
    const auto seenBeforeFlush = shop.db->write([&](db::Connection &conn) {
        inventory::StockLedger::Deferred ledger(conn);
        ledger.add({tang, inventory::StockReason::Hold, 0, 2, "kim", "hold:1", now});
        ledger.add({kiwi, inventory::StockReason::Hold, 0, 1, "lee", "hold:2", now});
        ledger.add({tang, inventory::StockReason::Hold, 0, 3, "park", "hold:3", now});
        const auto lagging = inventory::StockLedger::verifyInvariant(conn).size();
        ledger.flush();
        return lagging;
    });
    CHECK(seenBeforeFlush == 2); // both products lag their ledger until the flush
    CHECK(shop.product("TANG").held == 5);
    CHECK(shop.product("KIWI").held == 1);
    CHECK(shop.ledgerBalanced());

    // One more unit of TANG than it has: the flush refuses, the job throws, nothing stays.
    const auto movesBefore = shop.catalog->history("TANG").size();
    CHECK_THROWS_AS(shop.db->write([&](db::Connection &conn) {
        inventory::StockLedger::Deferred ledger(conn);
        ledger.add({kiwi, inventory::StockReason::Hold, 0, 1, "choi", "hold:4", now});
        ledger.add({tang, inventory::StockReason::Hold, 0, 1, "choi", "hold:5", now});
        ledger.flush();
    }),
                    std::logic_error);
    CHECK(shop.catalog->history("TANG").size() == movesBefore);
    CHECK(shop.product("KIWI").held == 1);
    CHECK(shop.ledgerBalanced());
}
