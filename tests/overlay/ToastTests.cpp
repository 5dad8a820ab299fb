// "Just bought" toasts: masked handles, a queue that loses nothing and summarises bursts, and
// the toast's picture.
#include "GoldenImage.h"
#include "OffscreenGui.h"
#include "TestFramework.h"

#include "overlay/CardRenderer.h"
#include "overlay/ToastQueue.h"

using namespace stallcast::overlay;

TEST_CASE("overlay: buyers' handles are masked by character, not byte", "[overlay][toast]")
{
    CHECK(maskHandle("kimchi_mom") == "k***m");
    CHECK(maskHandle("  kim  ") == "k***m");
    CHECK(maskHandle("김민수") == "김***수");
    CHECK(maskHandle("ab") == "a***");
    CHECK(maskHandle("a") == "a***");
    CHECK(maskHandle("") == "someone");
    CHECK(boughtText("kimchi_mom", 2, "Jeju tangerines") == "k***m bought 2 \xC3\x97 Jeju tangerines");
}

TEST_CASE("overlay: toasts show one after another, a burst is summarised and none is lost", "[overlay][toast]")
{
    ToastQueue queue({3000, 3});
    CHECK_FALSE(queue.current(0).has_value());
    queue.push("one");
    queue.push("two");
    auto shown = queue.current(0);
    REQUIRE(shown);
    CHECK(shown->text == "one");
    CHECK(shown->more == 0);
    CHECK(queue.current(2999) == shown); // still showing
    shown = queue.current(3000);
    REQUIRE(shown);
    CHECK(shown->text == "two");
    CHECK_FALSE(queue.current(6000).has_value());

    // A burst of 16 orders: the first is shown with the other fifteen summarised.
    for (int i = 0; i < 16; ++i)
        queue.push("order " + std::to_string(i));
    shown = queue.current(10'000);
    CHECK(shown->text == "order 0");
    CHECK(shown->more == 15);
    // Two more while it shows: below the burst size, each gets its turn.
    queue.push("late 1");
    queue.push("late 2");
    CHECK(queue.current(13'000)->text == "late 1");
    CHECK(queue.current(16'000)->text == "late 2");
    CHECK(queue.current(16'000)->more == 0);
    CHECK_FALSE(queue.current(19'000).has_value());
    CHECK(queue.pushed() == 20);
    CHECK(queue.summarised() == 15);
    CHECK(queue.shown() + queue.summarised() == queue.pushed());
}

TEST_CASE("overlay: golden toast with a burst badge", "[overlay][toast][golden]")
{
    stallcast::test::ensureOffscreenGui();
    const QImage toast = renderToast(boughtText("kimchi_mom", 2, "제주 감귤 Jeju tangerines"), 14, 44, 600, CardTheme{});
    CHECK(toast.width() % 2 == 0);
    CHECK(toast.height() == 44);
    CHECK(toast.width() <= 600);
    stallcast::test::checkGolden(toast, "toast-burst");
    // Too long for the room: elided, never wider.
    const QImage narrow = renderToast(boughtText("kimchi_mom", 2, std::string(200, 'x')), 0, 44, 300, CardTheme{});
    CHECK(narrow.width() <= 300);
}
