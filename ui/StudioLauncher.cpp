#include "StudioLauncher.h"

#include "BackgroundTask.h"
#include "MainWindow.h"
#include "OpenShop.h"
#include "PathText.h"
#include "StudioLook.h"

#include <QApplication>
#include <QMessageBox>
#include <QStatusBar>

#include <memory>

namespace stallcast::ui {

int runStudio(int argc, char **argv, const std::filesystem::path &database)
{
    prepareHighDpi();
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Stallcast"));
    applyStudioLook();

    std::unique_ptr<MainWindow> window; // destroyed before the application
    bool openFailed = false;

    // Opening may migrate the schema and seeds the demo shop: do it on the thread pool, inside
    // the event loop, so the UI thread never waits on the disk.
    runInBackground(
        &app, [database] { return openShop(database); },
        [&](const TaskResult<OpenedShop> &result) {
            if (!result.ok()) {
                openFailed = true;
                QMessageBox::critical(nullptr, QStringLiteral("Stallcast"),
                                      QApplication::tr("Stallcast cannot open the shop database\n"
                                                       "%1\n\n%2")
                                          .arg(toQString(database), result.error));
                QApplication::exit(1);
                return;
            }
            window = std::make_unique<MainWindow>(result.value->database);
            window->show();
            if (result.value->seededDemo)
                window->statusBar()->showMessage(
                    QApplication::tr("New shop: showing the demo catalogue. File › Import "
                                     "catalogue CSV… loads your own."),
                    30000);
        });

    const int loopResult = QApplication::exec();
    return openFailed ? 1 : loopResult;
}

} // namespace stallcast::ui
