// Under a real X server (an Xvfb this test starts; it picks a free display itself) the studio
// starts, shows the demo shop and a live preview, and a screenshot of the main window is saved
// to <build>/screenshots/studio.png (docs/screenshots/ keeps the current one for the README).
#include "TempDir.h"
#include "TestFramework.h"

#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>

using namespace stallcast;

TEST_CASE("live ui: under Xvfb the studio shows a live preview and a screenshot is saved",
          "[ui][live][xvfb]")
{
    test::TempDir dir;
    QProcess xvfb;
    // -displayfd: Xvfb takes a free display number and writes it to its standard output once
    // it accepts connections (no race with other X servers on the machine).
    xvfb.start(QStringLiteral("Xvfb"), {QStringLiteral("-displayfd"), QStringLiteral("1"),
                                        QStringLiteral("-screen"), QStringLiteral("0"),
                                        QStringLiteral("1366x768x24"), QStringLiteral("-nolisten"),
                                        QStringLiteral("tcp")});
    INFO("Xvfb is needed (Debian: xvfb)");
    REQUIRE(xvfb.waitForStarted(10000));
    QByteArray announced;
    for (int i = 0; i < 100 && !announced.contains('\n'); ++i) {
        xvfb.waitForReadyRead(100);
        announced += xvfb.readAllStandardOutput();
    }
    bool numeric = false;
    const int display = announced.trimmed().toInt(&numeric);
    INFO("Xvfb said: " << announced.toStdString() << xvfb.readAllStandardError().toStdString());
    REQUIRE(numeric);

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
