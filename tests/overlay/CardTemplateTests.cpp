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
    CHECK(t.anchor == CardAnchor::TopRight);
    QRect card = placeCard(t, {1000, 1000});
    CHECK(card == QRect(900 - 450 - 50, 100, 450, 300));
    t.offsetX = 0.9; // pushed off to the right: clamped back inside
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
    try {
        loadCardTemplate("/nonexistent/card.json");
        FAIL("no error");
    } catch (const std::runtime_error &e) {
        CHECK_THAT(e.what(), Catch::Matchers::Contains("/nonexistent/card.json"));
    }
}
