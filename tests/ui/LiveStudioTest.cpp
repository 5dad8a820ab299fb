// The live side from its buttons: Record and Go Live drive a real broadcast; the files and the
// nginx-rtmp recording are checked with ffprobe; the preview and the sources panel show what
// the pipeline gives them.
#include "AudioMeter.h"
#include "LivePanel.h"
#include "LiveStudio.h"
#include "MediaProbe.h"
#include "NginxRtmp.h"
#include "SmallSessionOptions.h"
#include "PreviewWidget.h"
#include "SecretStore.h"
#include "SourcesPanel.h"
#include "StudioTestSupport.h"
#include "TempDir.h"
#include "TestFramework.h"

extern "C" {
#include <libavutil/log.h>
}

#include <QApplication>
#include <QComboBox>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTimer>

#include <chrono>
#include <cmath>
#include <thread>

using namespace stallcast;
using namespace std::chrono_literals;

namespace {

// Processes events for a while (the studio keeps working meanwhile).
void runFor(std::chrono::milliseconds duration)
{
    test::waitUntil([] { return false; }, duration);
}

// Clicks "Yes" in the next message box that opens (the stop confirmation).
void acceptNextQuestion(bool &seen)
{
    QTimer::singleShot(50, [&seen] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                seen = true;
                box->button(QMessageBox::Yes)->click();
                return;
            }
        acceptNextQuestion(seen); // not open yet
    });
}

bool outputAttached(const ui::LiveStudio &studio, const char *id)
{
    return studio.session()->attached(id);
}

} // namespace

TEST_CASE("live ui: the Record button records a playable file and the button stops it",
          "[ui][live]")
{
    test::TempDir dir;
    test::OffscreenStudioApp app(dir / "settings");
    ui::LiveStudio studio(test::smallSessionOptions(), std::make_shared<ui::MemorySecretStore>());
    studio.setRecordingFolder(QString::fromStdString((dir / "recordings").string()));
    ui::LivePanel panel(studio);
    panel.show();
    auto *record = panel.findChild<QPushButton *>(QStringLiteral("recordButton"));
    REQUIRE(record);
    CHECK(!record->isEnabled()); // the camera is still starting

    studio.start();
    REQUIRE(test::waitUntil([&] { return studio.sessionRunning(); }));
    CHECK(record->isEnabled());
    QSignalSpy saved(&studio, &ui::LiveStudio::recordingSaved);
    record->click();
    CHECK(studio.isRecording());
    CHECK(record->text().contains(QStringLiteral("Stop")));
    REQUIRE(test::waitUntil([&] { return panel.lightState(QStringLiteral("recording")) == "live"; }));
    runFor(3000ms);
    record->click();
    CHECK(!studio.isRecording());
    REQUIRE(test::waitUntil([&] { return saved.count() == 1; }));
    CHECK(!outputAttached(studio, "recording"));
    const auto path = saved.at(0).at(0).toString().toStdString();
    INFO(path);
    REQUIRE(std::filesystem::exists(path));
    CHECK(std::filesystem::path(path).parent_path() == dir / "recordings");
    const auto probed = test::probeMedia(path);
    REQUIRE(probed.stream("video"));
    REQUIRE(probed.stream("audio"));
    CHECK(probed.stream("video")->width == 320);
    CHECK(probed.stream("video")->codecName == "h264");
    CHECK(probed.stream("audio")->codecName == "aac");
    CHECK(std::abs(probed.duration - 3.0) < 1.0);
    CHECK(probed.stream("video")->startTime < 0.2);
}

TEST_CASE("live ui: Go Live to nginx-rtmp turns the light live, Stop asks first", "[ui][live]")
{
    test::TempDir dir;
    test::OffscreenStudioApp app(dir / "settings");
    test::NginxRtmp nginx;
    auto secrets = std::make_shared<ui::MemorySecretStore>();
    ui::LiveStudio studio(test::smallSessionOptions(), secrets);
    ui::Destination destination;
    destination.id = QStringLiteral("local");
    destination.name = QStringLiteral("Local nginx");
    destination.server = QStringLiteral("rtmp://127.0.0.1:%1/live").arg(nginx.port());
    studio.setDestinations({destination});
    bool keyWritten = false;
    secrets->write(destination.secretKey(), "uikey42", [&](const QString &) { keyWritten = true; });
    ui::LivePanel panel(studio);
    panel.show();
    auto *goLive = panel.findChild<QPushButton *>(QStringLiteral("goLiveButton"));
    REQUIRE(goLive);
    studio.start();
    REQUIRE(test::waitUntil([&] { return studio.sessionRunning() && keyWritten; }));

    goLive->click();
    REQUIRE(test::waitUntil([&] { return panel.lightState(QStringLiteral("local")) == "live"; }));
    CHECK(studio.isLive());
    CHECK(goLive->text().contains(QStringLiteral("Stop")));
    REQUIRE(test::waitUntil([&] {
        auto *button = panel.reconnectButton(QStringLiteral("local"));
        return button && !button->isEnabled(); // nothing to reconnect while live
    }));
    runFor(2500ms);

    // Stop, but cancel the confirmation first: still live.
    bool seen = false;
    QTimer::singleShot(50, [&seen] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                seen = true;
                box->button(QMessageBox::Cancel)->click();
            }
    });
    goLive->click();
    CHECK(seen);
    CHECK(studio.isLive());

    seen = false;
    acceptNextQuestion(seen);
    goLive->click();
    CHECK(seen);
    CHECK(!studio.isLive());
    REQUIRE(test::waitUntil([&] { return !outputAttached(studio, "local") && !studio.busy(); }));
    nginx.stop();
    const auto received = nginx.recordings("uikey42");
    REQUIRE(received.size() == 1);
    const auto probed = test::probeMedia(received[0]);
    REQUIRE(probed.stream("video"));
    CHECK(probed.stream("video")->width == 320);
    CHECK(probed.duration > 1.5);
}

TEST_CASE("live ui: an unreachable destination shows reconnecting with a countdown", "[ui][live]")
{
    test::TempDir dir;
    test::OffscreenStudioApp app(dir / "settings");
    auto secrets = std::make_shared<ui::MemorySecretStore>();
    auto options = test::smallSessionOptions();
    options.outputs.connectTimeoutMs = 500;
    options.outputs.reconnectStartMs = 30000; // then 45 s: no jitter, so the test can tell
    options.outputs.reconnectJitter = 0;
    ui::LiveStudio studio(options, secrets);
    ui::Destination destination;
    destination.id = QStringLiteral("dead");
    destination.name = QStringLiteral("Nobody listening");
    destination.server = QStringLiteral("rtmp://127.0.0.1:%1/live").arg(test::freeLoopbackPort());
    studio.setDestinations({destination});
    secrets->write(destination.secretKey(), "deadkey", [](const QString &) {});
    ui::LivePanel panel(studio);
    studio.start();
    REQUIRE(test::waitUntil([&] { return studio.sessionRunning(); }));
    studio.goLive();
    REQUIRE(test::waitUntil([&] {
        auto *button = panel.reconnectButton(QStringLiteral("dead"));
        return panel.lightState(QStringLiteral("dead")) == "reconnecting" && button
               && button->isEnabled();
    }));
    const auto snapshot = studio.session()->snapshot();
    REQUIRE(snapshot.outputs.size() == 1);
    CHECK(snapshot.outputs[0].stats.msUntilReconnect > 20000);
    CHECK(snapshot.outputs[0].stats.lastError.find("deadkey") == std::string::npos);
    CHECK(snapshot.outputs[0].stats.msUntilReconnect <= 30000);
    // Tries again at once instead of in 30 s, fails again, and waits the next step (45 s).
    panel.reconnectButton(QStringLiteral("dead"))->click();
    REQUIRE(test::waitUntil([&] {
        const auto s = studio.session()->snapshot();
        return !s.outputs.empty() && s.outputs[0].stats.msUntilReconnect > 40000;
    }));
    studio.stopLive();
    REQUIRE(test::waitUntil([&] { return !studio.busy(); }));
}

TEST_CASE("live ui: the preview paints composed frames, the sources panel switches inputs",
          "[ui][live]")
{
    test::TempDir dir;
    test::OffscreenStudioApp app(dir / "settings");
    auto options = test::smallSessionOptions();
    options.vertical = media::CanvasFormat{180, 320, 30};
    ui::LiveStudio studio(options, std::make_shared<ui::MemorySecretStore>());
    ui::PreviewWidget preview;
    preview.resize(640, 360);
    preview.show();
    ui::SourcesPanel sources(studio);
    QObject::connect(&studio, &ui::LiveStudio::sessionStarted, &preview,
                     [&] { preview.attach(studio.session()); });
    studio.start();
    REQUIRE(test::waitUntil([&] { return preview.framesShown() >= 30; }));
    CHECK(preview.latestImage(0).size() == QSize(320, 240));
    CHECK(preview.latestImage(1).size() == QSize(180, 320));
    CHECK(preview.framesDropped() >= 0);
    const QImage grabbed = preview.grab().toImage();
    CHECK(grabbed.size() == QSize(640, 360));
    // Made smaller, the feeds scale to the size shown (400x200: 266x200 and 112x200 side by
    // side) and the widget copies the pictures unscaled, in the widgets' own format.
    preview.resize(400, 200);
    REQUIRE(test::waitUntil([&] { return preview.latestImage(0).size() == QSize(266, 200); }));
    REQUIRE(test::waitUntil([&] { return preview.latestImage(1).size() == QSize(112, 200); }));
    CHECK(preview.latestImage(0).format() == QImage::Format_RGB32);
    const QImage small = preview.grab().toImage();
    const QImage shown = preview.latestImage(0);
    CHECK(small.pixel(133, 100) == shown.pixel(133, 100));
    CHECK(small.pixel(10, 190) == shown.pixel(10, 190));

    REQUIRE(test::waitUntil([&] { return sources.devicesListed(); }));
    auto &audio = sources.audioChoice();
    REQUIRE(audio.findData(QStringLiteral("none")) >= 0);
    const bool heard = test::waitUntil([&] { return sources.meter().peakDb() > -30; }); // the tone (about -21 dBFS)
    INFO("peak " << sources.meter().peakDb() << " rms " << sources.meter().rmsDb());
    REQUIRE(heard);
    QSignalSpy switched(&studio, &ui::LiveStudio::sourcesSwitched);
    audio.setCurrentIndex(audio.findData(QStringLiteral("none")));
    emit audio.activated(audio.currentIndex());
    REQUIRE(test::waitUntil([&] { return switched.count() == 1; }));
    CHECK(studio.currentAudio() == QStringLiteral("none"));
    REQUIRE(test::waitUntil([&] { return sources.meter().rmsDb() <= -59; }));
    CHECK(QSettings().value(QStringLiteral("live/audio")).toString() == QStringLiteral("none"));
}

TEST_CASE("live ui: live/canvas in the settings picks the landscape canvas, a bad value keeps 720p",
          "[ui][live]")
{
    test::TempDir dir;
    test::OffscreenStudioApp app(dir / "settings");
    QSettings settings;
    settings.remove(QStringLiteral("live/canvas"));
    CHECK(ui::LiveStudio::optionsFromSettings().landscape.toString() == "1280x720@30");
    settings.setValue(QStringLiteral("live/canvas"), QStringLiteral("1920x1080@30"));
    CHECK(ui::LiveStudio::optionsFromSettings().landscape.toString() == "1920x1080@30");
    CHECK_FALSE(ui::LiveStudio::optionsFromSettings().vertical.has_value());
    settings.setValue(QStringLiteral("live/canvas"), QStringLiteral("1921x1080"));
    CHECK(ui::LiveStudio::optionsFromSettings().landscape.toString() == "1280x720@30");
    settings.remove(QStringLiteral("live/canvas"));
}
