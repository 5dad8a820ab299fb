// The studio speaks Korean (complete) and Simplified Chinese (started), and formats money for the
// locale.
#include "DemoShop.h"
#include "MainWindow.h"
#include "MoneyText.h"
#include "SalesSummary.h"
#include "StudioTestSupport.h"
#include "StudioTranslations.h"
#include "TempDir.h"
#include "TestFramework.h"

#include "db/Database.h"
#include "money/Money.h"

#include <QAction>
#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <filesystem>
#include <fstream>
#include <limits>
#include <memory>

using namespace stallcast;

namespace {

const std::filesystem::path kTranslations =
    std::filesystem::path(STALLCAST_SOURCE_DIR) / "resources" / "translations";

struct TsMessage {
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    QString type;             // "" when finished; "unfinished", "vanished", "obsolete"
    int line = 0;
};

std::vector<TsMessage> readTs(const std::filesystem::path &file)
{
    QFile in(QString::fromStdString(file.string()));
    REQUIRE(in.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&in);
    std::vector<TsMessage> messages;
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name"))
            context = xml.readElementText();
        else if (name == QLatin1String("message"))
            current = TsMessage{context, {}, {}, {}, static_cast<int>(xml.lineNumber())};
        else if (name == QLatin1String("source"))
            current.source = xml.readElementText();
        else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            // Either text or <numerusform> children.
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation"))) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    current.translations << xml.readElementText();
            }
            if (current.translations.isEmpty())
                current.translations << text;
            messages.push_back(current);
        }
    }
    INFO(xml.errorString().toStdString());
    REQUIRE(!xml.hasError());
    return messages;
}

// %1..%9 and %n used by a text, sorted.
QStringList placeholders(const QString &text)
{
    QStringList found;
    static const QRegularExpression re(QStringLiteral("%L?(\\d|n)"));
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    found.removeDuplicates();
    return found;
}

bool hasAccelerator(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("&[^&\\s]"));
    return re.match(text).hasMatch();
}

void checkWellFormed(const TsMessage &m)
{
    INFO(m.context.toStdString() << ": \"" << m.source.toStdString() << "\" (line " << m.line
                                 << ")");
    for (const QString &translation : m.translations) {
        CHECK(!translation.trimmed().isEmpty());
        CHECK(placeholders(translation) == placeholders(m.source));
        CHECK(hasAccelerator(translation) == hasAccelerator(m.source));
    }
}

QString actionText(const QObject &window, const char *name)
{
    const auto *action = window.findChild<QAction *>(QString::fromLatin1(name));
    REQUIRE(action);
    return action->text();
}

} // namespace

TEST_CASE("the Korean translation is complete and well formed", "[ui][look][i18n]")
{
    const auto messages = readTs(kTranslations / "stallcast_ko.ts");
    CHECK(messages.size() >= 100);
    for (const auto &m : messages) {
        INFO(m.context.toStdString() << ": \"" << m.source.toStdString() << "\" (line " << m.line
                                     << ")");
        CHECK(m.type.isEmpty()); // not unfinished, not vanished or obsolete
        checkWellFormed(m);
    }
}

TEST_CASE("the Simplified Chinese translation is started and what it has is well formed",
          "[ui][look][i18n]")
{
    const auto messages = readTs(kTranslations / "stallcast_zh_CN.ts");
    int finished = 0;
    for (const auto &m : messages) {
        if (m.type == QLatin1String("unfinished"))
            continue;
        CHECK(m.type.isEmpty());
        checkWellFormed(m);
        ++finished;
    }
    CHECK(finished >= 20);
}

TEST_CASE("the Korean translation covers every string in the code today", "[ui][look][i18n]")
{
    // lupdate over ui/ and app/ into a copy of the Korean file (the real one is never touched):
    // a tr() string added without a translation shows up as unfinished. After adding text, run
    // scripts/update-translations.sh and translate the new entries.
    test::TempDir dir;
    const auto copy = dir / "stallcast_ko.ts";
    std::filesystem::copy_file(kTranslations / "stallcast_ko.ts", copy);
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(STALLCAST_SOURCE_DIR));
    lupdate.start(QStringLiteral(STALLCAST_LUPDATE),
                  {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                   QStringLiteral("none"), QStringLiteral("-source-language"),
                   QStringLiteral("en"), QStringLiteral("ui"), QStringLiteral("app"),
                   QStringLiteral("-ts"), QString::fromStdString(copy.string())});
    REQUIRE(lupdate.waitForFinished(120000));
    INFO(lupdate.readAllStandardError().toStdString());
    REQUIRE(lupdate.exitStatus() == QProcess::NormalExit);
    REQUIRE(lupdate.exitCode() == 0);
    for (const auto &m : readTs(copy)) {
        INFO(m.context.toStdString() << ": \"" << m.source.toStdString() << "\"");
        CHECK(m.type.isEmpty());
    }
}

TEST_CASE("the studio loads Korean and its actions read in Korean", "[ui][look][i18n]")
{
    test::TempDir dir;
    test::OffscreenStudioApp app(dir / "settings");
    auto database = std::make_shared<db::Database>(dir / "shop.db");
    REQUIRE(ui::seedDemoShopIfEmpty(*database));

    REQUIRE(ui::installTranslations(QLocale(QLocale::Korean, QLocale::SouthKorea)));
    CHECK(QLocale().language() == QLocale::Korean);
    {
        ui::MainWindow window(database);
        CHECK(actionText(window, "refreshAction") == QStringLiteral("새로 고침(&R)"));
        CHECK(actionText(window, "theme-dark") == QStringLiteral("어둡게(&D)"));
        // Languages are always named in their own script.
        CHECK(actionText(window, "language-zh_CN") == QStringLiteral("简体中文"));
    }
    ui::SalesTotals totals;
    totals.orders = 1234;
    totals.paidOrders = 2;
    totals.unitsSold = 1;
    totals.revenue["KRW"] = 96800;
    CHECK(ui::salesSummaryText(totals)
          == QStringLiteral("주문 1,234건 (결제 2건)  ·  1개 판매  ·  매출 96,800 KRW"));
    REQUIRE(ui::installTranslations(QLocale(QLocale::Chinese, QLocale::China)));
    CHECK(QCoreApplication::translate("stallcast::ui::MainWindow", "&Refresh")
          == QStringLiteral("刷新(&R)"));

    // Back to the source language: no translation file, English text.
    CHECK(!ui::installTranslations(QLocale::c()));
    ui::MainWindow english(database);
    CHECK(actionText(english, "refreshAction") == QStringLiteral("&Refresh"));
}

TEST_CASE("View › Language remembers the choice for the next start", "[ui][look][i18n]")
{
    test::TempDir dir;
    test::OffscreenStudioApp app(dir / "settings");
    auto database = std::make_shared<db::Database>(dir / "shop.db");
    ui::saveLanguage(QString());
    CHECK(ui::savedLanguage().isEmpty());
    CHECK(ui::studioLocale() == QLocale::system());

    ui::MainWindow window(database);
    auto *korean = window.findChild<QAction *>(QStringLiteral("language-ko"));
    auto *system = window.findChild<QAction *>(QStringLiteral("language-system"));
    REQUIRE(korean);
    REQUIRE(system);
    CHECK(system->isChecked());
    korean->trigger();
    CHECK(ui::savedLanguage() == QStringLiteral("ko"));
    CHECK(ui::studioLocale().language() == QLocale::Korean);
    CHECK(window.findChild<QWidget *>(QStringLiteral("languageRestartNotice")));
    // Still English until the restart.
    CHECK(actionText(window, "refreshAction") == QStringLiteral("&Refresh"));
    ui::saveLanguage(QString());
}

TEST_CASE("money shows with the locale's separators and the currency's decimals",
          "[ui][look][i18n][money]")
{
    const QLocale german(QLocale::German, QLocale::Germany);
    const QLocale korean(QLocale::Korean, QLocale::SouthKorea);
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QLocale chinese(QLocale::Chinese, QLocale::China);
    CHECK(ui::moneyText(1234550, "EUR", german) == QStringLiteral("12.345,50 EUR"));
    CHECK(ui::moneyText(-305, "EUR", german) == QStringLiteral("-3,05 EUR"));
    CHECK(ui::moneyText(25000, "KRW", korean) == QStringLiteral("25,000 KRW"));
    CHECK(ui::moneyText(25000, "KRW", german) == QStringLiteral("25.000 KRW"));
    CHECK(ui::moneyText(123456, "CNY", chinese) == QStringLiteral("1,234.56 CNY"));
    CHECK(ui::moneyText(1234567, "KWD", english) == QStringLiteral("1,234.567 KWD")); // 3 decimals
    CHECK(ui::moneyText(5, "USD", english) == QStringLiteral("0.05 USD"));
    // The C locale keeps money::formatForDisplay's form; English agrees with it.
    const auto usd = findCurrency("USD");
    REQUIRE(usd);
    for (const std::int64_t minor : {0LL, 5LL, -305LL, 123456789LL}) {
        const auto plain = QString::fromStdString(formatForDisplay(minor, *usd));
        CHECK(ui::moneyText(minor, "USD", QLocale::c()) == plain);
        CHECK(ui::moneyText(minor, "USD", english) == plain);
    }
    CHECK(ui::moneyText(std::numeric_limits<std::int64_t>::min(), "USD", english)
          == QStringLiteral("-92,233,720,368,547,758.08 USD"));
    CHECK(ui::moneyText(700, "XYZ", english) == QStringLiteral("700 XYZ"));
}
