// Starts the real studio window on whatever display it is given (the screenshot test runs it
// under its own Xvfb), waits for the demo shop and live preview frames, features the first
// product (its card on the preview), checks the preview shows a moving picture, and saves a
// screenshot of the main window.
//   stallcast_studio_screenshot OUTPUT.png WORK_DIR
#include "DemoShop.h"
#include "MainWindow.h"
#include "CatalogTableModel.h"
#include "OnStreamCard.h"
#include "PreviewWidget.h"
#include "ShelfPanel.h"
#include "ShopSide.h"
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
    // Key 1's slot: the first product's card goes on stream, as the README shows it.
    bool cardShown = false;
    QObject::connect(&window.onStreamCard(), &stallcast::ui::OnStreamCard::rendered, &window,
                     [&cardShown] { cardShown = true; });
    window.shop().shelf()->featureNumber(1);
    if (!waitFor([&] { return cardShown; }, 30000))
        return fail("the featured product's card was not drawn");
    waitFor([] { return false; }, 800); // the card in the preview, the last layout settled

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
