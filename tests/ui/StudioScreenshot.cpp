// Starts the real studio window on whatever display it is given (the screenshot test runs it
// under its own Xvfb), waits for the demo shop and live preview frames, checks the preview
// shows a moving picture, and saves a screenshot of the main window.
//   stallcast_studio_screenshot OUTPUT.png WORK_DIR
#include "DemoShop.h"
#include "MainWindow.h"
#include "CatalogTableModel.h"
#include "PreviewWidget.h"
#include "db/Database.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QPixmap>
#include <QScreen>
#include <QSet>
#include <QSettings>
#include <QThread>

#include <cstdio>
#include <filesystem>
#include <memory>

namespace {

bool waitFor(const std::function<bool()> &condition, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return true;
}

int fail(const char *what)
{
    std::fprintf(stderr, "studio screenshot: %s\n", what);
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 3)
        return fail("usage: stallcast_studio_screenshot OUTPUT.png WORK_DIR");
    const QString output = QString::fromLocal8Bit(argv[1]);
    const std::filesystem::path work = argv[2];
    QCoreApplication::setOrganizationName(QStringLiteral("StallcastScreenshot"));
    QCoreApplication::setApplicationName(QStringLiteral("Stallcast"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       QString::fromStdString((work / "settings").string()));
    QApplication app(argc, argv);

    auto database = std::make_shared<stallcast::db::Database>(work / "shop.db");
    stallcast::ui::seedDemoShopIfEmpty(*database);
    stallcast::ui::MainWindow window(database);
    window.resize(1366, 768);
    window.move(0, 0);
    window.show();
    if (!waitFor([&] { return window.catalogModel().rowCount() > 0; }, 30000))
        return fail("the demo shop did not show");
    if (!waitFor([&] { return window.preview().framesShown() >= 30; }, 60000))
        return fail("no live preview frames");
    waitFor([] { return false; }, 500); // let the last layout settle

    // A moving test pattern: the preview's picture must differ between two frames and have
    // many colours (not a black or "starting" placeholder).
    const QImage first = window.preview().latestImage(0);
    waitFor([] { return false; }, 300);
    const QImage second = window.preview().latestImage(0);
    QSet<QRgb> colours;
    for (int y = 0; y < first.height(); y += 7)
        for (int x = 0; x < first.width(); x += 7)
            colours.insert(first.pixel(x, y));
    if (first.isNull() || colours.size() < 20)
        return fail("the preview shows no picture");
    if (first == second)
        return fail("the preview does not move");

    QPixmap shot = window.screen()->grabWindow(window.winId());
    if (shot.isNull() || shot.width() < 100)
        shot = window.grab();
    QDir().mkpath(QFileInfo(output).absolutePath());
    if (!shot.save(output, "PNG"))
        return fail("cannot save the screenshot");
    std::printf("saved %s (%dx%d), %lld preview frames\n", qPrintable(output), shot.width(),
                shot.height(), static_cast<long long>(window.preview().framesShown()));
    return 0;
}
