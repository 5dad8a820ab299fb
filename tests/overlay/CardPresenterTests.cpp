// The presenter keeps the card on the overlay layers up to date from order events: it renders
// when the card changed, and only then.
#include "../orders/ShopFixture.h"
#include "OffscreenGui.h"
#include "TestFramework.h"

#include "feed/OrderEvents.h"
#include "media/overlay/OverlayLayer.h"
#include "overlay/CardPresenter.h"

#include <chrono>
#include <mutex>
#include <thread>

using namespace stallcast;
using namespace stallcast::overlay;

namespace {

struct Recorder {
    std::mutex mutex;
    std::vector<CardRenderReport> reports;

    CardPresenter::RenderHook hook()
    {
        return [this](const CardRenderReport &r) {
            std::lock_guard lock(mutex);
            reports.push_back(r);
        };
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
    // Waits up to 10 s for a render whose stock text is `stock`.
    bool waitForStock(const std::string &stock)
    {
        const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(10);
        while (std::chrono::steady_clock::now() < until) {
            {
                std::lock_guard lock(mutex);
                if (!reports.empty() && reports.back().rendered.front().stockShown == stock)
                    return true;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
        return false;
    }
};

const media::PreparedOverlay *findCard(const media::OverlayLayer &layer)
{
    const auto snapshot = layer.snapshot();
    for (const auto &o : *snapshot)
        if (o->id == CardPresenter::kOverlayId)
            return o.get();
    return nullptr;
}

} // namespace

TEST_CASE("overlay: orders change the card's stock on both canvases, SOLD OUT at zero, no render without a change", "[overlay][presenter]")
{
    test::ensureOffscreenGui();
    test::ShopFixture shop;
    shop.addProduct("TANG", "A1", 25000, 3);
    feed::OrderEvents events;
    media::OverlayLayer landscape, vertical;
    std::vector<CardTarget> targets{
        {&landscape, {1280, 720}, builtInCardTemplate({1280, 720}), {1280, 720, 30, 2'500'000}},
        {&vertical, {720, 1280}, builtInCardTemplate({720, 1280}), {720, 1280, 30, 2'500'000}}};
    const std::string payload = "https://shop.example/buy?sku=TANG";
    Recorder recorder;
    std::atomic<int> reads{0};
    {
        CardPresenter presenter(
            [&] {
                ++reads;
                return cardFromProduct(shop.product("TANG"), payload);
            },
            targets, recorder.hook());
        presenter.watch(events, "tang"); // SKUs compare case-insensitively

        // The first card is up before the constructor returns, on both layers, in the safe area.
        REQUIRE(recorder.count() == 1);
        CHECK(recorder.last().rendered.front().stockShown == "3 left");
        for (std::size_t i = 0; i < 2; ++i) {
            const auto *card = findCard(i == 0 ? landscape : vertical);
            REQUIRE(card != nullptr);
            CHECK(card->x == recorder.last().placed[i].x());
            CHECK(card->y == recorder.last().placed[i].y());
            CHECK(card->width == recorder.last().placed[i].width());
            CHECK(card->z == CardPresenter::kOverlayZ);
        }

        // Refreshes that find the same card render nothing.
        presenter.refresh();
        presenter.refresh();
        const auto waitUntil = std::chrono::steady_clock::now() + std::chrono::seconds(5);
        while (reads.load() < 2 && std::chrono::steady_clock::now() < waitUntil)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        CHECK(reads.load() >= 2);
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        CHECK(recorder.count() == 1);
        CHECK(presenter.renderCount() == 1);

        // An order for another product does not touch the card.
        shop.addProduct("PEAR", "B2", 9000, 10);
        events.place(*shop.book, test::paidOrder("test", "o-pear", "kim", "PEAR", 1)).get();
        events.waitUntilDispatched();
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        CHECK(recorder.count() == 1);

        const std::uint64_t before = landscape.version();
        events.place(*shop.book, test::paidOrder("test", "o-1", "kim", "TANG", 1)).get();
        CHECK(recorder.waitForStock("2 left"));
        CHECK(landscape.version() > before);
        events.place(*shop.book, test::paidOrder("test", "o-2", "lee", "TANG", 2)).get();
        REQUIRE(recorder.waitForStock("SOLD OUT"));
        const auto soldOut = recorder.last();
        CHECK(soldOut.rendered[0].qrRect.isEmpty());
        CHECK(soldOut.rendered[1].qrRect.isEmpty());
        CHECK(presenter.lastError().empty());
    }
    // The presenter takes its card off the layers when it goes.
    CHECK(findCard(landscape) == nullptr);
    CHECK(findCard(vertical) == nullptr);
}

TEST_CASE("overlay: a source that fails keeps the last card up and reports the error", "[overlay][presenter]")
{
    test::ensureOffscreenGui();
    media::OverlayLayer layer;
    std::atomic<bool> fail{false};
    ProductCard card;
    card.name = "Honey";
    card.price = 1800;
    card.currency = "USD";
    card.available = 4;
    CardPresenter presenter(
        [&] {
            if (fail)
                throw std::runtime_error("database is locked");
            return card;
        },
        {{&layer, {1280, 720}, builtInCardTemplate({1280, 720}), {}}});
    fail = true;
    presenter.refresh();
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    while (presenter.lastError().empty() && std::chrono::steady_clock::now() < until)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    CHECK(presenter.lastError() == "database is locked");
    CHECK(findCard(layer) != nullptr);
}

TEST_CASE("overlay: a flash sale's countdown is drawn once a second, then the card changes state when it ends", "[overlay][presenter]")
{
    test::ensureOffscreenGui();
    media::OverlayLayer layer;
    Recorder recorder;
    const auto endsAt = std::chrono::steady_clock::now() + std::chrono::milliseconds(2500);
    ProductCard card;
    card.name = "Honey";
    card.price = 1800;
    card.currency = "USD";
    card.available = 4;
    CardPresenter presenter(
        [&] {
            auto c = card;
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                                  endsAt - std::chrono::steady_clock::now())
                                  .count();
            c.flashSale = FlashSale{1200, left <= 0 ? 0 : (left + 999) / 1000, 10, 3, 0};
            return c;
        },
        {{&layer, {1280, 720}, builtInCardTemplate({1280, 720}), {}}}, recorder.hook());
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    for (;;) {
        {
            std::lock_guard lock(recorder.mutex);
            if (recorder.reports.back().rendered[0].flashShown == "FLASH SALE ENDED")
                break;
        }
        REQUIRE(std::chrono::steady_clock::now() < until);
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(300)); // nothing more once it ended
    std::lock_guard lock(recorder.mutex);
    std::vector<std::string> shown;
    for (const auto &r : recorder.reports)
        shown.push_back(r.rendered[0].flashShown);
    // 3, 2, 1 seconds left, then ended: one render each, no more.
    REQUIRE(shown.size() == 4);
    CHECK(shown[0].rfind("FLASH 00:03", 0) == 0);
    CHECK(shown[1].rfind("FLASH 00:02", 0) == 0);
    CHECK(shown[2].rfind("FLASH 00:01", 0) == 0);
    CHECK(shown[3] == "FLASH SALE ENDED");
    CHECK(recorder.reports[3].card.currentPrice() == 1800);
}
