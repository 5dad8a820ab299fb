#include "UiBenchmark.h"

#include "BenchDir.h"
#include "BenchOptions.h"
#include "CpuTime.h"
#include "MachineInfo.h"
#include "MarkdownText.h"
#include "OrderPoster.h"
#include "SlowEventProbe.h"
#include "UiReport.h"
#include "DemoShop.h"
#include "LivePanel.h"
#include "LiveStudio.h"
#include "MainWindow.h"
#include "OrdersTableModel.h"
#include "PreviewWidget.h"
#include "ReceiverSettings.h"
#include "SecretStore.h"
#include "ShopSide.h"
#include "StudioReceiver.h"
#include "UiFonts.h"
#include "UiStallMonitor.h"
#include "db/Database.h"
#include "inventory/Catalog.h"
#include "media/canvas/CanvasFormat.h"

extern "C" {
#include <libavutil/log.h>
}

#include <QAction>
#include <QApplication>
#include <QEventLoop>
#include <QSettings>
#include <QThread>
#include <QTimer>

#include <chrono>
#include <fstream>
#include <functional>
#include <iostream>
#include <random>
#include <stdexcept>

namespace stallcast::bench {

namespace {

using Clock = std::chrono::steady_clock;

constexpr std::string_view kBegin = "<!-- stallcast-bench ui: begin (generated, do not edit) -->";
constexpr std::string_view kEnd = "<!-- stallcast-bench ui: end -->";
constexpr double kGoalMs = 50;
constexpr std::int64_t kStockTopUp = 1'000'000; // so no order of the run finds a product sold out

struct UiOptions {
    int seconds = 20; // per phase
    int rate = 200;   // orders per second
    std::string canvas = "1920x1080@30";
    int slowEventsMs = 0; // --slow-events: list the UI events slower than this per phase
    ReportOptions report;
};

UiOptions parseUiOptions(const std::vector<std::string> &args)
{
    UiOptions o;
    parseBenchArgs(args, o.report, [&](const std::string &option, const auto &value) {
        if (option == "--seconds")
            o.seconds = static_cast<int>(parseCount(option, value(), 2));
        else if (option == "--rate")
            o.rate = static_cast<int>(parseCount(option, value(), 1));
        else if (option == "--slow-events")
            o.slowEventsMs = static_cast<int>(parseCount(option, value(), 1));
        else if (option == "--canvas")
            o.canvas = media::parseCanvasFormat(value(), "--canvas").toString();
        else
            throw UsageError("ui: unknown option " + option);
    });
    return o;
}

// Runs the event loop for `seconds`.
void runEventLoop(double seconds)
{
    QEventLoop loop;
    QTimer::singleShot(std::chrono::milliseconds(static_cast<int>(seconds * 1000)), &loop,
                       &QEventLoop::quit);
    loop.exec();
}

// Runs the event loop until `condition` holds; throws saying `what` did not happen in time.
void waitFor(const std::function<bool()> &condition, std::chrono::seconds timeout,
             const std::string &what)
{
    const auto deadline = Clock::now() + timeout;
    while (!condition()) {
        if (Clock::now() >= deadline)
            throw std::runtime_error("ui: " + what + " did not happen within "
                                     + std::to_string(timeout.count()) + " s");
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
}

std::string loadAverage()
{
    std::ifstream file("/proc/loadavg");
    std::string one, five, fifteen;
    file >> one >> five >> fifteen;
    return one.empty() ? std::string("unknown") : one + " / " + five + " / " + fifteen;
}

std::string randomSecret()
{
    std::random_device random;
    std::string secret = "whsec_bench_";
    for (int i = 0; i < 24; ++i)
        secret += "0123456789abcdef"[random() % 16];
    return secret;
}

std::int64_t at(const std::vector<std::int64_t> &values)
{
    return values.empty() ? 0 : values.front();
}

// Settings of the studio under test, in the bench folder (never the user's own): the test
// pattern on the asked canvas, recordings in the bench folder, the receiver on a free port.
void writeStudioSettings(const std::filesystem::path &dir, const std::string &canvas)
{
    QCoreApplication::setOrganizationName(QStringLiteral("StallcastBench"));
    QCoreApplication::setApplicationName(QStringLiteral("UiBenchmark"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       QString::fromStdString((dir / "settings").string()));
    QSettings settings;
    settings.setValue(QStringLiteral("live/source"), QStringLiteral("test"));
    settings.setValue(QStringLiteral("live/audio"), QStringLiteral("test"));
    settings.setValue(QStringLiteral("live/canvas"), QString::fromStdString(canvas));
    settings.setValue(QStringLiteral("live/dualOutput"), false);
    settings.setValue(QStringLiteral("live/recordingFolder"),
                      QString::fromStdString((dir / "recordings").string()));
    ui::ReceiverSettings receiver;
    receiver.enabled = true;
    receiver.listen = QStringLiteral("127.0.0.1:0");
    receiver.save();
}

// The demo shop's products the poster orders (those without a per-buyer limit), each topped up
// so the run never sells one out.
std::vector<PostedProduct> orderableProducts(db::Database &database)
{
    inventory::Catalog catalog(database);
    std::vector<PostedProduct> products;
    for (const auto &p : catalog.list(false)) {
        if (p.perBuyerLimit)
            continue;
        catalog.adjustStock(p.sku, kStockTopUp, "stallcast-bench", "ui benchmark stock");
        products.push_back({p.sku, p.effectivePrice(), p.currency});
    }
    if (products.empty())
        throw std::runtime_error("ui: the demo shop has no product to order");
    return products;
}

// One phase: the event loop runs for `seconds` with the stall monitor on; the studio's own
// counters are read before and after.
UiPhase measurePhase(const std::string &name, ui::MainWindow &window, ui::UiStallMonitor &monitor,
                     double seconds, SlowEventProbe &probe)
{
    probe.takeSlowest(0); // only this phase's
    const auto session = window.liveStudio().session();
    const auto before = session->snapshot();
    const auto shown = window.preview().framesShown();
    const auto dropped = window.preview().framesDropped();
    const double cpu = processCpuSeconds();
    const double uiCpu = threadCpuSeconds();
    const auto began = Clock::now();
    monitor.start();
    runEventLoop(seconds);
    const auto stalls = monitor.report();
    monitor.stop();
    for (const auto &event : probe.takeSlowest(15))
        std::cerr << "slow UI event (" << name << "): " << format("%.1f", event.wallMs)
                  << " ms, UI-thread CPU " << format("%.1f", event.cpuMs) << " ms: " << event.what
                  << "\n";
    UiPhase phase;
    phase.name = name;
    phase.seconds = std::chrono::duration<double>(Clock::now() - began).count();
    phase.cpuCores = (processCpuSeconds() - cpu) / phase.seconds;
    phase.uiThreadCores = (threadCpuSeconds() - uiCpu) / phase.seconds;
    phase.stalls = {stalls.samples, stalls.p50Us, stalls.p99Us, stalls.p999Us, stalls.longestUs,
                    stalls.over50msCount};
    const auto after = session->snapshot();
    phase.framesEncoded = at(after.framesEncoded) - at(before.framesEncoded);
    phase.framesMissedOrSkipped = at(after.framesMissed) + at(after.framesSkipped)
                                  - at(before.framesMissed) - at(before.framesSkipped);
    phase.previewShown = window.preview().framesShown() - shown;
    phase.previewDropped = window.preview().framesDropped() - dropped;
    return phase;
}

std::int64_t recordingBytes(const std::filesystem::path &folder)
{
    std::int64_t bytes = 0;
    if (std::filesystem::exists(folder))
        for (const auto &entry : std::filesystem::directory_iterator(folder))
            if (entry.is_regular_file())
                bytes += static_cast<std::int64_t>(entry.file_size());
    return bytes;
}

} // namespace

std::string uiUsage()
{
    return "  ui [--seconds N] [--rate N] [--canvas WxH@FPS] [--slow-events MS] [--dir DIR]\n"
           "     [--docs PATH | --no-docs]\n";
}

int runUiBenchmark(const std::vector<std::string> &args)
{
    const auto o = parseUiOptions(args);
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // No D-Bus session: Qt's accessibility and the keychain probe give up at once.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
    av_log_set_level(AV_LOG_ERROR);
    int argc = 1;
    char name[] = "stallcast-bench";
    char *argv[] = {name, nullptr};
    SlowEventProbe app(argc, argv);
    app.setThreshold(std::chrono::milliseconds(o.slowEventsMs));
    ui::installUiFonts();

    UiRun run;
    run.loadBefore = loadAverage();
    run.canvas = o.canvas;
    run.rate = o.rate;
    run.command = "stallcast-bench ui --seconds " + std::to_string(o.seconds) + " --rate "
                  + std::to_string(o.rate) + " --canvas " + o.canvas;

    BenchDir dir(o.report.dir, false);
    writeStudioSettings(dir.path(), o.canvas);
    auto database = std::make_shared<db::Database>(dir.path() / "ui.db");
    ui::seedDemoShopIfEmpty(*database);
    OrderPosting posting;
    posting.products = orderableProducts(*database);
    posting.secret = randomSecret();
    posting.rate = o.rate;
    posting.runId = std::to_string(std::chrono::system_clock::now().time_since_epoch().count());
    auto secrets = std::make_shared<ui::MemorySecretStore>();
    secrets->write(ui::receiverSecretKey(feed::WebhookSource::Stallcast),
                   QByteArray::fromStdString(posting.secret), [](const QString &) {});

    ui::MainWindow window(database, secrets);
    window.resize(1920, 1080);
    window.show();
    auto &studio = window.liveStudio();
    ui::StudioReceiver &receiver = *window.shop().receiver();
    waitFor([&] { return studio.sessionRunning(); }, std::chrono::seconds(60), "the live session");
    waitFor([&] { return receiver.state() == ui::StudioReceiver::State::Listening; },
            std::chrono::seconds(30), "the order receiver listening");
    waitFor([&] { return window.preview().framesShown() > 0; }, std::chrono::seconds(30),
            "the preview's first picture");
    posting.port = static_cast<std::uint16_t>(receiver.boundAddress().section(':', -1).toInt());
    runEventLoop(2); // first loads, layout, fonts

    ui::UiStallMonitor monitor;
    run.phases.push_back(
        measurePhase("idle: open, encoder idle (baseline)", window, monitor, o.seconds, app));

    window.livePanel().recordAction()->trigger();
    waitFor([&] { return studio.session()->attached("recording"); }, std::chrono::seconds(30),
            "the recording starting");
    runEventLoop(2); // the encoder's first keyframe and look-ahead
    run.phases.push_back(measurePhase("recording " + o.canvas, window, monitor, o.seconds, app));

    const int rowsBefore = window.ordersModel().rowCount();
    {
        OrderPoster poster(posting);
        run.phases.push_back(measurePhase("recording " + o.canvas + " + " + std::to_string(o.rate)
                                              + " orders/s",
                                          window, monitor, o.seconds, app));
        poster.stop();
        run.phases.back().orders = poster.result();
    }
    const auto &posted = *run.phases.back().orders;
    const auto lastAnswer = Clock::now();
    waitFor([&] { return window.ordersModel().rowCount() >= rowsBefore + posted.accepted; },
            std::chrono::seconds(30), "the order feed showing every accepted order");
    run.feedCatchUpMs = std::chrono::duration<double, std::milli>(Clock::now() - lastAnswer).count();
    run.feedRows = window.ordersModel().rowCount();

    studio.stopRecording();
    waitFor([&] { return !studio.busy() && !studio.session()->attached("recording"); },
            std::chrono::seconds(30), "the recording finishing");
    run.recordingBytes = recordingBytes(dir.path() / "recordings");
    run.ordersRecorded =
        db::Database::openConnection(database->path(), 30000)->queryInt("SELECT count(*) FROM orders");
    run.loadAfter = loadAverage();

    const auto machine = MachineInfo::probe(dir.path());
    run.machine = std::to_string(machine.cpus) + " CPUs (" + machine.cpuModel + ")";
    run.worstLongestMs = static_cast<double>(run.phases.back().stalls.longestUs) / 1000.0;
    run.goalMet = run.worstLongestMs < kGoalMs && posted.accepted > 0;
    const std::string out = uiReport(run, kBegin, kEnd);
    std::cout << out << std::endl;
    if (o.report.docs) {
        replaceMarkedSection(*o.report.docs, kBegin, kEnd, out);
        std::cout << "refreshed " << o.report.docs->string() << std::endl;
    }
    return 0;
}

} // namespace stallcast::bench
