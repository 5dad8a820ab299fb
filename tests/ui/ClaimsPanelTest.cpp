#include "ClaimsPanel.h"
#include "ClaimsTableModel.h"
#include "DemoShop.h"
#include "MainWindow.h"
#include "StudioTestSupport.h"
#include "TempDir.h"
#include "TestFramework.h"

#include "claims/ClaimDesk.h"
#include "db/Database.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace stallcast;

namespace {

QString cell(const QAbstractItemModel &model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

} // namespace

TEST_CASE("the claims panel takes a typed claim and shows every chat's claims", "[ui][claims]")
{
    test::TempDir dir;
    test::OffscreenStudioApp app(dir / "settings");
    auto database = std::make_shared<db::Database>(dir / "shop.db");
    REQUIRE(ui::seedDemoShopIfEmpty(*database));
    ui::MainWindow window(database);
    window.show();

    auto *entry = window.findChild<QLineEdit *>(QStringLiteral("claimEntry"));
    auto *feedback = window.findChild<QLabel *>(QStringLiteral("claimFeedback"));
    REQUIRE(entry);
    REQUIRE(feedback);

    // The assistant types a phone order's claim and presses Enter.
    QTest::keyClicks(entry, QStringLiteral("@grandma_park A1 2"));
    QTest::keyClick(entry, Qt::Key_Return);
    CHECK(entry->text().isEmpty());
    const auto &model = window.claimsPanel().model();
    REQUIRE(test::waitUntil([&] { return model.rowCount() == 1; }));
    CHECK(cell(model, 0, ui::ClaimsTableModel::Buyer) == QStringLiteral("grandma_park"));
    CHECK(cell(model, 0, ui::ClaimsTableModel::Claim) == QStringLiteral("A1 × 2"));
    CHECK(cell(model, 0, ui::ClaimsTableModel::Outcome) == QStringLiteral("held"));
    CHECK(cell(model, 0, ui::ClaimsTableModel::Source) == QStringLiteral("manual"));
    CHECK(feedback->text().contains(QStringLiteral("grandma_park holds A1 × 2")));

    // Not a claim: said so, nothing written, the text stays for fixing.
    QTest::keyClicks(entry, QStringLiteral("A1 2"));
    QTest::keyClick(entry, Qt::Key_Return);
    CHECK(feedback->text().contains(QStringLiteral("is not a claim")));
    CHECK(entry->text() == QStringLiteral("A1 2"));
    entry->clear();

    // A claim from a chat (another source, same desk rules) appears by itself.
    claims::ClaimDesk chat(*database);
    claims::Comment comment;
    comment.source = "twitch";
    comment.id = "m-1";
    comment.handle = "minji";
    comment.text = "구매 A2 3개"; // A2 is limited to 2 per buyer in the demo shop
    chat.submit(comment)->get();
    window.refresh();
    REQUIRE(test::waitUntil([&] { return model.rowCount() == 2; }));
    CHECK(cell(model, 1, ui::ClaimsTableModel::Outcome) == QStringLiteral("refused"));

    // The mode switch reaches the desk.
    auto *mode = window.findChild<QComboBox *>(QStringLiteral("claimMode"));
    REQUIRE(mode);
    mode->setCurrentIndex(1);
    QTest::keyClicks(entry, QStringLiteral("@jisoo A1"));
    QTest::keyClick(entry, Qt::Key_Return);
    REQUIRE(test::waitUntil([&] { return model.rowCount() == 3; }));
    CHECK(cell(model, 2, ui::ClaimsTableModel::Outcome) == QStringLiteral("interest"));
}
