// A claim's payment link: the merchant's signed checkout link carrying the claim code.
#include "ShopFixture.h"
#include "TestFramework.h"

#include "claims/ClaimCheckout.h"
#include "claims/ClaimDesk.h"

using namespace stallcast;
using namespace stallcast::test;

namespace {

constexpr const char *kTemplate =
    "https://shop.example/buy?sku={sku}&qty={qty}&claim={claim}&src={stream}&exp={expires}&sig={sig}";
constexpr const char *kSecret = "checkout-secret-0123456789";

claims::Comment comment(const std::string &id, const std::string &handle, const std::string &text)
{
    claims::Comment c;
    c.source = "twitch";
    c.id = id;
    c.handle = handle;
    c.text = text;
    return c;
}

} // namespace

TEST_CASE("claims: a held claim's link is signed, names the claim, and expires with the hold")
{
    ShopFixture shop;
    shop.addProduct("TANG-5KG", "A1", 25000, 2);
    claims::ClaimDesk desk(*shop.db, claims::ClaimParser(), {claims::ClaimMode::Holds, 600'000});
    const claims::ClaimCheckout links(checkout::CheckoutUrlTemplate(kTemplate), kSecret, "live-42");
    const auto now = shop.nowMs.load() / 1000;

    const auto held = desk.submit(comment("m1", "minji", "SOLD A1 2"))->get();
    REQUIRE(held.outcome == claims::ClaimOutcome::Held);
    const auto link = links.linkFor(held, now);
    REQUIRE(link);
    checkout::CheckoutParameters read;
    CHECK(checkout::verifyCheckoutUrl(checkout::CheckoutUrlTemplate(kTemplate), *link, kSecret, now,
                                      &read)
          == checkout::CheckoutVerdict::Valid);
    CHECK(read.sku == "TANG-5KG");
    CHECK(read.qty == 2);
    CHECK(read.claim == held.claimRef);
    CHECK(read.stream == "live-42");
    CHECK(read.expires == *held.hold->expiresMs / 1000);
    // Once the hold has expired the link is refused.
    CHECK(checkout::verifyCheckoutUrl(checkout::CheckoutUrlTemplate(kTemplate), *link, kSecret,
                                      read.expires, nullptr)
          == checkout::CheckoutVerdict::Expired);

    // Waitlisted (the stock is held): no link yet.
    const auto waiting = desk.submit(comment("m2", "jisoo", "SOLD A1"))->get();
    CHECK(waiting.outcome == claims::ClaimOutcome::Waitlisted);
    CHECK(!links.linkFor(waiting, now));
}

TEST_CASE("claims: first-paid interest gets a link for its product; a template without {claim} "
          "is refused")
{
    ShopFixture shop;
    shop.addProduct("TANG-5KG", "A1", 25000, 2);
    claims::ClaimDesk desk(*shop.db, claims::ClaimParser(), {claims::ClaimMode::FirstPaid, 600'000});
    const claims::ClaimCheckout links(checkout::CheckoutUrlTemplate(kTemplate), kSecret, "", 900);
    const auto interest = desk.submit(comment("m1", "minji", "구매 A1 1개"))->get();
    REQUIRE(interest.outcome == claims::ClaimOutcome::Interest);
    CHECK(interest.sku == "TANG-5KG");
    const auto link = links.linkFor(interest, 1'800'000'000);
    REQUIRE(link);
    CHECK(link->find("exp=1800000900") != std::string::npos);
    const auto unknown = desk.submit(comment("m2", "minji", "구매 Z9 1개"))->get();
    CHECK(unknown.outcome == claims::ClaimOutcome::Refused);
    CHECK(!links.linkFor(unknown, 1'800'000'000));

    CHECK_THROWS_AS(claims::ClaimCheckout(checkout::CheckoutUrlTemplate(
                                              "https://shop.example/buy?sku={sku}&exp={expires}&sig={sig}"),
                                          kSecret),
                    std::invalid_argument);
}
