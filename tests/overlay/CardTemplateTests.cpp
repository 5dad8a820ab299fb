// Card layout templates (resources/overlay/*.json): parsing, errors naming the field, and the
// card's place inside the safe area.
#include "TestFramework.h"

#include "common/FieldError.h"
#include "overlay/CardTemplate.h"

using namespace stallcast;
using namespace stallcast::overlay;

namespace {

std::string fieldOf(const std::string &json)
{
    try {
        parseCardTemplate(json);
    } catch (const FieldError &e) {
        return e.field();
    }
    return "(accepted)";
}

} // namespace

TEST_CASE("overlay: the built-in templates put the card inside the safe area on both canvases", "[overlay][template]")
{
    for (const QSize canvas : {QSize(1280, 720), QSize(1920, 1080), QSize(720, 1280), QSize(1080, 1920)}) {
        const auto t = builtInCardTemplate(canvas);
        const QRect card = placeCard(t, canvas);
        INFO(canvas.width() << "x" << canvas.height() << ": card at " << card.x() << "," << card.y()
                            << " " << card.width() << "x" << card.height());
        CHECK(card.x() % 2 == 0);
        CHECK(card.y() % 2 == 0);
        CHECK(card.width() % 2 == 0);
        CHECK(card.height() % 2 == 0);
        CHECK(card.left() >= t.safeArea.left * canvas.width());
        CHECK(card.top() >= t.safeArea.top * canvas.height());
        CHECK(card.right() + 1 <= canvas.width() * (1 - t.safeArea.right));
        CHECK(card.bottom() + 1 <= canvas.height() * (1 - t.safeArea.bottom));
        CHECK(card.height() >= canvas.height() / 6);
    }
    // Vertical mode keeps clear of the buttons on the right and the chat at the bottom.
    const auto vertical = builtInCardTemplate({720, 1280});
    CHECK(vertical.safeArea.right >= 0.1);
    CHECK(vertical.safeArea.bottom >= 0.2);
}

TEST_CASE("overlay: a template moves and scales the card, the safe area still holds", "[overlay][template]")
{
    auto t = parseCardTemplate(R"({"safeArea":{"left":0.1,"top":0.1,"right":0.1,"bottom":0.1},
        "card":{"anchor":"top-right","width":0.3,"height":0.2,"scale":1.5,"offsetX":-0.05}})");
    CHECK(t.card.anchor == CardAnchor::TopRight);
    QRect card = placeCard(t, {1000, 1000});
    CHECK(card == QRect(900 - 450 - 50, 100, 450, 300));
    t.card.offsetX = 0.9; // pushed off to the right: clamped back inside
    card = placeCard(t, {1000, 1000});
    CHECK(card.right() + 1 == 900);
}

TEST_CASE("overlay: template errors name the field and the rule", "[overlay][template]")
{
    CHECK(fieldOf("[1]") == "template");
    CHECK(fieldOf("{") == "template");
    CHECK(fieldOf(R"({"card":{"width":2}})") == "card.width");
    CHECK(fieldOf(R"({"card":{"width":"wide"}})") == "card.width");
    CHECK(fieldOf(R"({"card":{"anchor":"middle"}})") == "card.anchor");
    CHECK(fieldOf(R"({"safeArea":{"bottom":0.9}})") == "safeArea.bottom");
    CHECK(fieldOf(R"({"theme":{"sale":"reddish"}})") == "theme.sale");
    CHECK(fieldOf(R"({"theme":3})") == "theme");
    CHECK(fieldOf(R"({"card":{"scale":1.2},"theme":{"sale":"#FF0000"}})") == "(accepted)");
    // Each element's block: its own path.
    CHECK(fieldOf(R"({"toast":{"offsetX":1.5}})") == "toast.offsetX");
    CHECK(fieldOf(R"({"ticker":{"anchor":"centre"}})") == "ticker.anchor");
    CHECK(fieldOf(R"({"ticker":{"visible":"no"}})") == "ticker.visible");
    CHECK(fieldOf(R"({"toast":{"height":0.01}})") == "toast.height");
    CHECK(fieldOf(R"({"toast":{"scale":9}})") == "toast.scale");
    CHECK(fieldOf(R"({"ticker":[1]})") == "ticker");
    CHECK(fieldOf(R"({"card":{"ofsetX":0.1}})") == "card.ofsetX"); // a typo is not ignored
    CHECK(fieldOf(R"({"card":{"visible":false}})") == "card.visible"); // clear() takes it off
    try {
        parseCardTemplate(R"({"ticker":{"offsetY":-2}})");
        FAIL("accepted");
    } catch (const FieldError &e) {
        CHECK(std::string(e.what()).find("ticker.offsetY: must be between -1.00 and 1.00") != std::string::npos);
    }
    try {
        loadCardTemplate("/nonexistent/card.json");
        FAIL("no error");
    } catch (const std::runtime_error &e) {
        CHECK_THAT(e.what(), Catch::Matchers::Contains("/nonexistent/card.json"));
    }
}

TEST_CASE("overlay: the built-in templates place the toast and the ticker inside the safe area, clear of the card", "[overlay][template]")
{
    for (const QSize canvas : {QSize(1280, 720), QSize(1920, 1080), QSize(720, 1280), QSize(1080, 1920)}) {
        const auto t = builtInCardTemplate(canvas);
        INFO(canvas.width() << "x" << canvas.height());
        REQUIRE(t.toast);
        REQUIRE(t.ticker);
        const QRect card = placeCard(t, canvas);
        const auto toast = placeToast(t, canvas);
        const auto ticker = placeTicker(t, canvas);
        REQUIRE(toast);
        REQUIRE(ticker);
        const QRect safe(QPoint(static_cast<int>(t.safeArea.left * canvas.width()),
                                static_cast<int>(t.safeArea.top * canvas.height())),
                         QPoint(static_cast<int>((1 - t.safeArea.right) * canvas.width()),
                                static_cast<int>((1 - t.safeArea.bottom) * canvas.height())));
        for (const QRect &r : {card, toast->box, *ticker}) {
            CHECK(safe.contains(r));
            CHECK(r.x() % 2 == 0);
            CHECK(r.y() % 2 == 0);
            CHECK(r.height() >= 24);
        }
        CHECK_FALSE(toast->box.intersects(card));
        CHECK_FALSE(ticker->intersects(card));
        CHECK_FALSE(ticker->intersects(toast->box));
    }
}

TEST_CASE("overlay: each element moves and scales on its own, the toast and the ticker can be switched off", "[overlay][template]")
{
    const QSize canvas(1000, 1000);
    const auto t = parseCardTemplate(R"({"safeArea":{"left":0.1,"top":0.1,"right":0.1,"bottom":0.1},
        "card":{"anchor":"bottom-left","width":0.4,"height":0.3},
        "toast":{"anchor":"top-right","width":0.3,"height":0.04,"scale":2,"offsetY":0.05},
        "ticker":{"anchor":"bottom-right","width":0.5,"height":0.04,"offsetX":-0.02}})");
    CHECK(placeCard(t, canvas) == QRect(100, 600, 400, 300));
    const auto toast = placeToast(t, canvas);
    REQUIRE(toast);
    CHECK(toast->box == QRect(900 - 600, 150, 600, 80)); // twice the size, kept to the right
    CHECK(toast->rightAligned);
    CHECK(placeTicker(t, canvas) == std::optional<QRect>(QRect(900 - 500 - 20, 900 - 40, 500, 40)));
    const auto hidden = parseCardTemplate(R"({"toast":{"visible":false},"ticker":{"visible":false}})");
    CHECK_FALSE(placeToast(hidden, canvas));
    CHECK_FALSE(placeTicker(hidden, canvas));
}

TEST_CASE("overlay: a single-card template from before still loads: the toast sits above the card, the ticker at the top", "[overlay][template]")
{
    const QSize canvas(1280, 720);
    const auto t = parseCardTemplate(R"({"safeArea":{"left":0.03,"top":0.05,"right":0.03,"bottom":0.06},
        "card":{"anchor":"bottom-left","width":0.52,"height":0.42}})");
    CHECK_FALSE(t.toast);
    CHECK_FALSE(t.ticker);
    const QRect card = placeCard(t, canvas);
    CHECK(card == QRect(40, 374, 664, 302));
    const auto toast = placeToast(t, canvas);
    REQUIRE(toast);
    // As before per-element layout: a seventh of the card's height, a quarter of that above it.
    CHECK(toast->box == QRect(40, 374 - 42 - 20, 664, 42));
    CHECK_FALSE(toast->rightAligned);
    CHECK(placeTicker(t, canvas) == std::optional<QRect>(QRect(40, 36, 664, 42)));
}
