// POST /comments on the real receiver: signed JSON lines from a chat bridge become claims.
#include "ReceiverHarness.h"
#include "StallcastDelivery.h"
#include "TestFramework.h"

#include "claims/ClaimDesk.h"
#include "claims/ClaimTable.h"
#include "claims/CommentBridge.h"

using namespace stallcast;
using namespace stallcast::test;

namespace {

constexpr const char *kBridgeSecret = "bridge_test_secret";

// The receiver with the comment bridge feeding a claim desk on the harness's database.
struct BridgeHarness {
    BridgeHarness()
        : harness(options())
    {
        harness.addProduct("A1", 25000, 5);
    }

    feed::ReceiverOptions options()
    {
        feed::ReceiverOptions o;
        o.comments = [this](const feed::Delivery &d) { return bridge->receive(d); };
        return o;
    }

    std::vector<claims::ClaimRecord> claims() const
    {
        return harness.db->read([](db::Connection &c) { return claims::ClaimTable::list(c); });
    }

    Answer postComments(const std::string &body, const std::string &secret)
    {
        auto client = harness.client();
        return post(*client, "/comments", body,
                    {{"Stallcast-Signature",
                      feed::stallcastSignatureHeader(secret, harness.nowSeconds(), body)}});
    }

    std::unique_ptr<claims::ClaimDesk> desk;
    std::unique_ptr<claims::CommentBridge> bridge;
    ReceiverHarness harness;
};

void wire(BridgeHarness &h)
{
    h.desk = std::make_unique<claims::ClaimDesk>(*h.harness.db);
    h.bridge = std::make_unique<claims::CommentBridge>(
        std::vector<std::string>{kBridgeSecret}, [&h] { return h.harness.nowSeconds(); },
        [&h](const claims::Comment &c) {
            auto pending = h.desk->submit(c);
            if (pending)
                pending->wait(); // tests read the table right after the answer
            return pending.has_value();
        });
}

const std::string kBody =
    "{\"source\":\"youtube\",\"id\":\"yt-1\",\"handle\":\"minji\",\"text\":\"SOLD A1 2\"}\n"
    "{\"source\":\"youtube\",\"id\":\"yt-2\",\"handle\":\"jisoo\",\"text\":\"A1 얼마예요?\"}\n"
    "{\"source\":\"tiktok\",\"id\":\"tt-9\",\"handle\":\"somchai\",\"text\":\"CF A1\"}\n";

} // namespace

TEST_CASE("claims: the bridge turns signed JSON lines into claims, once each")
{
    BridgeHarness h;
    wire(h);
    const auto a = h.postComments(kBody, kBridgeSecret);
    REQUIRE(a.status == 202);
    CHECK(a.json.value("comments").toInt() == 3);
    CHECK(a.json.value("claims").toInt() == 2);
    auto recorded = h.claims();
    REQUIRE(recorded.size() == 2);
    CHECK(recorded[0].buyer == "minji");
    CHECK(recorded[0].source == "youtube");
    CHECK(recorded[0].outcome == claims::ClaimOutcome::Held);
    CHECK(recorded[1].source == "tiktok");
    CHECK(h.harness.product("A1").held == 3);

    // The bridge retries the same lines (it did not see our answer): no new claims.
    CHECK(h.postComments(kBody, kBridgeSecret).status == 202);
    CHECK(h.claims().size() == 2);
    CHECK(h.harness.product("A1").held == 3);
}

TEST_CASE("claims: the bridge refuses unsigned, wrongly signed and malformed bodies whole")
{
    BridgeHarness h;
    wire(h);
    auto client = h.harness.client();
    CHECK(post(*client, "/comments", kBody, {}).status == 401);
    CHECK(h.postComments(kBody, "not_the_secret").status == 401);
    const std::string bad =
        "{\"source\":\"youtube\",\"id\":\"yt-1\",\"handle\":\"minji\",\"text\":\"SOLD A1 2\"}\n"
        "{\"source\":\"youtube\",\"id\":\"yt-2\",\"text\":\"SOLD A1 1\"}\n";
    const auto refused = h.postComments(bad, kBridgeSecret);
    CHECK(refused.status == 400);
    CHECK(refused.json.value("error").toString().toStdString() == "line 2: handle: is required");
    const auto notJson = h.postComments("SOLD A1 2\n", kBridgeSecret);
    CHECK(notJson.status == 400);
    CHECK(notJson.json.value("error").toString().startsWith("line 1: not JSON"));
    CHECK(h.claims().empty()); // all or nothing: the good first line was not delivered either
}

TEST_CASE("claims: /comments is only served when the bridge is configured")
{
    ReceiverHarness plain;
    auto client = plain.client();
    CHECK(post(*client, "/comments", kBody, {}).status == 404);
}
