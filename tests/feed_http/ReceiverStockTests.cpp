// More paid orders than stock, from several keep-alive connections at once.
#include "ReceiverHarness.h"
#include "StallcastDelivery.h"
#include "TestFramework.h"

#include <QJsonArray>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

using namespace stallcast;
using namespace stallcast::test;

TEST_CASE("feed http: more paid orders than stock are all accepted, the excess is oversold",
          "[feed_http]")
{
    constexpr int kConnections = 8;
    constexpr int kOrdersEach = 6;
    constexpr int kStock = 10;
    ReceiverHarness h;
    h.addProduct("HONEY", 18000, kStock);

    std::atomic<int> created{0};
    std::atomic<int> oversold{0};
    std::atomic<int> wrong{0};
    std::vector<std::thread> senders;
    for (int c = 0; c < kConnections; ++c) {
        senders.emplace_back([&, c] {
            auto client = h.client();
            for (int i = 0; i < kOrdersEach; ++i) {
                const auto id = std::to_string(c) + "-" + std::to_string(i);
                const auto body = stallcastBody("dlv-" + id, "shop-" + id, "HONEY", 1, 18000);
                const auto a = postSigned(*client, body, kStallcastSecret, h.nowSeconds());
                if (a.status != 201) {
                    ++wrong;
                    continue;
                }
                ++created;
                if (a.json.value("flags").toArray().contains("oversold"))
                    ++oversold;
            }
        });
    }
    for (auto &t : senders)
        t.join();

    CHECK(wrong == 0);
    CHECK(created == kConnections * kOrdersEach);
    CHECK(oversold == kConnections * kOrdersEach - kStock);
    const auto all = h.orders();
    CHECK(all.size() == static_cast<std::size_t>(kConnections * kOrdersEach));
    int served = 0;
    for (const auto &order : all) {
        CHECK(order.status == orders::OrderStatus::Paid);
        if (!order.has(orders::OrderFlag::Oversold))
            ++served;
    }
    CHECK(served == kStock);
    const auto honey = h.product("HONEY");
    CHECK(honey.onHand == 0); // never negative: the excess took nothing
    CHECK(h.ledgerBalanced());
}
