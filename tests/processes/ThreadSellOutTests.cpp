// Several threads of one process sell the last units of a product at once: through one shared
// order book (the group-committing writer), or each through a Database of its own (separate
// writer connections on one file, serialised by SQLite's locks).
#include "SellOutChecks.h"
#include "TempDir.h"
#include "TestFramework.h"

#include "db/Database.h"
#include "orders/OrderBook.h"

#include <functional>
#include <latch>
#include <memory>
#include <mutex>
#include <thread>

using namespace stallcast;
using namespace stallcast::test;

namespace {

struct SaleSpec {
    int threads = 8;
    int ordersPerThread = 20;
    OrderShapes shapes;
    int paidEvery = 0; // order i is paid when i % paidEvery == 0
};

orders::OrderRequest requestFor(const SaleSpec &spec, int thread, int i)
{
    const int index = thread * spec.ordersPerThread + i;
    orders::OrderRequest r;
    r.source = "test";
    r.actor = "test";
    r.buyer.handle = "viewer-" + std::to_string(thread) + "-" + std::to_string(i);
    r.lines = spec.shapes[static_cast<std::size_t>(index) % spec.shapes.size()];
    r.paid = spec.paidEvery > 0 && index % spec.paidEvery == 0;
    return r;
}

enum class Writers { SharedOrderBook, DatabasePerThread };

// Runs the sale, all threads starting together; returns what the buyers were told.
SaleTally runSale(const std::filesystem::path &file, const SaleSpec &spec, Writers writers)
{
    std::vector<std::unique_ptr<db::Database>> databases;
    std::vector<std::unique_ptr<orders::OrderBook>> books;
    const int count = writers == Writers::SharedOrderBook ? 1 : spec.threads;
    for (int i = 0; i < count; ++i) {
        databases.push_back(std::make_unique<db::Database>(file));
        books.push_back(std::make_unique<orders::OrderBook>(*databases.back()));
    }
    SaleTally total;
    std::mutex totalMutex;
    std::latch start(spec.threads);
    {
        std::vector<std::jthread> threads;
        for (int t = 0; t < spec.threads; ++t) {
            threads.emplace_back([&, t] {
                orders::OrderBook &book = *books[static_cast<std::size_t>(t % count)];
                SaleTally mine;
                start.arrive_and_wait();
                for (int i = 0; i < spec.ordersPerThread; ++i) {
                    const auto request = requestFor(spec, t, i);
                    try {
                        mine.recordPlaced(book.place(request).order, request.lines);
                    } catch (const orders::OrderRejected &e) {
                        mine.recordRejected(e, request.lines);
                    } catch (const std::exception &e) {
                        mine.errors.push_back(e.what());
                    }
                }
                std::lock_guard lock(totalMutex);
                total.merge(mine);
            });
        }
    }
    return total;
}

std::string describe(Writers writers)
{
    return writers == Writers::SharedOrderBook ? "one shared order book"
                                               : "a Database per thread";
}

} // namespace

TEST_CASE("concurrency: threads buying the last units unpaid: no overselling, the rest refused",
          "[concurrency][threads]")
{
    const auto writers = GENERATE(Writers::SharedOrderBook, Writers::DatabasePerThread);
    INFO(describe(writers));
    TempDir dir;
    const auto file = dir / "shop.db";
    const std::map<std::string, std::int64_t> opening{{"PEACH-BOX", 60}};
    createShop(file, opening);
    const SaleSpec spec{8, 30, {{{"PEACH-BOX", 1, {}}}}, 0};

    StockWatch watch(file);
    const SaleTally tally = runSale(file, spec, writers);
    const auto seen = watch.stop();

    CHECK(tally.errors == std::vector<std::string>{});
    CHECK(tally.placed == 60); // units sold == opening stock
    CHECK(tally.outOfStock == 8 * 30 - 60);
    CHECK(tally.oversold == 0);
    ShopAudit audit(file);
    CHECK(audit.onHand("PEACH-BOX") == 0);
    CHECK(audit.allocatedToLiveOrders("PEACH-BOX") == 60);
    CHECK(audit.orders().size() == 60); // refused unpaid orders leave nothing behind
    checkSoldOutShop(audit, opening, tally, seen);
}

TEST_CASE("concurrency: threads buying the last units paid: all recorded, the extra ones oversold",
          "[concurrency][threads]")
{
    const auto writers = GENERATE(Writers::SharedOrderBook, Writers::DatabasePerThread);
    INFO(describe(writers));
    TempDir dir;
    const auto file = dir / "shop.db";
    const std::map<std::string, std::int64_t> opening{{"PEACH-BOX", 60}};
    createShop(file, opening);
    const SaleSpec spec{8, 30, {{{"PEACH-BOX", 1, {}}}}, 1};

    StockWatch watch(file);
    const SaleTally tally = runSale(file, spec, writers);
    const auto seen = watch.stop();

    CHECK(tally.errors == std::vector<std::string>{});
    CHECK(tally.placed == 60);
    CHECK(tally.oversold == 8 * 30 - 60);
    CHECK(tally.outOfStock == 0);
    ShopAudit audit(file);
    const auto orders = audit.orders();
    CHECK(orders.size() == 8 * 30); // a paid order is never dropped
    int flagged = 0;
    for (const auto &o : orders) {
        if (o.has(orders::OrderFlag::Oversold)) {
            ++flagged;
            CHECK(o.lines.at(0).allocated == 0);
        } else {
            CHECK(o.lines.at(0).allocated == 1);
        }
    }
    CHECK(flagged == 8 * 30 - 60);
    CHECK(audit.onHand("PEACH-BOX") == 0);
    CHECK(audit.allocatedToLiveOrders("PEACH-BOX") == 60);
    checkSoldOutShop(audit, opening, tally, seen);
}

TEST_CASE("concurrency: threads placing two-product orders: each takes all its lines or none",
          "[concurrency][threads][multiline]")
{
    const auto writers = GENERATE(Writers::SharedOrderBook, Writers::DatabasePerThread);
    INFO(describe(writers));
    TempDir dir;
    const auto file = dir / "shop.db";
    const std::map<std::string, std::int64_t> opening{{"APPLE", 30}, {"BERRY", 20}};
    createShop(file, opening);
    // Every order wants both products, or two units of one: the last units of one product must
    // not be taken by an order that cannot get the other.
    const OrderShapes shapes{{{"APPLE", 1, {}}, {"BERRY", 1, {}}},
                             {{"APPLE", 2, {}}},
                             {{"BERRY", 2, {}}, {"APPLE", 1, {}}},
                             {{"APPLE", 1, {}}, {"BERRY", 1, {}}, {"APPLE", 1, {}}}};
    const SaleSpec spec{8, 30, shapes, 3}; // every third order is paid

    StockWatch watch(file);
    const SaleTally tally = runSale(file, spec, writers);
    const auto seen = watch.stop();

    CHECK(tally.errors == std::vector<std::string>{});
    CHECK(tally.answered() == 8 * 30);
    CHECK(tally.placed > 0);
    CHECK(tally.outOfStock + tally.oversold > 0); // demand far exceeds the stock
    ShopAudit audit(file);
    CHECK(audit.orders().size() == static_cast<std::size_t>(tally.placed + tally.oversold));
    CHECK(audit.allocatedToLiveOrders("APPLE") <= 30);
    CHECK(audit.allocatedToLiveOrders("BERRY") <= 20);
    checkSoldOutShop(audit, opening, tally, seen);
}
