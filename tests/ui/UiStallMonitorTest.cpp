// The UI stall monitor sees the event loop being held up.
#include "StudioTestSupport.h"
#include "TempDir.h"
#include "TestFramework.h"
#include "UiStallMonitor.h"

#include <QThread>

#include <chrono>

using namespace stallcast;
using namespace std::chrono_literals;

TEST_CASE("the stall monitor reports a 120 ms block of the UI thread", "[ui][look][stall]")
{
    test::TempDir dir;
    test::OffscreenStudioApp app(dir / "settings");
    ui::UiStallMonitor monitor(5ms);
    monitor.start();
    CHECK(monitor.isRunning());
    // Let it tick a while, then hold the UI thread the way a blocking disk read would.
    REQUIRE(test::waitUntil([&] { return monitor.report().samples >= 10; }));
    QThread::msleep(120);
    const auto before = monitor.report().samples;
    REQUIRE(test::waitUntil([&] { return monitor.report().samples >= before + 10; }));
    monitor.stop();
    CHECK(!monitor.isRunning());

    const auto report = monitor.report();
    INFO("longest " << report.longestUs << " us, p50 " << report.p50Us << " us, samples "
                    << report.samples);
    CHECK(report.longestUs >= 100'000);
    CHECK(report.over50msCount >= 1);
    CHECK(report.measuredUs >= 120'000);
    // One stall among many on-time runs: the median is nowhere near it.
    CHECK(report.p50Us < report.longestUs);
    CHECK(report.p999Us <= report.longestUs);

    // start() begins a new record.
    monitor.start();
    CHECK(monitor.report().samples == 0);
    CHECK(monitor.report().longestUs == 0);
    monitor.stop();
}
