// overlay::FeaturedCard, what the stream command and the studio share: attach to a broadcast's
// canvases, switch the featured product live, clear it, re-attach after a rebuild, follow
// orders placed in this process and in others.
#include "../orders/ShopFixture.h"
#include "OffscreenGui.h"
#include "OverlayWait.h"
#include "TestFramework.h"

#include "feed/OrderEvents.h"
#include "media/overlay/OverlayLayer.h"
#include "checkout/SignedCheckout.h"
#include "common/FieldError.h"
#include "overlay/FeaturedCard.h"

#include <fstream>

#include <mutex>
#include <thread>
#include <tuple>

using namespace stallcast;
using namespace stallcast::overlay;
using test::overlayOn;
using test::waitFor;

namespace {

std::vector<FeaturedCanvas> canvases(media::OverlayLayer &landscape, media::OverlayLayer &vertical)
{
    return {{&landscape, {1280, 720}, {1280, 720, 30, 2'500'000}, builtInCardTemplate({1280, 720})},
            {&vertical, {720, 1280}, {720, 1280, 30, 2'500'000}, builtInCardTemplate({720, 1280})}};
}

// The checkout secret in a file, as `--checkout-secret-file` takes it; returns the path.
std::string writeSecret(const test::ShopFixture &shop, const std::string &secret)
{
    const auto path = shop.dir / "checkout.secret";
    std::ofstream file(path);
    file << secret << "\n";
    return path.string();
}

struct Renders {
    std::mutex mutex;
    std::vector<CardRenderReport> reports;
    std::vector<std::string> toasts;
    std::vector<std::vector<std::string>> tickers;
    FeaturedCardHooks hooks()
    {
        FeaturedCardHooks h;
        h.rendered = [this](const CardRenderReport &r) {
            std::lock_guard lock(mutex);
            reports.push_back(r);
        };
        h.toast = [this](const std::optional<ShownToast> &t) {
            std::lock_guard lock(mutex);
            if (t)
                toasts.push_back(t->text);
        };
        h.ticker = [this](const std::vector<std::string> &items) {
            std::lock_guard lock(mutex);
            tickers.push_back(items);
        };
        return h;
    }
    std::size_t count()
    {
        std::lock_guard lock(mutex);
        return reports.size();
    }
    CardRenderReport last()
    {
        std::lock_guard lock(mutex);
        return reports.back();
    }
    bool lastIs(const std::string &name, const std::string &stock)
    {
        std::lock_guard lock(mutex);
        return !reports.empty() && reports.back().card.name == name
               && reports.back().rendered.front().stockShown == stock;
    }
    bool toasted(const std::string &text)
    {
        std::lock_guard lock(mutex);
        return std::find(toasts.begin(), toasts.end(), text) != toasts.end();
    }
};

} // namespace

TEST_CASE("featured card: attach, switch the product live, clear, feature again, re-attach to a rebuilt broadcast", "[overlay][featured]")
{
    test::ensureOffscreenGui();
    test::ShopFixture shop;
    shop.addProduct("TANG", "A1", 25000, 3);
    shop.addProduct("PEAR", "B2", 9000, 10);
    Renders renders;
    FeaturedCardOptions options;
    options.payment = paymentSourceFromFields("upi", {{"vpa", "shop@upi"}, {"name", "Shop"}});
    FeaturedCard card(*shop.db, options, renders.hooks());
    CHECK_FALSE(card.featured());

    media::OverlayLayer landscape, vertical;
    card.attach(canvases(landscape, vertical)); // nothing featured yet: nothing drawn
    CHECK(renders.count() == 0);
    CHECK_FALSE(overlayOn(landscape, CardPresenter::kOverlayId));

    card.feature("tang"); // case as typed; the catalogue's SKU is found
    waitFor([&] { return renders.count() > 0 || !card.lastError().empty(); });
    INFO(card.lastError());
    REQUIRE(waitFor([&] { return renders.lastIs("TANG 상품", "3 left"); }));
    CHECK(card.featured() == std::optional<std::string>("tang"));
    CHECK(overlayOn(landscape, CardPresenter::kOverlayId));
    CHECK(overlayOn(vertical, CardPresenter::kOverlayId));
    CHECK(renders.last().rendered.size() == 2);
    CHECK(renders.last().card.qrPayload.rfind("upi://pay?", 0) == 0);

    card.feature("PEAR");
    REQUIRE(waitFor([&] { return renders.lastIs("PEAR 상품", "10 left"); }));

    card.clear();
    REQUIRE(waitFor([&] { return !overlayOn(landscape, CardPresenter::kOverlayId)
                                 && !overlayOn(vertical, CardPresenter::kOverlayId); }));
    CHECK_FALSE(card.featured());

    card.feature("TANG");
    REQUIRE(waitFor([&] { return overlayOn(landscape, CardPresenter::kOverlayId); }));
    REQUIRE(waitFor([&] { return renders.lastIs("TANG 상품", "3 left"); }));

    // The studio rebuilt its broadcast: new canvases (a 1080p one, no vertical).
    media::OverlayLayer rebuilt;
    const auto before = renders.count();
    card.attach({{&rebuilt, {1920, 1080}, {1920, 1080, 30, 4'500'000}, builtInCardTemplate({1920, 1080})}});
    CHECK(renders.count() == before + 1); // drawn for the new canvas before attach returns
    CHECK(renders.last().rendered.size() == 1);
    CHECK(overlayOn(rebuilt, CardPresenter::kOverlayId));
    CHECK_FALSE(overlayOn(landscape, CardPresenter::kOverlayId));
    CHECK_FALSE(overlayOn(vertical, CardPresenter::kOverlayId));

    // An unknown SKU keeps the card up and says why.
    card.feature("NOPE");
    REQUIRE(waitFor([&] { return !card.lastError().empty(); }));
    CHECK(card.lastError().find("NOPE") != std::string::npos);
    CHECK(overlayOn(rebuilt, CardPresenter::kOverlayId));

    card.detach();
    CHECK_FALSE(overlayOn(rebuilt, CardPresenter::kOverlayId));
}

TEST_CASE("featured card: orders in this process and in another change the card, make toasts and fill the ticker, each counted once", "[overlay][featured][ticker]")
{
    test::ensureOffscreenGui();
    test::ShopFixture shop;
    shop.addProduct("TANG", "A1", 25000, 5);
    feed::OrderEvents events;
    Renders renders;
    FeaturedCardOptions options;
    options.salesGoal = 10;
    options.toasts.showMs = 300;
    media::OverlayLayer landscape, vertical; // outlive the card
    {
        FeaturedCard card(*shop.db, options, renders.hooks());
        card.watch(events);
        card.feature("TANG");
        card.attach(canvases(landscape, vertical));
        REQUIRE(renders.lastIs("TANG 상품", "5 left · 0/10 sold"));

        events.place(*shop.book, test::paidOrder("test", "o-1", "kimchi_mom", "TANG", 2)).get();
        REQUIRE(waitFor([&] { return renders.lastIs("TANG 상품", "3 left · 2/10 sold"); }));
        REQUIRE(waitFor([&] { return renders.toasted("k***m bought 2 × TANG 상품"); }));
        REQUIRE(waitFor([&] { return overlayOn(vertical, ToastPresenter::kOverlayId); }));

        // Another process on the same database file (its own connection and writer).
        {
            db::Database other(shop.db->path());
            orders::OrderBook(other).place(test::paidOrder("test", "o-2", "lee", "TANG", 1));
        }
        REQUIRE(waitFor([&] { return renders.lastIs("TANG 상품", "2 left · 3/10 sold"); }));
        REQUIRE(waitFor([&] { return renders.toasted("l***e bought 1 × TANG 상품"); }));
        REQUIRE(overlayOn(landscape, TickerPresenter::kOverlayId));
        REQUIRE(overlayOn(vertical, TickerPresenter::kOverlayId));
        // Polls that find nothing new and in-process orders the poll also reads: no double
        // toast, no double ticker entry, no drawing without a change.
        std::this_thread::sleep_for(std::chrono::milliseconds(1200));
        events.waitUntilDispatched();
        std::lock_guard lock(renders.mutex);
        CHECK(renders.toasts == std::vector<std::string>{"k***m bought 2 × TANG 상품", "l***e bought 1 × TANG 상품"});
        REQUIRE(renders.tickers.size() == 2);
        CHECK(renders.tickers[0] == std::vector<std::string>{"k***m 2 × TANG 상품 · just now"});
        CHECK(renders.tickers[1]
              == std::vector<std::string>{"l***e 1 × TANG 상품 · just now", "k***m 2 × TANG 상품 · just now"});
    }
    CHECK_FALSE(overlayOn(landscape, TickerPresenter::kOverlayId));
    CHECK_FALSE(overlayOn(landscape, CardPresenter::kOverlayId));
    CHECK_FALSE(overlayOn(landscape, ToastPresenter::kOverlayId));
}

TEST_CASE("featured card: a signed checkout link is signed again before it expires, and only then drawn again", "[overlay][featured][checkout]")
{
    test::ensureOffscreenGui();
    test::ShopFixture shop;
    shop.addProduct("TANG", "A1", 25000, 5);
    const std::string secret = "card-resign-test-secret-0123456789";
    const auto secretFile = writeSecret(shop, secret);
    const std::string urlTemplate = "https://shop.example/buy?sku={sku}&exp={expires}&sig={sig}";
    Renders renders;
    FeaturedCardOptions options;
    options.payment = paymentSourceFromFields(
        "url", {{"template", urlTemplate},
                {"secret-file", secretFile},
                {"expires-in", "3"}});
    CHECK(options.payment.lifetimeSeconds == 3);
    CHECK(CardPayment::reSignAfter(3) == 2);
    CHECK(CardPayment::reSignAfter(900) == 600);
    media::OverlayLayer landscape, vertical;
    {
        FeaturedCard card(*shop.db, options, renders.hooks());
        card.feature("TANG");
        card.attach(canvases(landscape, vertical));
        std::this_thread::sleep_for(std::chrono::milliseconds(5500));
    }
    std::lock_guard lock(renders.mutex);
    const auto &reports = renders.reports;
    // Signed at the start, then again each time two thirds of the 3 s have passed: 3 or 4
    // renders in 5.5 s (signing times are whole seconds), each with a new link.
    REQUIRE(reports.size() >= 3);
    CHECK(reports.size() <= 4);
    const checkout::CheckoutUrlTemplate parsed(urlTemplate);
    std::int64_t lastExpires = 0;
    for (std::size_t i = 0; i < reports.size(); ++i) {
        INFO("render " << i + 1 << ": " << reports[i].card.qrPayload);
        const auto &payload = reports[i].card.qrPayload;
        if (i > 0) {
            CHECK(payload != reports[i - 1].card.qrPayload); // nothing drawn without a new link
            const auto gap = std::chrono::duration_cast<std::chrono::milliseconds>(
                                 reports[i].pushedAt - reports[i - 1].pushedAt)
                                 .count();
            CHECK(gap >= 700);  // not before two thirds (2 s, whole seconds) ...
            CHECK(gap <= 2400); // ... nor long after (the card looks four times a second)
        }
        checkout::CheckoutParameters read;
        // Valid when drawn, and still valid a second later: never shown in its last third.
        const auto drawnAt = static_cast<std::int64_t>(
            std::chrono::duration_cast<std::chrono::seconds>(
                std::chrono::system_clock::now().time_since_epoch()
                - (std::chrono::steady_clock::now() - reports[i].pushedAt))
                .count());
        CHECK(checkout::verifyCheckoutUrl(parsed, payload, secret, drawnAt + 1, &read)
              == checkout::CheckoutVerdict::Valid);
        CHECK(read.sku == "TANG");
        CHECK(read.expires > lastExpires);
        lastExpires = read.expires;
        CHECK(checkout::verifyCheckoutUrl(parsed, payload, secret, read.expires, nullptr)
              == checkout::CheckoutVerdict::Expired);
    }
}

TEST_CASE("featured card: sold out, the code becomes a signed waitlist link when the template can carry {action}", "[overlay][featured][checkout]")
{
    test::ensureOffscreenGui();
    test::ShopFixture shop;
    shop.addProduct("TANG", "A1", 25000, 1);
    const std::string secret = "card-waitlist-test-secret-0123456789";
    const auto secretFile = writeSecret(shop, secret);
    const auto run = [&](const std::string &urlTemplate, const std::string &externalId) {
        Renders renders;
        FeaturedCardOptions options;
        options.payment = paymentSourceFromFields(
            "url", {{"template", urlTemplate}, {"secret-file", secretFile}});
        media::OverlayLayer landscape, vertical;
        FeaturedCard card(*shop.db, options, renders.hooks());
        card.feature("TANG");
        card.attach(canvases(landscape, vertical));
        REQUIRE(renders.lastIs("TANG 상품", "1 left"));
        const auto buying = renders.last();
        shop.book->place(test::paidOrder("test", externalId, "kim", "TANG", 1));
        REQUIRE(waitFor([&] { return renders.last().card.soldOut(); }));
        const auto soldOut = renders.last();
        // Stock back (a cancelled order, a delivery): the buy link returns.
        shop.catalog->adjustStock("TANG", 1, "test", "restocked");
        REQUIRE(waitFor([&] { return !renders.last().card.soldOut(); }));
        return std::make_tuple(buying, soldOut, renders.last());
    };

    const std::string withAction = "https://shop.example/buy?sku={sku}&do={action}&exp={expires}&sig={sig}";
    const auto [buying, soldOut, restocked] = run(withAction, "o-1");
    const checkout::CheckoutUrlTemplate parsed(withAction);
    const auto now = std::chrono::duration_cast<std::chrono::seconds>(
                         std::chrono::system_clock::now().time_since_epoch())
                         .count();
    checkout::CheckoutParameters read;
    CHECK(checkout::verifyCheckoutUrl(parsed, buying.card.qrPayload, secret, now, &read)
          == checkout::CheckoutVerdict::Valid);
    CHECK(read.action.empty());
    CHECK(soldOut.card.qrWaitlist);
    CHECK(soldOut.rendered[0].stockShown == "SOLD OUT · waitlist");
    CHECK_FALSE(soldOut.rendered[0].qrRect.isEmpty());
    CHECK_FALSE(soldOut.rendered[1].qrRect.isEmpty());
    CHECK(checkout::verifyCheckoutUrl(parsed, soldOut.card.qrPayload, secret, now, &read)
          == checkout::CheckoutVerdict::Valid);
    CHECK(read.action == "waitlist");
    CHECK(read.sku == "TANG");
    CHECK_FALSE(restocked.card.qrWaitlist);
    CHECK(restocked.card.qrPayload == buying.card.qrPayload); // the buy link, kept while valid

    // A template without {action}: no waitlist link can be signed, the SOLD OUT panel stays.
    const auto [buying2, soldOut2, restocked2] =
        run("https://shop.example/buy?sku={sku}&exp={expires}&sig={sig}", "o-2");
    CHECK_FALSE(soldOut2.card.qrWaitlist);
    CHECK(soldOut2.rendered[0].stockShown == "SOLD OUT");
    CHECK(soldOut2.rendered[0].qrRect.isEmpty());
    (void)buying2;
    (void)restocked2;
}

TEST_CASE("featured card: the studio's payment source signs with the secret it holds, buy and waitlist links", "[overlay][featured][checkout]")
{
    const std::string secret = "studio-secret-from-the-keychain-0123";
    const std::string withAction = "https://shop.example/buy?sku={sku}&src={stream}&do={action}&exp={expires}&sig={sig}";
    const auto source = signedCheckoutSource(withAction, secret, 600, "live-7");
    CHECK(source.lifetimeSeconds == 600);
    REQUIRE(source.buildWaitlist);
    const checkout::CheckoutUrlTemplate parsed(withAction);
    checkout::CheckoutParameters read;
    const auto buy = source.build("TANG", 1'790'000'000).payload;
    CHECK(checkout::verifyCheckoutUrl(parsed, buy, secret, 1'790'000'599, &read) == checkout::CheckoutVerdict::Valid);
    CHECK(read.stream == "live-7");
    CHECK(read.action.empty());
    CHECK(checkout::verifyCheckoutUrl(parsed, buy, secret, 1'790'000'600) == checkout::CheckoutVerdict::Expired);
    const auto wait = source.buildWaitlist("TANG", 1'790'000'000).payload;
    CHECK(checkout::verifyCheckoutUrl(parsed, wait, secret, 1'790'000'000, &read) == checkout::CheckoutVerdict::Valid);
    CHECK(read.action == "waitlist");

    CHECK_FALSE(signedCheckoutSource("https://shop.example/b?sku={sku}&exp={expires}&sig={sig}", secret).buildWaitlist);
    CHECK_THROWS_AS(signedCheckoutSource("ftp://shop.example/{sku}", secret), FieldError);
    CHECK_THROWS_AS(signedCheckoutSource(withAction, "short").build("TANG", 1), std::invalid_argument);
}
