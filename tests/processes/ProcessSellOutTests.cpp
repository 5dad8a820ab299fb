// Several processes (stallcast-test-order-child, each with its own Database and group-committing
// writer on the same file, SQLite's locks and busy_timeout between them) sell the last units of
// a product at once.
#include "ChildSale.h"
#include "SellOutChecks.h"
#include "TempDir.h"
#include "TestFramework.h"

using namespace stallcast;
using namespace stallcast::test;

TEST_CASE("concurrency: processes buying the last units unpaid: no overselling, the rest refused",
          "[concurrency][processes]")
{
    TempDir dir;
    const auto file = dir / "shop.db";
    const std::map<std::string, std::int64_t> opening{{"PEACH-BOX", 80}};
    createShop(file, opening);
    const ChildSaleSpec spec{4, 2, 30, {{{"PEACH-BOX", 1, {}}}}, 0};

    StockWatch watch(file);
    const SaleTally tally = runChildSale(file, spec);
    const auto seen = watch.stop();

    CHECK(tally.errors == std::vector<std::string>{});
    CHECK(tally.answered() == 4 * 2 * 30);
    CHECK(tally.placed == 80);
    CHECK(tally.outOfStock == 4 * 2 * 30 - 80);
    ShopAudit audit(file);
    CHECK(audit.onHand("PEACH-BOX") == 0);
    CHECK(audit.orders().size() == 80);
    checkSoldOutShop(audit, opening, tally, seen);
}

TEST_CASE("concurrency: processes buying the last units paid: all recorded, the extra ones oversold",
          "[concurrency][processes]")
{
    TempDir dir;
    const auto file = dir / "shop.db";
    const std::map<std::string, std::int64_t> opening{{"PEACH-BOX", 80}};
    createShop(file, opening);
    const ChildSaleSpec spec{4, 2, 30, {{{"PEACH-BOX", 1, {}}}}, 1};

    StockWatch watch(file);
    const SaleTally tally = runChildSale(file, spec);
    const auto seen = watch.stop();

    CHECK(tally.errors == std::vector<std::string>{});
    CHECK(tally.placed == 80);
    CHECK(tally.oversold == 4 * 2 * 30 - 80);
    ShopAudit audit(file);
    CHECK(audit.orders().size() == 4 * 2 * 30);
    CHECK(audit.onHand("PEACH-BOX") == 0);
    CHECK(audit.allocatedToLiveOrders("PEACH-BOX") == 80);
    checkSoldOutShop(audit, opening, tally, seen);
}

TEST_CASE("concurrency: processes placing two-product orders: each takes all its lines or none",
          "[concurrency][processes][multiline]")
{
    TempDir dir;
    const auto file = dir / "shop.db";
    const std::map<std::string, std::int64_t> opening{{"APPLE", 40}, {"BERRY", 25}};
    createShop(file, opening);
    const OrderShapes shapes{{{"APPLE", 1, {}}, {"BERRY", 1, {}}},
                             {{"APPLE", 2, {}}},
                             {{"BERRY", 2, {}}, {"APPLE", 1, {}}},
                             {{"APPLE", 1, {}}, {"BERRY", 1, {}}, {"APPLE", 1, {}}}};
    const ChildSaleSpec spec{4, 2, 30, shapes, 3};

    StockWatch watch(file);
    const SaleTally tally = runChildSale(file, spec);
    const auto seen = watch.stop();

    CHECK(tally.errors == std::vector<std::string>{});
    CHECK(tally.answered() == 4 * 2 * 30);
    CHECK(tally.placed > 0);
    CHECK(tally.outOfStock + tally.oversold > 0);
    ShopAudit audit(file);
    CHECK(audit.orders().size() == static_cast<std::size_t>(tally.placed + tally.oversold));
    checkSoldOutShop(audit, opening, tally, seen);
}
