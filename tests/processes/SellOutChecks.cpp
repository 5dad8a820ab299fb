#include "SellOutChecks.h"

#include "TestFramework.h"

namespace stallcast::test {

std::string shapeArgument(const std::vector<orders::OrderLineRequest> &lines)
{
    std::string out;
    for (const auto &l : lines)
        out += (out.empty() ? "" : "+") + l.sku + ":" + std::to_string(l.qty);
    return out;
}

void checkSoldOutShop(ShopAudit &audit, const std::map<std::string, std::int64_t> &opening,
                      const SaleTally &tally, const StockWatch::Observation &seen)
{
    CHECK(seen.failure == "");
    std::map<std::string, std::int64_t> finalOnHand;
    for (const auto &[sku, units] : opening) {
        INFO("product " << sku << ", opening stock " << units);
        const auto onHand = audit.onHand(sku);
        finalOnHand[sku] = onHand;
        CHECK(onHand >= 0);
        CHECK(audit.held(sku) == 0);
        CHECK(onHand == units - audit.allocatedToLiveOrders(sku));
        const auto watched = seen.products.find(sku);
        REQUIRE(watched != seen.products.end());
        CHECK(watched->second.samples > 0);
        CHECK(watched->second.lowest >= 0);
        CHECK_FALSE(watched->second.rose);
    }
    const std::vector<std::string> none;
    CHECK(audit.ledgerProblems() == none);
    CHECK(audit.integrity() == "ok");
    CHECK(allOrNothingProblems(audit.orders()) == none);
    CHECK(needlessRefusals(tally.refused, finalOnHand) == none);
}

} // namespace stallcast::test
