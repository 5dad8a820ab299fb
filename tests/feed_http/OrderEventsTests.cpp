// Every recorded order reaches in-process subscribers once, in commit order, with its latency.
#include "ReceiverHarness.h"
#include "StallcastDelivery.h"
#include "TestFramework.h"

#include <mutex>
#include <string>
#include <thread>
#include <vector>

using namespace stallcast;
using namespace stallcast::test;

TEST_CASE("feed http: events reach subscribers in commit order with their latency",
          "[feed_http]")
{
    ReceiverHarness h;
    h.addProduct("HONEY", 18000, 5);
    std::mutex mutex;
    std::vector<feed::OrderEvent> seen;
    h.events->subscribe([&](const feed::OrderEvent &e) {
        std::lock_guard lock(mutex);
        seen.push_back(e);
    });

    constexpr int kConnections = 4;
    constexpr int kOrdersEach = 5;
    std::vector<std::thread> senders;
    for (int c = 0; c < kConnections; ++c) {
        senders.emplace_back([&, c] {
            auto client = h.client();
            for (int i = 0; i < kOrdersEach; ++i) {
                const auto id = std::to_string(c) + "-" + std::to_string(i);
                const auto body = stallcastBody("dlv-" + id, "shop-" + id, "HONEY", 1, 18000);
                postSigned(*client, body, kStallcastSecret, h.nowSeconds());
                // A retry of the same delivery is not a new event.
                postSigned(*client, body, kStallcastSecret, h.nowSeconds());
            }
        });
    }
    for (auto &t : senders)
        t.join();
    h.events->waitUntilDispatched();

    std::lock_guard lock(mutex);
    REQUIRE(seen.size() == static_cast<std::size_t>(kConnections * kOrdersEach));
    int flagged = 0;
    for (std::size_t i = 0; i < seen.size(); ++i) {
        CHECK(seen[i].sequence == i + 1);
        if (i > 0)
            CHECK(seen[i].order.id > seen[i - 1].order.id); // ids are assigned in commit order
        CHECK(seen[i].receiveToCommitUs >= 0);
        CHECK(seen[i].commitToNotifyUs >= 0);
        CHECK(seen[i].receiveToNotifyUs() < 30'000'000);
        if (seen[i].flagged())
            ++flagged;
    }
    // The first five committed took the stock; the rest are flagged oversold.
    CHECK(flagged == kConnections * kOrdersEach - 5);
    for (std::size_t i = 0; i < 5; ++i)
        CHECK(!seen[i].flagged());
}

TEST_CASE("feed http: a refused delivery is not an event", "[feed_http]")
{
    ReceiverHarness h;
    h.addProduct("HONEY", 18000, 0);
    std::vector<feed::OrderEvent> seen;
    std::mutex mutex;
    h.events->subscribe([&](const feed::OrderEvent &e) {
        std::lock_guard lock(mutex);
        seen.push_back(e);
    });
    auto client = h.client();
    const auto unpaid = stallcastBody("dlv-1", "shop-1", "HONEY", 1, 18000, false);
    CHECK(postSigned(*client, unpaid, kStallcastSecret, h.nowSeconds()).status == 422);
    const auto paid = stallcastBody("dlv-2", "shop-2", "HONEY", 1, 18000, true);
    CHECK(postSigned(*client, paid, kStallcastSecret, h.nowSeconds()).status == 201);
    h.events->waitUntilDispatched();
    std::lock_guard lock(mutex);
    REQUIRE(seen.size() == 1);
    CHECK(seen[0].order.externalId == "shop-2");
    CHECK(seen[0].order.has(orders::OrderFlag::Oversold));
}
