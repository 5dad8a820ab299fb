#include "UiBenchmark.h"

#include "BenchDir.h"
#include "BenchOptions.h"
#include "MachineInfo.h"
#include "MarkdownText.h"
#include "DemoShop.h"
#include "MainWindow.h"
#include "OrdersTableModel.h"
#include "UiFonts.h"
#include "UiStallMonitor.h"
#include "db/Database.h"
#include "orders/OrderBook.h"

#include <QApplication>
#include <QEventLoop>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <iostream>
#include <thread>

namespace stallcast::bench {

namespace {

using Clock = std::chrono::steady_clock;

constexpr std::string_view kBegin = "<!-- stallcast-bench ui: begin (generated, do not edit) -->";
constexpr std::string_view kEnd = "<!-- stallcast-bench ui: end -->";
constexpr double kGoalMs = 50;

struct UiOptions {
    int seconds = 20; // per phase
    int rate = 200;   // orders per second
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
        else
            throw UsageError("ui: unknown option " + option);
    });
    return o;
}

// Runs the event loop for `seconds`.
void runEventLoop(int seconds)
{
    QEventLoop loop;
    QTimer::singleShot(std::chrono::seconds(seconds), &loop, &QEventLoop::quit);
    loop.exec();
}

// Places paid orders at `rate` per second from a thread of its own until stopped, one line each,
// spread over the demo shop's products, as a busy sales channel would.
class OrderStream final {
public:
    OrderStream(db::Database &database, int rate)
        : m_thread([this, &database, rate] { run(database, rate); })
    {
    }
    ~OrderStream() { stop(); }
    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    std::int64_t placed() const { return m_placed; }

private:
    void run(db::Database &database, int rate)
    {
        static const char *skus[] = {"JEJU-TANGERINE-3KG", "JEJU-HALLABONG-2KG",
                                     "CHEONGSONG-APPLE-5KG", "NAJU-PEAR-7KG", "GOHEUNG-YUZU-1KG",
                                     "JIRISAN-HONEY-1KG"};
        orders::OrderBook book(database);
        const auto period = std::chrono::nanoseconds(1'000'000'000LL / rate);
        auto next = Clock::now();
        for (std::int64_t i = 0; !m_stop; ++i) {
            orders::OrderRequest request;
            request.source = "bench";
            request.buyer.handle = "buyer-" + std::to_string(i % 500);
            request.lines.push_back({skus[i % 6], 1, std::nullopt});
            request.paid = true;
            book.place(request);
            ++m_placed;
            next += period;
            std::this_thread::sleep_until(next);
        }
    }

    std::atomic<bool> m_stop{false};
    std::atomic<std::int64_t> m_placed{0};
    std::thread m_thread;
};

std::string ms(std::int64_t us)
{
    return format("%.1f", static_cast<double>(us) / 1000.0);
}

} // namespace

std::string uiUsage()
{
    return "  ui [--seconds N] [--rate N] [--dir DIR] [--docs PATH | --no-docs]\n";
}

int runUiBenchmark(const std::vector<std::string> &args)
{
    const auto o = parseUiOptions(args);
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    int argc = 1;
    char name[] = "stallcast-bench";
    char *argv[] = {name, nullptr};
    QApplication app(argc, argv);
    ui::installUiFonts();

    BenchDir dir(o.report.dir, false);
    auto database = std::make_shared<db::Database>(dir.path() / "ui.db");
    ui::seedDemoShopIfEmpty(*database);
    ui::MainWindow window(database);
    window.resize(1600, 900);
    window.show();
    QEventLoop settle;
    QTimer::singleShot(std::chrono::seconds(2), &settle, &QEventLoop::quit); // first load done
    settle.exec();

    ui::UiStallMonitor monitor;
    monitor.start();
    runEventLoop(o.seconds);
    const auto idle = monitor.report();

    monitor.start();
    const auto started = Clock::now();
    OrderStream stream(*database, o.rate);
    runEventLoop(o.seconds);
    stream.stop();
    const double elapsed = std::chrono::duration<double>(Clock::now() - started).count();
    const auto busy = monitor.report();
    const auto placed = stream.placed();
    const int shown = window.ordersModel().rowCount();

    const auto machine = MachineInfo::probe(dir.path());
    std::string out(kBegin);
    out += "\n## Studio: UI-thread stalls while orders arrive\n\n";
    out += "`stallcast-bench ui --seconds " + std::to_string(o.seconds) + " --rate "
           + std::to_string(o.rate) + "` on " + std::to_string(machine.cpus) + " CPUs ("
           + machine.cpuModel + "), " + utcNow() + ", Qt offscreen platform. The studio's main "
           "window (the demo shop) runs its event loop for " + std::to_string(o.seconds)
           + " s idle (the baseline), then " + std::to_string(o.seconds)
           + " s while a thread places paid orders through `orders::OrderBook` (durable commits) "
             "and the window picks them up as it does in use (the snapshot loader's 2 s poll, "
             "the order table, the status bar totals). `UiStallMonitor` measures how late a "
             "5 ms precise timer runs on the UI thread: a stall is the time the event loop could "
             "not answer.\n\n";
    out += "| phase | orders placed | orders/s | timer runs | p50 ms | p99 ms | p99.9 ms | longest "
           "stall ms | stalls > 50 ms | longest vs idle |\n"
           "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
    const auto row = [&](const std::string &phase, std::int64_t orders, double rate,
                         const ui::UiStallMonitor::Report &r) {
        out += "| " + phase + " | " + withThousands(static_cast<double>(orders)) + " | "
               + format("%.0f", rate) + " | " + withThousands(static_cast<double>(r.samples))
               + " | " + ms(r.p50Us) + " | " + ms(r.p99Us) + " | " + ms(r.p999Us) + " | **"
               + ms(r.longestUs) + "** | " + std::to_string(r.over50msCount) + " | "
               + format("%.1f×", static_cast<double>(r.longestUs)
                                   / static_cast<double>(std::max<std::int64_t>(idle.longestUs, 1)))
               + " |\n";
    };
    row("idle (baseline)", 0, 0, idle);
    row(std::to_string(o.rate) + " orders/s", placed, static_cast<double>(placed) / elapsed, busy);
    const double longestMs = static_cast<double>(busy.longestUs) / 1000.0;
    out += "\nThe order table showed " + withThousands(shown) + " orders at the end. Goal (longest "
           "UI-thread stall < 50 ms while receiving orders): **"
           + std::string(longestMs < kGoalMs ? "met" : "not met") + "** ("
           + format("%.1f", longestMs) + " ms). Not measured here yet: a 1080p stream and its "
           "preview running at the same time (the live part adds them to this benchmark).\n";
    out += kEnd;
    std::cout << out << std::endl;
    if (o.report.docs) {
        replaceMarkedSection(*o.report.docs, kBegin, kEnd, out);
        std::cout << "refreshed " << o.report.docs->string() << std::endl;
    }
    return 0;
}

} // namespace stallcast::bench
