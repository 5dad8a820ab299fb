// The destinations manager: presets, checks, the URL an output opens, and where the stream key
// goes (the SecretStore, never the settings file); the keychain falling back to memory when no
// keychain service answers (no D-Bus session here, as in CI).
#include "Destination.h"
#include "DestinationsDialog.h"
#include "KeychainSecretStore.h"
#include "LiveStudio.h"
#include "StudioTestSupport.h"
#include "TempDir.h"
#include "TestFramework.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace stallcast;

namespace {
// No session bus, as in CI, for every test of this executable (set before any Qt object):
// the keychain must be missing, and a developer's real keyring must never be written to.
const bool g_noSessionBus = qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
} // namespace

TEST_CASE("live destinations: URLs, presets and what a server may not contain", "[ui][live]")
{
    ui::Destination d;
    d.name = QStringLiteral("YouTube");
    d.server = QStringLiteral("rtmp://a.rtmp.youtube.com/live2/");
    CHECK(ui::destinationUrl(d, QStringLiteral("abcd-efgh")) == "rtmp://a.rtmp.youtube.com/live2/abcd-efgh");
    CHECK(ui::destinationProblem(d).isEmpty());
    d.server = QStringLiteral("srt://ingest.example:9000?latency=200");
    CHECK(ui::destinationUrl(d, QStringLiteral("k y")) == "srt://ingest.example:9000?latency=200&streamid=k%20y");
    d.server = QStringLiteral("srt://ingest.example:9000");
    CHECK(ui::destinationUrl(d, QStringLiteral("key")) == "srt://ingest.example:9000?streamid=key");
    CHECK(ui::destinationUrl(d, QString()) == d.server);

    d.server = QStringLiteral("rtmp://a.rtmp.youtube.com/live2/secretkey");
    CHECK(ui::destinationProblem(d).contains(QStringLiteral("stream key")));
    d.server = QStringLiteral("srt://host:9000?streamid=abc");
    CHECK(!ui::destinationProblem(d).isEmpty());
    d.server = QStringLiteral("http://example.com/live");
    CHECK(ui::destinationProblem(d).contains(QStringLiteral("rtmp://")));
    d.server = QStringLiteral("rtmps://live-api-s.facebook.com:443/rtmp");
    d.name.clear();
    CHECK(ui::destinationProblem(d).contains(QStringLiteral("name")));

    QStringList ids;
    for (const auto &preset : ui::destinationPresets())
        ids.append(preset.id);
    CHECK(ids == QStringList{"youtube", "facebook", "twitch", "tiktok", "naver", "custom"});
    CHECK(ui::destinationPreset(QStringLiteral("facebook")).server.startsWith(QStringLiteral("rtmps://")));
    CHECK(ui::destinationPreset(QStringLiteral("tiktok")).canvas == studio::CanvasRole::Vertical);
    for (const auto &preset : ui::destinationPresets()) {
        if (preset.server.isEmpty())
            continue;
        ui::Destination p;
        p.name = preset.label;
        p.server = preset.server;
        INFO(preset.id.toStdString());
        CHECK(ui::destinationProblem(p).isEmpty());
    }
}

TEST_CASE("live destinations: a destination added in the dialog keeps its key out of QSettings",
          "[ui][live]")
{
    test::TempDir dir;
    test::OffscreenStudioApp app(dir / "settings");
    auto secrets = std::make_shared<ui::MemorySecretStore>();
    ui::LiveStudio studio(studio::LiveSessionOptions{}, secrets);
    ui::DestinationsDialog dialog(studio.destinations(), secrets, false);
    QObject::connect(&dialog, &ui::DestinationsDialog::destinationsSaved, &studio,
                     &ui::LiveStudio::setDestinations);
    dialog.show();

    dialog.addButton().click();
    auto &preset = dialog.presetChoice();
    preset.setCurrentIndex(preset.findData(QStringLiteral("twitch")));
    emit preset.activated(preset.currentIndex());
    CHECK(dialog.serverField().text() == QStringLiteral("rtmp://live.twitch.tv/app"));
    CHECK(dialog.nameField().text() == QStringLiteral("Twitch"));
    CHECK(dialog.keyField().echoMode() == QLineEdit::Password);
    QTest::keyClicks(&dialog.nameField(), QStringLiteral(" evening market"));
    QTest::keyClicks(&dialog.keyField(), QStringLiteral("live_123456_SuperSecretKey"));

    // A second one with a key pasted into the server: refused with the reason, nothing saved.
    dialog.addButton().click();
    preset.setCurrentIndex(preset.findData(QStringLiteral("custom")));
    emit preset.activated(preset.currentIndex());
    QTest::keyClicks(&dialog.nameField(), QStringLiteral("Mine"));
    QTest::keyClicks(&dialog.serverField(), QStringLiteral("rtmp://example.net/app/pastedkey"));
    QSignalSpy saved(&dialog, &ui::DestinationsDialog::destinationsSaved);
    dialog.accept();
    CHECK(dialog.isVisible());
    CHECK(saved.isEmpty());
    CHECK(dialog.problemLabel().text().contains(QStringLiteral("stream key")));
    dialog.serverField().clear();
    QTest::keyClicks(&dialog.serverField(), QStringLiteral("rtmp://example.net/app"));
    dialog.accept();
    REQUIRE(saved.count() == 1);
    CHECK(!dialog.isVisible());

    const auto destinations = studio.destinations();
    REQUIRE(destinations.size() == 2);
    CHECK(destinations[0].name == QStringLiteral("Twitch evening market"));
    CHECK(destinations[0].preset == QStringLiteral("twitch"));
    const auto key = destinations[0].secretKey();
    REQUIRE(test::waitUntil([&] { return secrets->peek(key).has_value(); }));
    CHECK(*secrets->peek(key) == QByteArray("live_123456_SuperSecretKey"));
    CHECK(!secrets->peek(destinations[1].secretKey())); // no key typed for it

    QSettings settings;
    settings.sync();
    const QString file = settings.fileName();
    INFO(file.toStdString());
    QFile stored(file);
    REQUIRE(stored.open(QIODevice::ReadOnly));
    const QByteArray bytes = stored.readAll();
    CHECK(bytes.contains("Twitch evening market"));
    CHECK(bytes.contains("rtmp://live.twitch.tv/app"));
    CHECK(!bytes.contains("SuperSecretKey"));
    CHECK(!bytes.contains("live_123456"));

    // Reopened: the key is not read back into the dialog; removing forgets it.
    ui::DestinationsDialog again(studio.destinations(), secrets, false);
    again.show();
    CHECK(again.keyField().text().isEmpty());
    CHECK(again.keyField().placeholderText().contains(QStringLiteral("memory")));
    QList<QPushButton *> buttons = again.findChildren<QPushButton *>();
    QPushButton *remove = nullptr;
    for (auto *b : buttons)
        if (b->text() == QStringLiteral("Remove"))
            remove = b;
    REQUIRE(remove);
    remove->click(); // the first row: the Twitch one
    QObject::connect(&again, &ui::DestinationsDialog::destinationsSaved, &studio,
                     &ui::LiveStudio::setDestinations);
    again.accept();
    REQUIRE(test::waitUntil([&] { return !secrets->peek(key).has_value(); }));
    CHECK(studio.destinations().size() == 1);
}

TEST_CASE("live destinations: without a keychain service the keys stay in memory, with a warning",
          "[ui][live]")
{
    test::TempDir dir;
    test::OffscreenStudioApp app(dir / "settings");
    // The test's environment has no session bus (DBUS_SESSION_BUS_ADDRESS points nowhere).
    QString reason;
    ui::KeychainOrMemorySecretStore store([&](const QString &why) { reason = why; });
    bool written = false;
    QString writeError = QStringLiteral("not called");
    store.write(QStringLiteral("destination/x"), "k3y", [&](const QString &error) {
        written = true;
        writeError = error;
    });
    REQUIRE(test::waitUntil([&] { return written; }, std::chrono::seconds(30)));
    CHECK(writeError.isEmpty());
    CHECK(store.usingMemory());
    CHECK(!reason.isEmpty());
    CHECK(store.backendName().contains(QStringLiteral("memory")));
    std::optional<QByteArray> read;
    bool done = false;
    store.read(QStringLiteral("destination/x"), [&](const std::optional<QByteArray> &secret, const QString &) {
        read = secret;
        done = true;
    });
    REQUIRE(test::waitUntil([&] { return done; }));
    REQUIRE(read);
    CHECK(*read == QByteArray("k3y"));
}
