#include "StudioTestSupport.h"

#include <QCoreApplication>
#include <QSettings>
#include <QThread>

namespace stallcast::test {

namespace {
int g_argc = 1;
char g_name[] = "stallcast_ui_tests";
char *g_argv[] = {g_name, nullptr};
} // namespace

OffscreenStudioApp::OffscreenStudioApp(const std::filesystem::path &settingsFolder)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QCoreApplication::setOrganizationName(QStringLiteral("StallcastTests"));
    QCoreApplication::setApplicationName(QStringLiteral("StallcastUiTests"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       QString::fromStdString(settingsFolder.string()));
    if (!QCoreApplication::instance())
        m_app = std::make_unique<QApplication>(g_argc, g_argv);
}

OffscreenStudioApp::~OffscreenStudioApp() = default;

bool waitUntil(const std::function<bool()> &condition, std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (!condition()) {
        if (std::chrono::steady_clock::now() >= deadline)
            return condition();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return true;
}

} // namespace stallcast::test
