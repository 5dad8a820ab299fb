#include "CatalogTableModel.h"
#include "MainWindow.h"
#include "ShelfPanel.h"
#include "ShopSide.h"
#include "ShopTestSupport.h"
#include "TestFramework.h"

#include "inventory/Catalog.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace stallcast;

namespace {

// Clicks the shelf row showing `code`, as the merchant would.
void clickRow(ui::ShelfPanel &shelf, const QString &code)
{
    QTableView *table = shelf.table();
    auto *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const auto index = model->index(row, ui::CatalogTableModel::Code);
        if (model->data(index).toString() != code)
            continue;
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(index).center());
        return;
    }
    FAIL("no shelf row shows " << code.toStdString());
}

} // namespace

TEST_CASE("shop: the Feature button and the number keys ask to feature the right product", "[ui][shop]")
{
    test::DemoStudio studio;
    ui::MainWindow &window = *studio.window;
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));

    ui::ShelfPanel &shelf = *studio.shop().shelf();
    QSignalSpy featured(&studio.shop(), &ui::ShopSide::featureRequested);
    auto *feature = shelf.findChild<QPushButton *>(QStringLiteral("featureButton"));
    REQUIRE(feature);
    CHECK_FALSE(feature->isEnabled()); // nothing selected yet

    clickRow(shelf, QStringLiteral("A4"));
    REQUIRE(feature->isEnabled());
    QTest::mouseClick(feature, Qt::LeftButton);
    REQUIRE(featured.count() == 1);
    CHECK(featured.at(0).at(0).toString() == QStringLiteral("NAJU-PEAR-7KG"));
    CHECK(shelf.featuredText() == QStringLiteral("On stream: A4 나주 배 Naju pears"));
    const int pearRow = shelf.model().rowOfSku(QStringLiteral("NAJU-PEAR-7KG"));
    CHECK(shelf.model().data(shelf.model().index(pearRow, 0), Qt::FontRole).value<QFont>().bold());

    // Key 2: the second product on the shelf, whatever is selected.
    QTest::keyClick(&window, Qt::Key_2);
    REQUIRE(featured.count() == 2);
    CHECK(featured.at(1).at(0).toString() == QStringLiteral("JEJU-HALLABONG-2KG"));
    CHECK(shelf.featuredText().startsWith(QStringLiteral("On stream: A2 ")));
    // Key 9: the ninth.
    QTest::keyClick(&window, Qt::Key_9);
    REQUIRE(featured.count() == 3);
    CHECK(featured.at(2).at(0).toString() == QStringLiteral("ICHEON-RICE-10KG"));

    // A text field with focus keeps its digits: typing a claim does not feature anything.
    auto *claimEntry = window.findChild<QLineEdit *>(QStringLiteral("claimEntry"));
    REQUIRE(claimEntry);
    claimEntry->setFocus();
    QTest::keyClick(claimEntry, Qt::Key_5);
    CHECK(claimEntry->text() == QStringLiteral("5"));
    CHECK(featured.count() == 3);
    claimEntry->clear();
    shelf.table()->setFocus();

    // Sorted by price, key 1 is the cheapest product.
    shelf.table()->sortByColumn(ui::CatalogTableModel::Price, Qt::AscendingOrder);
    QTest::keyClick(&window, Qt::Key_1);
    REQUIRE(featured.count() == 4);
    CHECK(featured.at(3).at(0).toString() == QStringLiteral("GOHEUNG-YUZU-1KG"));
}

TEST_CASE("shop: quick stock buttons go through the ledger and the shelf follows", "[ui][shop]")
{
    test::DemoStudio studio;
    ui::ShelfPanel &shelf = *studio.shop().shelf();
    const QString sku = QStringLiteral("SANGJU-GOTGAM-20");
    REQUIRE(test::availableOf(shelf.model(), sku) == QStringLiteral("20"));
    clickRow(shelf, QStringLiteral("A7"));
    auto *plus = shelf.findChild<QPushButton *>(QStringLiteral("stockPlusButton"));
    auto *minus = shelf.findChild<QPushButton *>(QStringLiteral("stockMinusButton"));
    REQUIRE(plus);
    REQUIRE(minus);
    QTest::mouseClick(plus, Qt::LeftButton);
    REQUIRE(test::waitUntil([&] { return test::availableOf(shelf.model(), sku) == QStringLiteral("21"); }));
    REQUIRE(test::waitUntil([&] { return minus->isEnabled(); }));
    QTest::mouseClick(minus, Qt::LeftButton);
    REQUIRE(test::waitUntil([&] { return test::availableOf(shelf.model(), sku) == QStringLiteral("20"); }));

    const auto history = inventory::Catalog(*studio.database).history(sku.toStdString());
    REQUIRE(history.size() >= 3); // import, +1, -1
    CHECK(history[history.size() - 2].onHandDelta == 1);
    CHECK(history.back().onHandDelta == -1);
    CHECK(history.back().reason == inventory::StockReason::Adjustment);
    CHECK(history.back().actor == "studio");
}

TEST_CASE("shop: the flash sale dialog refuses a bad price and emits the sale as plain data", "[ui][shop]")
{
    test::DemoStudio studio;
    ui::ShelfPanel &shelf = *studio.shop().shelf();
    clickRow(shelf, QStringLiteral("A4")); // Naju pears, 55,000 KRW
    QSignalSpy started(&shelf, &ui::ShelfPanel::flashSaleRequested);
    QSignalSpy stopped(&shelf, &ui::ShelfPanel::flashSaleStopRequested);

    bool sawRefusal = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = shelf.findChild<QDialog *>(QStringLiteral("flashSaleDialog"));
        if (!dialog)
            return; // the spy count below fails the test
        auto *price = dialog->findChild<QLineEdit *>(QStringLiteral("salePrice"));
        auto *problem = dialog->findChild<QLabel *>(QStringLiteral("flashSaleProblem"));
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTest::keyClicks(price, QStringLiteral("60000")); // above the list price
        sawRefusal = !ok->isEnabled() && problem->text().startsWith(QStringLiteral("Sale price:"));
        price->clear();
        QTest::keyClicks(price, QStringLiteral("49,000"));
        auto spins = dialog->findChildren<QSpinBox *>();
        if (spins.size() != 3 || !ok->isEnabled()) {
            dialog->reject(); // the spy count below fails the test
            return;
        }
        spins[0]->setValue(15); // minutes
        spins[1]->setValue(5);  // units
        spins[2]->setValue(1);  // per buyer
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    test::clickButton(&shelf, "flashSaleButton");
    CHECK(sawRefusal);
    REQUIRE(started.count() == 1);
    const auto args = started.at(0);
    CHECK(args.at(0).toString() == QStringLiteral("NAJU-PEAR-7KG"));
    CHECK(args.at(1).toLongLong() == 49000);
    CHECK(args.at(2).toString() == QStringLiteral("KRW"));
    CHECK(args.at(3).toInt() == 15);
    CHECK(args.at(4).toInt() == 5);
    CHECK(args.at(5).toInt() == 1);

    test::clickButton(&shelf, "stopSaleButton");
    REQUIRE(stopped.count() == 1);
    CHECK(stopped.at(0).at(0).toString() == QStringLiteral("NAJU-PEAR-7KG"));
}
