// Under a real X server (an Xvfb this test starts on a free display) the studio starts, shows
// the demo shop and a live preview, and a screenshot of the main window is saved to
// <build>/screenshots/studio.png (docs/screenshots/ keeps the current one for the README).
#include "TempDir.h"
#include "TestFramework.h"

#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QThread>

#include <filesystem>

using namespace stallcast;

namespace {

// A display number nobody uses (no X socket, no lock file).
int freeDisplay()
{
    for (int n = 90; n < 190; ++n)
        if (!std::filesystem::exists("/tmp/.X11-unix/X" + std::to_string(n))
            && !std::filesystem::exists("/tmp/.X" + std::to_string(n) + "-lock"))
            return n;
    return -1;
}

} // namespace

TEST_CASE("live ui: under Xvfb the studio shows a live preview and a screenshot is saved",
          "[ui][live][xvfb]")
{
    test::TempDir dir;
    const int display = freeDisplay();
    REQUIRE(display > 0);
    QProcess xvfb;
    xvfb.setProcessChannelMode(QProcess::MergedChannels);
    xvfb.start(QStringLiteral("Xvfb"), {QStringLiteral(":%1").arg(display), QStringLiteral("-screen"),
                                        QStringLiteral("0"), QStringLiteral("1366x768x24"),
                                        QStringLiteral("-nolisten"), QStringLiteral("tcp")});
    INFO("Xvfb is needed (Debian: xvfb)");
    REQUIRE(xvfb.waitForStarted(10000));
    const auto socket = "/tmp/.X11-unix/X" + std::to_string(display);
    for (int i = 0; i < 200 && !std::filesystem::exists(socket); ++i)
        QThread::msleep(50);
    REQUIRE(std::filesystem::exists(socket));

    const QString output = QStringLiteral(STALLCAST_BINARY_DIR "/screenshots/studio.png");
    QFile::remove(output);
    QProcess studio;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), QStringLiteral(":%1").arg(display));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
    studio.setProcessEnvironment(env);
    studio.setProcessChannelMode(QProcess::MergedChannels);
    studio.start(QStringLiteral(STALLCAST_SCREENSHOT_EXE),
                 {output, QString::fromStdString(dir.path().string())});
    REQUIRE(studio.waitForStarted(10000));
    const bool finished = studio.waitForFinished(120000);
    const QString log = QString::fromLocal8Bit(studio.readAll());
    INFO(log.toStdString());
    xvfb.terminate();
    xvfb.waitForFinished(5000);
    REQUIRE(finished);
    CHECK(studio.exitCode() == 0);
    const QImage shot(output);
    REQUIRE(!shot.isNull());
    CHECK(shot.width() >= 1000);
    CHECK(shot.height() >= 600);
}
