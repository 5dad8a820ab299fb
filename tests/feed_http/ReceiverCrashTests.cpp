// SIGKILL the real `stallcast orders serve` during a burst of concurrent signed deliveries:
// every delivery answered 2xx is in the reopened database exactly once, the stock adds up, and
// the shop's retries after a restart answer "duplicate" for what was recorded and record the rest.
#include "ChildProcess.h"
#include "DeliveryBurst.h"
#include "ShopAudit.h"
#include "TempDir.h"
#include "TestFramework.h"

#include "db/Database.h"
#include "feed/ListenAddress.h"
#include "orders/Order.h"

#include <sys/wait.h>

#include <csignal>
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

using namespace stallcast;
using namespace stallcast::test;
using namespace std::chrono_literals;

namespace {

constexpr const char *kSecret = "whsec_crash_test_secret";
constexpr const char *kSku = "PEACH";
constexpr int kConnections = 8;

bool acknowledged(const SentDelivery &d)
{
    return d.status >= 200 && d.status < 300;
}

struct Shop {
    TempDir dir;
    std::filesystem::path db = dir / "shop.db";
    std::filesystem::path secretFile = dir / "stallcast.secret";
    std::int64_t openingStock = 0;

    explicit Shop(std::int64_t stock) : openingStock(stock)
    {
        for (const char *name : {"STALLCAST_SECRET_STALLCAST", "STALLCAST_SECRET_SHOPIFY",
                                 "STALLCAST_SECRET_WOOCOMMERCE", "STALLCAST_SECRET_STRIPE"})
            ::unsetenv(name);
        std::ofstream(secretFile) << kSecret << "\n";
        createShop(db, {{kSku, stock}});
    }

    // Starts `stallcast orders serve` on a free loopback port; returns once it is listening.
    std::unique_ptr<ChildProcess> serve(std::uint16_t &port) const
    {
        auto child = std::make_unique<ChildProcess>(
            STALLCAST_EXE, std::vector<std::string>{"--db", db.string(), "orders", "serve",
                                                    "--listen", "127.0.0.1:0", "--secret-file",
                                                    "stallcast=" + secretFile.string()});
        const auto line = child->readLine(30s);
        REQUIRE(line.status == ChildProcess::ReadStatus::Line);
        const std::string prefix = "listening on ";
        REQUIRE(line.line.rfind(prefix + "127.0.0.1:", 0) == 0);
        port = feed::parseListenAddress(line.line.substr(prefix.size())).port;
        REQUIRE(port != 0);
        return child;
    }
};

// The stallcast orders by external id, after checking that the database reopens, is sound,
// holds no external id twice and that its stock adds up.
std::map<std::string, orders::Order> auditedOrders(const Shop &shop)
{
    { db::Database reopened(shop.db); } // schema check and WAL recovery, as the app would do
    ShopAudit audit(shop.db);
    CHECK(audit.integrity() == "ok");
    CHECK(audit.ledgerProblems().empty());
    const auto onHand = audit.onHand(kSku);
    CHECK(onHand >= 0);
    CHECK(audit.held(kSku) == 0);
    CHECK(onHand == shop.openingStock - audit.allocatedToLiveOrders(kSku));

    std::map<std::string, orders::Order> byExternalId;
    for (auto &order : audit.orders()) {
        REQUIRE(order.source == "stallcast");
        REQUIRE(order.externalId.has_value());
        INFO("external id " << *order.externalId);
        CHECK(order.status == orders::OrderStatus::Paid);
        const bool oversold = order.has(orders::OrderFlag::Oversold);
        REQUIRE(order.lines.size() == 1);
        CHECK(order.lines[0].allocated == (oversold ? 0 : 1));
        if (oversold)
            CHECK(onHand == 0); // one unit each, stock only goes down: oversold means sold out
        const auto key = *order.externalId;
        CHECK(byExternalId.emplace(key, std::move(order)).second); // never there twice
    }
    return byExternalId;
}

// Every order in the database was sent; every acknowledged one is there with the id and flags
// its answer carried.
void checkAcknowledgedSurvived(const std::vector<SentDelivery> &sent,
                               const std::map<std::string, orders::Order> &recorded)
{
    std::set<std::string> sentIds;
    for (const auto &d : sent)
        sentIds.insert(d.orderId);
    for (const auto &[externalId, order] : recorded)
        CHECK(sentIds.count(externalId) == 1);
    for (const auto &d : sent) {
        if (!acknowledged(d))
            continue;
        INFO("acknowledged " << d.orderId << " as order " << d.recordedId);
        const auto it = recorded.find(d.orderId);
        const bool survived = it != recorded.end();
        REQUIRE(survived); // a 2xx promised it is durable
        CHECK(it->second.id == d.recordedId);
        CHECK(it->second.has(orders::OrderFlag::Oversold) == d.oversold);
    }
}

// The shop's retries: every unacknowledged delivery and a few acknowledged ones.
std::vector<SentDelivery> retriesOf(const std::vector<SentDelivery> &sent)
{
    std::vector<SentDelivery> retries;
    std::vector<const SentDelivery *> acked;
    for (const auto &d : sent) {
        if (acknowledged(d))
            acked.push_back(&d);
        else
            retries.push_back(d);
    }
    for (std::size_t i = 0; i < acked.size(); ++i)
        if (i < 2 || i + 3 >= acked.size()) // the first ones and the last before the kill
            retries.push_back(*acked[i]);
    return retries;
}

struct SellOut {
    std::int64_t stock;
    int killAfterAcknowledged;
};

void runCrashAndRetry(std::int64_t stock, int killAfterAcknowledged)
{
    INFO("stock " << stock << ", SIGKILL after " << killAfterAcknowledged << " acknowledged");
    std::signal(SIGPIPE, SIG_IGN);
    Shop shop(stock);

    std::vector<SentDelivery> sent;
    {
        std::uint16_t port = 0;
        auto server = shop.serve(port);
        DeliveryBurst burst(port, kSecret, kSku, kConnections);
        const int reached = burst.waitForAcknowledged(killAfterAcknowledged, 10s);
        server->sendSignal(SIGKILL);
        sent = burst.stop();
        REQUIRE(reached >= killAfterAcknowledged);
        const int status = server->wait();
        REQUIRE(WIFSIGNALED(status)); // it died of our SIGKILL, not before
        REQUIRE(WTERMSIG(status) == SIGKILL);
    }
    int acked = 0;
    for (const auto &d : sent) {
        INFO(d.orderId << " answered " << d.status);
        CHECK((d.status == 0 || d.status == 201)); // all valid and new: 201 or no answer
        acked += acknowledged(d) ? 1 : 0;
    }
    INFO(sent.size() << " sent, " << acked << " acknowledged before the kill");
    const auto afterCrash = auditedOrders(shop);
    checkAcknowledgedSurvived(sent, afterCrash);

    // Restart on the same database; the shop retries.
    auto retries = retriesOf(sent);
    {
        std::uint16_t port = 0;
        auto server = shop.serve(port);
        for (auto &retry : retries) {
            const auto before = afterCrash.find(retry.orderId);
            const auto originalId = retry.recordedId;
            const bool wasAcknowledged = acknowledged(retry);
            resend(port, kSecret, retry);
            INFO("retry of " << retry.orderId << " answered " << retry.status);
            if (before != afterCrash.end()) {
                CHECK(retry.status == 200); // recorded before the kill: duplicate
                CHECK(retry.recordedId == before->second.id);
            } else {
                CHECK(retry.status == 201);
            }
            if (wasAcknowledged)
                CHECK(retry.recordedId == originalId);
        }
        server->sendSignal(SIGTERM);
        const int status = server->wait();
        REQUIRE(WIFEXITED(status));
        CHECK(WEXITSTATUS(status) == 0);
    }

    const auto final = auditedOrders(shop);
    std::set<std::string> sentIds;
    for (const auto &d : sent)
        sentIds.insert(d.orderId);
    CHECK(final.size() == sentIds.size()); // each sent order exactly once (keys are unique)
    for (const auto &id : sentIds)
        CHECK(final.count(id) == 1);
    for (const auto &[externalId, order] : afterCrash) {
        const auto it = final.find(externalId);
        REQUIRE(it != final.end());
        CHECK(it->second.id == order.id); // the retries did not re-record anything
    }
}

} // namespace

TEST_CASE("feed http: crash mid-burst with plenty of stock: every acknowledged order survives "
          "once, retries are duplicates",
          "[feed_http][process][crash]")
{
    const int killAfter = GENERATE(1, 50, 300);
    runCrashAndRetry(1'000'000, killAfter);
}

TEST_CASE("feed http: crash mid-burst while selling out: acknowledged orders survive once, the "
          "excess is oversold",
          "[feed_http][process][crash]")
{
    const auto run = GENERATE(SellOut{20, 50}, SellOut{150, 300});
    runCrashAndRetry(run.stock, run.killAfterAcknowledged);
}
