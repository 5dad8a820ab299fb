#include "TestFramework.h"

#include "SchemaFiles.h"
#include "TempDir.h"

#include "db/Database.h"
#include "db/Migrations.h"
#include "inventory/Catalog.h"
#include "inventory/StockLedger.h"
#include "orders/FlashSaleBook.h"
#include "orders/HoldBook.h"
#include "orders/OrderBook.h"

#include <filesystem>
#include <string>
#include <tuple>

using namespace stallcast;
using stallcast::test::TempDir;

namespace {

int userVersion(db::Database &database)
{
    return static_cast<int>(
        database.read([](db::Connection &c) { return c.queryInt("PRAGMA user_version"); }));
}

bool tableExists(db::Connection &conn, const std::string &table)
{
    auto &stmt
        = conn.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?1");
    stmt.bind(1, table);
    REQUIRE(stmt.step());
    const bool found = stmt.columnInt(0) == 1;
    stmt.reset();
    return found;
}

// A shop file as a build of schema `version` left it: migrated that far, then `sql` run.
void seedShopAt(const std::filesystem::path &file, int version, const std::string &sql)
{
    db::Connection conn(file);
    db::migrate(conn, file.string(), version);
    conn.exec(sql);
}

// The limit of two eggs per buyer holds after the migration: one more egg is refused for
// `atLimit` (matched case-insensitively) and accepted for `underLimit`.
void checkOneMoreEgg(db::Database &database, const std::string &atLimit,
                     const std::string &underLimit)
{
    orders::OrderBook book(database);
    orders::OrderRequest more;
    more.source = "manual";
    more.buyer.handle = atLimit;
    more.lines.push_back({"EGGS", 1, std::nullopt});
    CHECK_THROWS_AS(book.place(more), orders::OrderRejected);
    more.buyer.handle = underLimit;
    CHECK(book.place(more).order.lines[0].allocated == 1);
}

} // namespace

TEST_CASE("migration: migrate stops at the requested version", "[migration][db]")
{
    TempDir dir;
    const auto file = dir / "old.db";
    db::Connection conn(file);
    CHECK(db::checkSchemaCompatible(conn, file.string()) == 0);

    db::migrate(conn, file.string(), 1);
    CHECK(conn.queryInt("PRAGMA user_version") == 1);
    CHECK(conn.queryInt("PRAGMA application_id") == db::kApplicationId);
    CHECK(tableExists(conn, "products"));
    CHECK(tableExists(conn, "stock_movements"));
    CHECK_FALSE(tableExists(conn, "orders"));
    CHECK_FALSE(tableExists(conn, "holds"));

    db::migrate(conn, file.string(), 2);
    CHECK(conn.queryInt("PRAGMA user_version") == 2);
    CHECK(tableExists(conn, "orders"));
    CHECK_FALSE(tableExists(conn, "holds"));

    db::migrate(conn, file.string(), 5);
    CHECK(tableExists(conn, "claims"));
    CHECK_FALSE(tableExists(conn, "flash_sales"));

    db::migrate(conn, file.string());
    CHECK(conn.queryInt("PRAGMA user_version") == db::kSchemaVersion);
    CHECK(tableExists(conn, "holds"));
    CHECK(tableExists(conn, "flash_sales"));
    CHECK(db::checkSchemaCompatible(conn, file.string()) == db::kSchemaVersion);

    // Migrating an up-to-date database changes nothing.
    db::migrate(conn, file.string());
    CHECK(conn.queryInt("PRAGMA user_version") == db::kSchemaVersion);
}

TEST_CASE("migration: a v1 shop opened with Database is migrated and its data is intact",
          "[migration][db]")
{
    TempDir dir;
    const auto file = dir / "v1-shop.db";
    test::createVersion1Shop(file);

    db::Database database(file);
    CHECK(userVersion(database) == db::kSchemaVersion);
    CHECK(database.read([](db::Connection &c) { return c.queryInt("PRAGMA application_id"); })
          == db::kApplicationId);

    inventory::Catalog catalog(database);
    const auto products = catalog.list();
    REQUIRE(products.size() == 2);

    const auto jeju = catalog.findBySku("jeju-5kg");
    REQUIRE(jeju);
    CHECK(jeju->id == 1);
    CHECK(jeju->sku == "JEJU-5KG");
    CHECK(jeju->code == "A1");
    CHECK(jeju->name == "제주 감귤 5kg");
    CHECK(jeju->description == "Sweet\nand seedless");
    CHECK(jeju->price == 25000);
    CHECK_FALSE(jeju->salePrice);
    CHECK(jeju->currency == "KRW");
    CHECK(jeju->harvestDate == std::optional<std::string>("2025-11-20"));
    CHECK(jeju->perBuyerLimit == std::optional<std::int64_t>(2));
    CHECK(jeju->onHand == 10);
    CHECK(jeju->held == 0);

    const auto durian = catalog.findByCode("b2");
    REQUIRE(durian);
    CHECK(durian->sku == "DURIAN");
    CHECK(durian->name == "ทุเรียนหมอนทอง");
    CHECK(durian->price == 150000);
    CHECK(durian->salePrice == std::optional<std::int64_t>(129000));
    CHECK(durian->effectivePrice() == 129000);
    CHECK(durian->image == "durian.jpg");
    CHECK(durian->onHand == 3);

    const auto history = catalog.history("JEJU-5KG");
    REQUIRE(history.size() == 2);
    CHECK(history[0].reason == inventory::StockReason::Import);
    CHECK(history[0].onHandDelta == 12);
    CHECK(history[1].reason == inventory::StockReason::Adjustment);
    CHECK(history[1].onHandDelta == -2);
    CHECK(history[1].reference == "two boxes damaged");
    CHECK(
        database.read([](db::Connection &c) { return inventory::StockLedger::verifyInvariant(c); })
            .empty());
}

TEST_CASE("migration: a migrated v1 shop takes orders against its old stock",
          "[migration][db][orders]")
{
    TempDir dir;
    const auto file = dir / "v1-shop.db";
    test::createVersion1Shop(file);

    db::Database database(file);
    orders::OrderBook book(database);
    orders::OrderRequest request;
    request.buyer.handle = "minji";
    request.lines.push_back({"JEJU-5KG", 2, std::nullopt});
    request.lines.push_back({"durian", 1, std::nullopt});
    request.currency = "KRW";
    // DURIAN is priced in THB: an unpaid order in KRW for it is refused, and nothing moves.
    CHECK_THROWS_AS(book.place(request), orders::OrderRejected);

    request.lines.pop_back();
    const auto placed = book.place(request);
    CHECK_FALSE(placed.duplicate);
    CHECK(placed.order.status == orders::OrderStatus::Pending);
    CHECK(placed.order.currency == "KRW");
    CHECK(placed.order.total == 50000);
    REQUIRE(placed.order.lines.size() == 1);
    CHECK(placed.order.lines[0].productId == std::optional<std::int64_t>(1));
    CHECK(placed.order.lines[0].allocated == 2);

    inventory::Catalog catalog(database);
    CHECK(catalog.findBySku("JEJU-5KG")->onHand == 8);
    CHECK(catalog.findBySku("DURIAN")->onHand == 3);
    const auto history = catalog.history("JEJU-5KG");
    REQUIRE(history.size() == 3);
    CHECK(history.back().reason == inventory::StockReason::Sale);
    CHECK(history.back().onHandDelta == -2);
    CHECK(book.list().size() == 1);
    CHECK(
        database.read([](db::Connection &c) { return inventory::StockLedger::verifyInvariant(c); })
            .empty());
}

TEST_CASE("migration: a migrated database reopens at the current version", "[migration][db]")
{
    TempDir dir;
    const auto file = dir / "v1-shop.db";
    test::createVersion1Shop(file);
    {
        db::Database first(file);
    }
    db::Database second(file);
    CHECK(userVersion(second) == db::kSchemaVersion);
    CHECK(inventory::Catalog(second).list().size() == 2);
}

TEST_CASE("migration: migrate refuses a target version this build does not have", "[migration][db]")
{
    TempDir dir;
    const auto file = dir / "shop.db";
    db::Connection conn(file);
    CHECK_THROWS_AS(db::migrate(conn, file.string(), db::kSchemaVersion + 1), db::SchemaError);
    CHECK_THROWS_AS(db::migrate(conn, file.string(), -1), db::SchemaError);
    CHECK(conn.queryInt("PRAGMA user_version") == 0);
    CHECK(conn.queryInt("SELECT count(*) FROM sqlite_schema") == 0);
}

TEST_CASE("migration: a v5 shop with orders and holds gains flash sales and keeps its data",
          "[migration][db][flash]")
{
    TempDir dir;
    const auto file = dir / "v5-shop.db";
    {
        // A shop as a v5 build left it: a product, an order line, an open hold.
        db::Connection conn(file);
        db::migrate(conn, file.string(), 5);
        CHECK_FALSE(tableExists(conn, "flash_sales"));
        conn.exec("INSERT INTO products (id, sku, sku_key, name, price, currency, on_hand, held, "
                  "created_ms, updated_ms) VALUES (1, 'TANG', 'tang', 'Tangerines', 25000, 'KRW', "
                  "10, 1, 0, 0);"
                  "INSERT INTO stock_movements (product_id, reason, on_hand_delta, held_delta, actor, "
                  "at_ms) VALUES (1, 'import', 12, 0, 'v5', 0), (1, 'sale', -2, 0, 'v5', 0), "
                  "(1, 'hold', 0, 1, 'v5', 0);"
                  "INSERT INTO orders (id, source, status, buyer_handle, buyer_key, currency, total, "
                  "created_ms, updated_ms) VALUES (1, 'manual', 'paid', 'kim', 'kim', 'KRW', 50000, 0, 0);"
                  "INSERT INTO order_lines (order_id, line_no, product_id, sku, qty, unit_price, "
                  "allocated) VALUES (1, 1, 1, 'TANG', 2, 25000, 2);"
                  "INSERT INTO holds (id, product_id, buyer_handle, buyer_key, qty, status, ttl_ms, "
                  "created_ms, activated_ms, expires_ms) VALUES (1, 1, 'lee', 'lee', 1, 'active', "
                  "600000, 0, 0, 9999999999999);");
    }
    db::Database database(file);
    CHECK(userVersion(database) == db::kSchemaVersion);
    CHECK(database.read([](db::Connection &c) { return tableExists(c, "flash_sales"); }));

    orders::OrderBook book(database);
    const auto old = book.find(1);
    REQUIRE(old);
    REQUIRE(old->lines.size() == 1);
    CHECK(old->lines[0].unitPrice == 25000);
    CHECK(old->flashLines.empty());
    orders::HoldBook holds(database);
    const auto hold = holds.find(1);
    REQUIRE(hold);
    CHECK(hold->flashUnits == 0);
    CHECK_FALSE(hold->flashSaleId);
    CHECK_FALSE(hold->flashPrice);

    // The migrated shop runs a flash sale; the old order and hold are not counted toward it.
    orders::FlashSaleBook flash(database);
    orders::FlashSaleStart start;
    start.sku = "TANG";
    start.price = 15000;
    start.durationMs = 60'000;
    start.quantity = 3;
    flash.start(start);
    CHECK(flash.current("TANG")->sold == 0);
    orders::OrderRequest request;
    request.buyer.handle = "park";
    request.lines.push_back({"TANG", 1, std::nullopt});
    const auto placed = book.place(request).order;
    CHECK(placed.total == 15000);
    CHECK(flash.current("TANG")->sold == 1);
    // The v5 hold was claimed before any sale: paying it now is priced as any order placed now
    // (the sale has units left, so the flash price).
    const auto paid = holds.pay(1, {}).order;
    CHECK(paid.total == 15000);
    CHECK(flash.current("TANG")->sold == 2);
    CHECK(
        database.read([](db::Connection &c) { return inventory::StockLedger::verifyInvariant(c); })
            .empty());
}

TEST_CASE("migration: a v6 shop's waitlist moves to the waiting-only index and still promotes in "
          "order", "[migration][db][holds]")
{
    TempDir dir;
    const auto file = dir / "v6-shop.db";
    // A v6 shop: kim holds the last two units; lee, then park, wait for one each.
    seedShopAt(file, 6,
               "INSERT INTO products (id, sku, sku_key, code, code_key, name, price, currency, "
               "on_hand, held, created_ms, updated_ms) VALUES (1, 'TANG', 'tang', 'A1', 'a1', "
               "'Tangerines', 25000, 'KRW', 2, 2, 0, 0);"
               "INSERT INTO stock_movements (product_id, reason, on_hand_delta, held_delta, actor, "
               "at_ms) VALUES (1, 'import', 2, 0, 'v6', 0), (1, 'hold', 0, 2, 'v6', 0);"
               "INSERT INTO holds (id, product_id, buyer_handle, buyer_key, qty, status, ttl_ms, "
               "created_ms, activated_ms, expires_ms) VALUES "
               "(1, 1, 'kim', 'kim', 2, 'active', 600000, 0, 0, 9999999999999),"
               "(2, 1, 'lee', 'lee', 1, 'waiting', 600000, 0, NULL, NULL),"
               "(3, 1, 'park', 'park', 1, 'waiting', 600000, 0, NULL, NULL);");
    db::Database database(file);
    CHECK(userVersion(database) == db::kSchemaVersion);
    const auto indexes = database.read([](db::Connection &c) {
        return std::pair{c.queryInt("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND "
                                    "name = 'holds_product_status'"),
                         c.queryInt("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND "
                                    "name = 'holds_waiting'")};
    });
    CHECK(indexes.first == 0);
    CHECK(indexes.second == 1);
    // The waitlist query reads the new index, not the whole table.
    const auto plan = database.read([](db::Connection &c) {
        auto &stmt = c.prepare("EXPLAIN QUERY PLAN SELECT id FROM holds h WHERE h.product_id = 1 "
                               "AND h.status = 'waiting' ORDER BY h.id");
        std::string text;
        while (stmt.step())
            text += stmt.columnText(3) + "\n";
        return text;
    });
    CHECK(plan.find("holds_waiting") != std::string::npos);
    CHECK(plan.find("TEMP B-TREE") == std::string::npos);

    orders::HoldBook holds(database);
    const auto promoted = holds.release(1, "test");
    REQUIRE(promoted.size() == 2);
    CHECK(promoted[0].id == 2);
    CHECK(promoted[1].id == 3);
    CHECK(holds.open("TANG").size() == 2);
}

TEST_CASE("migration: a v7 shop's orders stay counted for per-buyer limits under the buyer index "
          "that leaves the others out", "[migration][db][limits]")
{
    TempDir dir;
    const auto file = dir / "v7-shop.db";
    // A v7 shop: eggs are limited to two per buyer; kim has two, an anonymous buyer one.
    seedShopAt(file, 7,
               "INSERT INTO products (id, sku, sku_key, code, code_key, name, price, currency, "
               "per_buyer_limit, on_hand, created_ms, updated_ms) VALUES (1, 'EGGS', 'eggs', "
               "'A1', 'a1', 'Eggs', 5000, 'KRW', 2, 7, 0, 0);"
               "INSERT INTO stock_movements (product_id, reason, on_hand_delta, actor, at_ms) "
               "VALUES (1, 'import', 10, 'v7', 0), (1, 'sale', -3, 'v7', 0);"
               "INSERT INTO orders (id, source, status, buyer_handle, buyer_key, currency, "
               "total, created_ms, updated_ms) VALUES "
               "(1, 'manual', 'paid', 'Kim', 'kim', 'KRW', 10000, 0, 0),"
               "(2, 'manual', 'paid', '', '', 'KRW', 5000, 0, 0);"
               "INSERT INTO order_lines (order_id, line_no, product_id, sku, qty, unit_price, "
               "allocated) VALUES (1, 1, 1, 'EGGS', 2, 5000, 2), (2, 1, 1, 'EGGS', 1, 5000, 1);");
    db::Database database(file);
    CHECK(userVersion(database) == db::kSchemaVersion);
    const auto state = database.read([](db::Connection &c) {
        return std::tuple{
            c.queryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'orders_buyer'"),
            c.queryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'orders_buyer_counted'"),
            c.queryInt("SELECT buyer_counted FROM orders WHERE id = 1"),
            c.queryInt("SELECT buyer_counted FROM orders WHERE id = 2")};
    });
    CHECK(std::get<0>(state) == 0);
    CHECK(std::get<1>(state) == 1);
    CHECK(std::get<2>(state) == 1);
    CHECK(std::get<3>(state) == 0);

    checkOneMoreEgg(database, "KIM", "lee");
}

TEST_CASE("migration: a v8 shop loses the lines-by-product index, and a limit set afterwards "
          "still counts the orders placed before", "[migration][db][limits]")
{
    TempDir dir;
    const auto file = dir / "v8-shop.db";
    // A v8 shop: eggs have no per-buyer limit, so kim's and lee's orders were left out of the
    // buyer index (buyer_counted = 0), as a v8 build placed them.
    seedShopAt(file, 8,
               "INSERT INTO products (id, sku, sku_key, code, code_key, name, price, currency, "
               "on_hand, created_ms, updated_ms) VALUES (1, 'EGGS', 'eggs', 'A1', 'a1', 'Eggs', "
               "5000, 'KRW', 6, 0, 0), (2, 'TANG', 'tang', 'A2', 'a2', 'Tangerines', 25000, "
               "'KRW', 9, 0, 0);"
               "INSERT INTO stock_movements (product_id, reason, on_hand_delta, actor, at_ms) "
               "VALUES (1, 'import', 10, 'v8', 0), (1, 'sale', -4, 'v8', 0), "
               "(2, 'import', 10, 'v8', 0), (2, 'sale', -1, 'v8', 0);"
               "INSERT INTO orders (id, source, status, buyer_handle, buyer_key, currency, "
               "total, created_ms, updated_ms, buyer_counted) VALUES "
               "(1, 'manual', 'paid', 'Kim', 'kim', 'KRW', 10000, 0, 0, 0),"
               "(2, 'manual', 'paid', 'Lee', 'lee', 'KRW', 35000, 0, 0, 0),"
               "(3, 'manual', 'paid', 'Park', 'park', 'KRW', 25000, 0, 0, 0);"
               "INSERT INTO order_lines (order_id, line_no, product_id, sku, qty, unit_price, "
               "allocated) VALUES (1, 1, 1, 'EGGS', 2, 5000, 2), (2, 1, 2, 'TANG', 1, 25000, 1), "
               "(2, 2, 1, 'EGGS', 2, 5000, 2), (3, 1, 2, 'TANG', 1, 25000, 1);");
    db::Database database(file);
    CHECK(userVersion(database) == db::kSchemaVersion);
    CHECK(database.read([](db::Connection &c) {
        return c.queryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'order_lines_product'");
    }) == 0);

    // The merchant limits eggs to two per buyer: the trigger, now reading the lines without the
    // index, brings kim's and lee's egg orders into the count and leaves park's out.
    inventory::Catalog catalog(database);
    auto eggs = catalog.findBySku("EGGS");
    REQUIRE(eggs);
    eggs->perBuyerLimit = 2;
    catalog.save(*eggs, std::nullopt, "test");
    const auto ids = database.read([](db::Connection &c) {
        auto &stmt = c.prepare("SELECT group_concat(id, ',') FROM (SELECT id FROM orders "
                               "WHERE buyer_counted = 1 ORDER BY id)");
        REQUIRE(stmt.step());
        auto text = stmt.columnText(0);
        stmt.reset();
        return text;
    });
    CHECK(ids == "1,2");

    checkOneMoreEgg(database, "lee", "park");
}

TEST_CASE("migration: a v9 shop's stock ledger becomes one chain per product, its index goes, "
          "and new movements join the chains",
          "[migration][db][ledger]")
{
    TempDir dir;
    const auto file = dir / "v9-shop.db";
    // Movements of two products, interleaved, as a v9 build wrote them.
    seedShopAt(file, 9,
               "INSERT INTO products (id, sku, sku_key, code, code_key, name, price, currency, "
               "on_hand, created_ms, updated_ms) VALUES (1, 'EGGS', 'eggs', 'A1', 'a1', 'Eggs', "
               "5000, 'KRW', 6, 0, 0), (2, 'TANG', 'tang', 'A2', 'a2', 'Tangerines', 25000, "
               "'KRW', 9, 0, 0), (3, 'PEAR', 'pear', 'A3', 'a3', 'Pears', 9000, 'KRW', 0, 0, 0);"
               "INSERT INTO stock_movements (id, product_id, reason, on_hand_delta, actor, "
               "at_ms) VALUES (1, 1, 'import', 10, 'v9', 0), (2, 2, 'import', 10, 'v9', 0), "
               "(4, 1, 'sale', -4, 'v9', 0), (7, 2, 'sale', -1, 'v9', 0);"); // ids with gaps
    db::Database database(file);
    CHECK(userVersion(database) == db::kSchemaVersion);
    const auto text = [&](const std::string &sql) {
        return database.read([&](db::Connection &c) {
            auto &stmt = c.prepare(sql);
            REQUIRE(stmt.step());
            auto value = stmt.columnText(0);
            stmt.reset();
            return value;
        });
    };
    CHECK(text("SELECT count(*) FROM sqlite_schema WHERE name = 'stock_movements_product'")
          == "0");
    // Each movement points at its product's movement before it; each product at its latest.
    CHECK(text("SELECT group_concat(id || ':' || prev_id, ' ') FROM (SELECT id, prev_id FROM "
               "stock_movements ORDER BY id)")
          == "1:0 2:0 4:1 7:2");
    CHECK(text("SELECT group_concat(last_movement_id, ',') FROM (SELECT last_movement_id FROM "
               "products ORDER BY id)")
          == "4,7,0");

    const auto history = [&](std::int64_t productId) {
        return database.read([&](db::Connection &c) {
            std::string reasons;
            for (const auto &m : inventory::StockLedger::movements(c, productId))
                reasons += std::string(inventory::toString(m.reason)) + " ";
            return reasons;
        });
    };
    CHECK(history(1) == "import sale ");
    CHECK(history(2) == "import sale ");
    CHECK(history(3).empty());

    orders::OrderBook book(database);
    orders::OrderRequest eggs;
    eggs.source = "manual";
    eggs.paid = true;
    eggs.lines.push_back({"EGGS", 2, std::nullopt});
    book.place(eggs);
    inventory::Catalog(database).adjustStock("PEAR", 3, "test", "count");
    CHECK(history(1) == "import sale sale ");
    CHECK(history(3) == "adjustment ");
    CHECK(database.read(
              [](db::Connection &c) { return inventory::StockLedger::verifyInvariant(c); })
              .empty());
}
