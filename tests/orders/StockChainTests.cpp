// Each product's stock movements form a chain (schema v10): its history follows it, whatever
// wrote the movements, and a broken chain is reported rather than shown short.
#include "ShopFixture.h"
#include "TestFramework.h"

#include "db/SqliteConnection.h"
#include "inventory/StockLedger.h"

#include <stdexcept>
#include <string>
#include <vector>

using namespace stallcast;
using inventory::StockLedger;
using inventory::StockReason;
using test::ShopFixture;

namespace {

std::vector<std::int64_t> historyIds(ShopFixture &shop, std::int64_t productId)
{
    return shop.db->read([&](db::Connection &c) {
        std::vector<std::int64_t> ids;
        for (const auto &m : StockLedger::movements(c, productId))
            ids.push_back(m.id);
        return ids;
    });
}

std::vector<std::int64_t> scannedIds(ShopFixture &shop, std::int64_t productId)
{
    return shop.db->read([&](db::Connection &c) {
        std::vector<std::int64_t> ids;
        auto &s = c.prepare("SELECT id FROM stock_movements WHERE product_id = ?1 ORDER BY id");
        s.bind(1, productId);
        while (s.step())
            ids.push_back(s.columnInt(0));
        return ids;
    });
}

} // namespace

TEST_CASE("stock ledger: interleaved movements of two products, a claim run that cancels out "
          "and a refused move each keep every product's history whole",
          "[ledger]")
{
    ShopFixture shop;
    const auto eggs = shop.addProduct("EGGS", "A1", 500, 5);
    const auto tang = shop.addProduct("TANG", "A2", 25000, 2);
    shop.book->place(test::paidOrder("shop", "o-1", "kim", "EGGS", 1));
    shop.book->place(test::paidOrder("shop", "o-2", "lee", "TANG", 1));
    shop.book->place(test::paidOrder("shop", "o-3", "park", "EGGS", 2));

    // A run of claims whose movements cancel out for eggs (a hold, then its release) and
    // interleave with tangerines: the figures move once per product, the chain per movement.
    shop.db->write([&](db::Connection &c) {
        StockLedger::Deferred ledger(c);
        ledger.add({eggs, StockReason::Hold, 0, 1, "t", "", 1});
        ledger.add({tang, StockReason::Hold, 0, 1, "t", "", 1});
        ledger.add({eggs, StockReason::Release, 0, -1, "t", "", 2});
        ledger.flush();
    });
    // A move that would take more than is on hand is refused and leaves nothing behind.
    const bool refused = shop.db->write([&](db::Connection &c) {
        return !StockLedger::apply(c, {tang, StockReason::Sale, -5, 0, "t", "", 3});
    });
    CHECK(refused);
    shop.book->place(test::paidOrder("shop", "o-4", "choi", "EGGS", 1));

    for (const auto product : {eggs, tang}) {
        const auto history = historyIds(shop, product);
        CHECK(history == scannedIds(shop, product));
        CHECK(history.size() >= 3);
    }
    CHECK(historyIds(shop, eggs).size() == 6); // import, three sales, hold, release
    CHECK(shop.product("EGGS").held == 0);
    CHECK(shop.product("TANG").held == 1);
    CHECK(shop.ledgerBalanced());
}

TEST_CASE("stock ledger: a movement applied inside a claim run's product is refused at flush",
          "[ledger]")
{
    ShopFixture shop;
    const auto eggs = shop.addProduct("EGGS", "A1", 500, 5);
    CHECK_THROWS_AS(shop.db->write([&](db::Connection &c) {
        StockLedger::Deferred ledger(c);
        ledger.add({eggs, StockReason::Hold, 0, 1, "t", "", 1});
        // Would chain after the product's latest movement as the table has it, beside the run's.
        REQUIRE(StockLedger::apply(c, {eggs, StockReason::Adjustment, 1, 0, "t", "", 2}));
        ledger.flush();
    }),
                    std::logic_error);
    CHECK(historyIds(shop, eggs) == scannedIds(shop, eggs)); // rolled back: the import alone
    CHECK(historyIds(shop, eggs).size() == 1);
}

TEST_CASE("stock ledger: a refused move writes nothing at all", "[ledger]")
{
    ShopFixture shop;
    const auto tang = shop.addProduct("TANG", "A2", 25000, 2);
    const auto changes = shop.db->write([&](db::Connection &c) {
        const auto before = c.totalChanges();
        CHECK_FALSE(StockLedger::apply(c, {tang, StockReason::Sale, -3, 0, "t", "", 1}));
        CHECK_FALSE(StockLedger::apply(c, {tang + 100, StockReason::Sale, -1, 0, "t", "", 1}));
        return c.totalChanges() - before;
    });
    CHECK(changes == 0);
}

TEST_CASE("stock ledger: a broken chain is reported, not shown short", "[ledger]")
{
    ShopFixture shop;
    const auto eggs = shop.addProduct("EGGS", "A1", 500, 5);
    const auto tang = shop.addProduct("TANG", "A2", 25000, 2);
    shop.book->place(test::paidOrder("shop", "o-1", "kim", "EGGS", 1));
    // Point eggs' latest movement at a movement of tangerines, as a bad edit would.
    shop.db->write([&](db::Connection &c) {
        c.exec("UPDATE stock_movements SET prev_id = (SELECT min(id) FROM stock_movements "
               "WHERE product_id = " + std::to_string(tang) + ") WHERE id = (SELECT max(id) "
               "FROM stock_movements WHERE product_id = " + std::to_string(eggs) + ")");
    });
    CHECK_THROWS_AS(historyIds(shop, eggs), std::runtime_error);
    CHECK(historyIds(shop, tang).size() == 1);
}

TEST_CASE("stock ledger: a movement written without its place in the chain, as a build older "
          "than schema v10 would write it, is refused",
          "[ledger]")
{
    ShopFixture shop;
    const auto eggs = shop.addProduct("EGGS", "A1", 500, 5);
    CHECK_THROWS(shop.db->write([&](db::Connection &c) {
        c.exec("INSERT INTO stock_movements (product_id, reason, on_hand_delta, actor, at_ms) "
               "VALUES (" + std::to_string(eggs) + ", 'adjustment', 1, 'old build', 0)");
    }));
    CHECK(historyIds(shop, eggs).size() == 1);
}

TEST_CASE("stock ledger: the ledger check reports a chain that skips a movement or ends early",
          "[ledger]")
{
    ShopFixture shop;
    const auto eggs = shop.addProduct("EGGS", "A1", 500, 5);
    shop.book->place(test::paidOrder("shop", "o-1", "kim", "EGGS", 1));
    shop.book->place(test::paidOrder("shop", "o-2", "lee", "EGGS", 1));
    REQUIRE(shop.ledgerBalanced());
    const auto ids = scannedIds(shop, eggs);
    REQUIRE(ids.size() == 3);
    // The latest sale links past the first: the history would be short without a word.
    shop.db->write([&](db::Connection &c) {
        c.exec("UPDATE stock_movements SET prev_id = " + std::to_string(ids[0])
               + " WHERE id = " + std::to_string(ids[2]));
    });
    auto problems = shop.db->read([](db::Connection &c) { return StockLedger::verifyInvariant(c); });
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].find("movement " + std::to_string(ids[2])) != std::string::npos);
    // And a product whose latest movement is not its last row.
    shop.db->write([&](db::Connection &c) {
        c.exec("UPDATE stock_movements SET prev_id = " + std::to_string(ids[1])
               + " WHERE id = " + std::to_string(ids[2]));
        c.exec("UPDATE products SET last_movement_id = " + std::to_string(ids[1])
               + " WHERE id = " + std::to_string(eggs));
    });
    problems = shop.db->read([](db::Connection &c) { return StockLedger::verifyInvariant(c); });
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].find("latest movement") != std::string::npos);
}
