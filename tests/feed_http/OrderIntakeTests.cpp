// Manual entry goes the webhooks' way: same rules, claim codes, events.
#include "ReceiverHarness.h"
#include "TestFramework.h"

#include "feed/OrderIntake.h"
#include "orders/HoldBook.h"

#include <mutex>

using namespace stallcast;
using namespace stallcast::test;

TEST_CASE("feed http: a manual order is an event like a webhook's and follows the same rules",
          "[feed_http]")
{
    ReceiverHarness h;
    h.addProduct("A1", 25000, 3);
    std::mutex mutex;
    std::vector<feed::OrderEvent> seen;
    h.events->subscribe([&](const feed::OrderEvent &e) {
        std::lock_guard lock(mutex);
        seen.push_back(e);
    });
    const feed::OrderIntake intake(*h.db, *h.events);

    orders::OrderRequest phone;
    phone.buyer.handle = "grandma-park";
    phone.lines.push_back({"A1", 2, std::nullopt});
    phone.paid = true;
    phone.actor = "studio";
    const auto placed = intake.submitManual(phone).get();
    CHECK(placed.order.source == "manual");
    CHECK(placed.order.status == orders::OrderStatus::Paid);

    // Unpaid and short of stock: refused, as the order book refuses any unpaid order.
    orders::OrderRequest tooMany = phone;
    tooMany.paid = false;
    tooMany.lines = {{"A1", 5, std::nullopt}};
    CHECK_THROWS_AS(intake.submitManual(tooMany).get(), orders::OrderRejected);

    h.events->waitUntilDispatched();
    std::lock_guard lock(mutex);
    REQUIRE(seen.size() == 1);
    CHECK(seen[0].order.id == placed.order.id);
}

TEST_CASE("feed http: a manual order with a claim code pays that hold", "[feed_http]")
{
    ReceiverHarness h;
    h.addProduct("A1", 25000, 1);
    orders::HoldBook holds(*h.db);
    const auto claimed = holds.claim({"A1", "jisoo", 1, 60'000, "CLM-JISOO", true});
    const feed::OrderIntake intake(*h.db, *h.events);
    orders::OrderRequest dm;
    dm.lines.push_back({"A1", 1, std::nullopt});
    dm.paid = true;
    const auto placed = intake.submitManual(dm, std::string("CLM-JISOO")).get();
    CHECK(placed.order.flags == 0);
    CHECK(placed.order.buyer.handle == "jisoo"); // the request named nobody: the hold's buyer
    CHECK(holds.find(claimed.hold.id)->status == orders::HoldStatus::Converted);
    CHECK(h.product("A1").held == 0);
}
