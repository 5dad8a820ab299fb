// A child process places a burst of orders and reports each one only after place() returned
// (committed, durable); we SIGKILL it mid-burst. Every order it reported must be in the reopened
// database, and the stock must add up.
#include "ChildProcess.h"
#include "SellOutChecks.h"
#include "ShopAudit.h"
#include "TempDir.h"
#include "TestFramework.h"

#include "db/Database.h"
#include "orders/OrderBook.h"

#include <sys/wait.h>

#include <csignal>
#include <set>
#include <sstream>
#include <thread>

using namespace stallcast;
using namespace stallcast::test;
using namespace std::chrono_literals;

namespace {

struct KillPoint {
    int afterReported;  // SIGKILL once the child has reported this many placed orders...
    int delayUs;        // ...and this much later, to land in different phases of a batch
    int threads;        // producer threads in the child (more threads: larger batches)
};

std::int64_t placedId(const std::string &line)
{
    std::istringstream in(line);
    std::string word;
    std::int64_t id = 0;
    in >> word >> id;
    return word == "placed" ? id : 0;
}

} // namespace

TEST_CASE("crash: every order a killed process reported as placed survives, stock adds up",
          "[crash][processes]")
{
    const auto point = GENERATE(KillPoint{1, 0, 1}, KillPoint{5, 1500, 1}, KillPoint{40, 300, 4},
                                KillPoint{150, 2200, 4}, KillPoint{600, 700, 4},
                                KillPoint{300, 0, 8}, KillPoint{1000, 1100, 8});
    INFO("kill after " << point.afterReported << " reported orders + " << point.delayUs
                       << " us, " << point.threads << " threads");
    TempDir dir;
    const auto file = dir / "shop.db";
    // APPLE runs out during the longer bursts, so refused and oversold orders are in the mix.
    const std::map<std::string, std::int64_t> opening{{"APPLE", 400}, {"BERRY", 1'000'000}};
    createShop(file, opening);
    const OrderShapes shapes{{{"APPLE", 1, {}}},
                             {{"APPLE", 1, {}}, {"BERRY", 2, {}}},
                             {{"BERRY", 1, {}}},
                             {{"APPLE", 3, {}}}};

    std::vector<std::string> args{"--db", file.string(), "--threads", std::to_string(point.threads),
                                  "--orders", "1000000", "--paid-every", "2"};
    for (const auto &shape : shapes) {
        args.push_back("--order");
        args.push_back(shapeArgument(shape));
    }

    std::set<std::int64_t> reported;
    int answers = 0;
    {
        ChildProcess child(STALLCAST_ORDER_CHILD, args);
        while (static_cast<int>(reported.size()) < point.afterReported) {
            const auto r = child.readLine(60s);
            REQUIRE(r.status == ChildProcess::ReadStatus::Line);
            REQUIRE(r.line.rfind("error", 0) != 0);
            ++answers;
            if (const auto id = placedId(r.line))
                reported.insert(id);
        }
        std::this_thread::sleep_for(std::chrono::microseconds(point.delayUs));
        child.sendSignal(SIGKILL);
        // Lines written before the kill are still in the pipe: they were reported too.
        for (const auto &line : child.readRemainingLines(30s)) {
            REQUIRE(line.rfind("error", 0) != 0);
            ++answers;
            if (const auto id = placedId(line))
                reported.insert(id);
        }
        const int status = child.wait();
        REQUIRE(WIFSIGNALED(status)); // killed mid-burst, not finished
        REQUIRE(WTERMSIG(status) == SIGKILL);
    }
    INFO(reported.size() << " orders reported placed, " << answers << " answers in all");

    // Reopening recovers the WAL; the shop carries on.
    db::Database database(file);
    ShopAudit audit(file);
    CHECK(audit.integrity() == "ok");
    const auto orders = audit.orders();
    std::set<std::int64_t> recorded;
    for (const auto &o : orders)
        recorded.insert(o.id);
    std::vector<std::int64_t> lost;
    for (const auto id : reported)
        if (!recorded.count(id))
            lost.push_back(id);
    CHECK(lost == std::vector<std::int64_t>{});
    // Committed but not yet reported when the kill came: at most one per producer thread.
    CHECK(orders.size() >= reported.size());
    CHECK(orders.size() <= reported.size() + static_cast<std::size_t>(point.threads));

    const std::vector<std::string> none;
    for (const auto &[sku, units] : opening) {
        INFO(sku);
        const auto onHand = audit.onHand(sku);
        CHECK(onHand >= 0);
        CHECK(onHand == units - audit.allocatedToLiveOrders(sku));
    }
    CHECK(audit.ledgerProblems() == none);
    CHECK(allOrNothingProblems(orders) == none);

    orders::OrderBook book(database);
    orders::OrderRequest after;
    after.source = "test";
    after.lines = {{"BERRY", 1, {}}};
    after.paid = true;
    const auto placed = book.place(after);
    CHECK((recorded.empty() || placed.order.id > *recorded.rbegin()));
    CHECK(ShopAudit(file).ledgerProblems() == none);
}
