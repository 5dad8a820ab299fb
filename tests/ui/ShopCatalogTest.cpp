#include "CatalogEditor.h"
#include "CatalogTableModel.h"
#include "MainWindow.h"
#include "ProductForm.h"
#include "ShopSide.h"
#include "ShopTestSupport.h"
#include "TestFramework.h"

#include "inventory/Catalog.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <fstream>
#include <memory>

using namespace stallcast;

namespace {

void writeFile(const std::filesystem::path &file, const std::string &text)
{
    std::ofstream(file, std::ios::binary) << text;
}

// Answers the next file dialog with `file`, as the merchant would: types its name into the
// dialog (which opens in the file's folder: the studio remembers the last folder) and presses
// Open. Looks every 20 ms; after 10 s, or if the dialog complains, it closes whatever modal
// window is up so the test fails instead of hanging.
void answerFileDialog(const QString &file)
{
    QSettings().setValue(QStringLiteral("files/lastFolder"), QFileInfo(file).absolutePath());
    auto *timer = new QTimer(QCoreApplication::instance());
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, tries, file] {
        QWidget *modal = QApplication::activeModalWidget();
        auto *dialog = qobject_cast<QFileDialog *>(modal);
        if (dialog && !dialog->property("answered").toBool()) {
            dialog->setProperty("answered", true);
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            if (name)
                name->setText(QFileInfo(file).fileName());
            static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept, as Open does
            return;
        }
        if (!modal && *tries > 0) { // answered and gone
            timer->stop();
            timer->deleteLater();
            return;
        }
        if (++*tries > 500 || (modal && !dialog)) {
            if (auto *stuck = qobject_cast<QDialog *>(modal))
                stuck->reject();
            if (auto *fileDialog = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
                fileDialog->reject();
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start(20);
}

using test::clickButton;

} // namespace

TEST_CASE("shop: a catalogue CSV with an error lists its line and field and imports nothing", "[ui][shop][catalog]")
{
    test::DemoStudio studio;
    const auto &dir = studio.dir;
    const auto &database = studio.database;
    ui::MainWindow &window = *studio.window;
    const auto before = inventory::Catalog(*database).list();

    // Line 2 is a good new product, line 4 has a price that is not a number.
    writeFile(dir / "bad.csv", "sku,name,price,currency,stock\n"
                               "NEW-KIMCHI-1KG,김치 Kimchi,15000,KRW,10\n"
                               "JEJU-TANGERINE-3KG,제주 감귤 Jeju tangerines,25000,KRW,99\n"
                               "BAD-ROW,Broken,twelve,KRW,3\n");
    ui::CatalogEditor *editor = window.shop().openCatalogue();
    REQUIRE(editor->isVisible());
    answerFileDialog(QString::fromStdString((dir / "bad.csv").string()));
    clickButton(editor, "importCsv");

    QTreeWidget *problems = editor->problemList();
    REQUIRE(test::waitUntil([&] { return problems->topLevelItemCount() == 1; }));
    CHECK(problems->isVisible());
    const QTreeWidgetItem *problem = problems->topLevelItem(0);
    CHECK(problem->text(0) == QStringLiteral("bad.csv"));
    CHECK(problem->text(1) == QStringLiteral("4"));
    CHECK(problem->text(2) == QStringLiteral("price"));
    CHECK(problem->text(3) == QStringLiteral("\"twelve\" is not a number"));
    CHECK(editor->statusText().startsWith(QStringLiteral("Nothing was imported from bad.csv")));
    // All or nothing: neither the new product nor the stock change of line 3 went in.
    CHECK_FALSE(inventory::Catalog(*database).findBySku("NEW-KIMCHI-1KG"));
    const auto after = inventory::Catalog(*database).list();
    REQUIRE(after.size() == before.size());
    CHECK(inventory::Catalog(*database).findBySku("JEJU-TANGERINE-3KG")->onHand == 40);

    // Fixed, the same file imports and the problem list clears.
    writeFile(dir / "bad.csv", "sku,name,price,currency,stock\n"
                               "NEW-KIMCHI-1KG,김치 Kimchi,15000,KRW,10\n");
    answerFileDialog(QString::fromStdString((dir / "bad.csv").string()));
    clickButton(editor, "importCsv");
    REQUIRE(test::waitUntil([&] { return editor->statusText().startsWith(QStringLiteral("Imported bad.csv: 1 new")); }));
    CHECK(problems->topLevelItemCount() == 0);
    CHECK_FALSE(problems->isVisible());
    REQUIRE(test::waitUntil([&] { return window.catalogModel().rowOfSku(QStringLiteral("NEW-KIMCHI-1KG")) >= 0; }));
}

TEST_CASE("shop: the catalogue editor adds a product with a photo, refuses a bad field, shows its stock history and archives it", "[ui][shop][catalog]")
{
    test::DemoStudio studio;
    const auto &dir = studio.dir;
    const auto &database = studio.database;
    ui::MainWindow &window = *studio.window;
    ui::CatalogEditor *editor = window.shop().openCatalogue();
    ui::ProductForm *form = editor->form();

    clickButton(editor, "newProduct");
    QTest::keyClicks(form->field("sku"), QStringLiteral("BOSEONG-TEA-100G"));
    QTest::keyClicks(form->field("code"), QStringLiteral("C1"));
    form->field("name")->setText(QStringLiteral("보성 녹차 Boseong green tea")); // QTest types ASCII only
    QTest::keyClicks(form->field("currency"), QStringLiteral("krw"));
    QTest::keyClicks(form->field("price"), QStringLiteral("12.5")); // KRW has no decimals
    form->stockSpin()->setValue(30);
    clickButton(editor, "saveProduct");
    CHECK(form->field("price")->styleSheet().contains(QStringLiteral("#b01c1c")));
    CHECK(form->findChild<QLabel *>(QStringLiteral("productError"))->text().startsWith(QStringLiteral("price:")));
    CHECK_FALSE(inventory::Catalog(*database).findBySku("BOSEONG-TEA-100G"));

    form->field("price")->clear();
    QTest::keyClicks(form->field("price"), QStringLiteral("12,000"));
    // A photo: copied into the shop's folder.
    QImage photo(64, 48, QImage::Format_RGB32);
    photo.fill(Qt::darkGreen);
    const QString photoFile = QString::fromStdString((dir / "tea.png").string());
    REQUIRE(photo.save(photoFile));
    answerFileDialog(photoFile);
    clickButton(form, "choosePhotoButton");
    REQUIRE(test::waitUntil([&] { return editor->statusText().startsWith(QStringLiteral("Photo copied")); }));
    clickButton(editor, "saveProduct");
    REQUIRE(test::waitUntil([&] { return inventory::Catalog(*database).findBySku("BOSEONG-TEA-100G").has_value(); }));
    const auto saved = *inventory::Catalog(*database).findBySku("BOSEONG-TEA-100G");
    CHECK(saved.name == "보성 녹차 Boseong green tea");
    CHECK(saved.currency == "KRW");
    CHECK(saved.price == 12000);
    CHECK(saved.onHand == 30);
    REQUIRE(saved.image.rfind("photos/BOSEONG-TEA-100G-", 0) == 0);
    CHECK(std::filesystem::exists(dir / saved.image));
    CHECK(QImage(QString::fromStdString((dir / saved.image).string())).size() == QSize(64, 48));

    // The shelf shows it with its thumbnail, loaded off the UI thread.
    const auto &shelf = window.catalogModel();
    REQUIRE(test::waitUntil([&] { return shelf.rowOfSku(QStringLiteral("BOSEONG-TEA-100G")) >= 0; }));
    const int row = shelf.rowOfSku(QStringLiteral("BOSEONG-TEA-100G"));
    REQUIRE(test::waitUntil([&] {
        return !shelf.data(shelf.index(row, ui::CatalogTableModel::Name), Qt::DecorationRole)
                    .value<QPixmap>()
                    .isNull();
    }));

    // Stock history from the ledger: the first stock, then a correction.
    REQUIRE(test::waitUntil([&] { return form->original().has_value() && form->original()->sku == "BOSEONG-TEA-100G"; }));
    form->stockSpin()->setValue(27);
    clickButton(editor, "saveProduct");
    QTableWidget *history = editor->historyTable();
    REQUIRE(test::waitUntil([&] { return history->rowCount() == 2; }));
    CHECK(history->item(0, 1)->text() == QStringLiteral("adjustment"));
    CHECK(history->item(0, 2)->text() == QStringLiteral("-3"));
    CHECK(history->item(1, 2)->text() == QStringLiteral("+30"));

    clickButton(editor, "archiveProduct");
    REQUIRE(test::waitUntil([&] { return !inventory::Catalog(*database).findBySku("BOSEONG-TEA-100G")->active; }));
    REQUIRE(test::waitUntil([&] { return editor->findChild<QPushButton *>(QStringLiteral("restoreProduct"))->isEnabled(); }));
    clickButton(editor, "restoreProduct");
    REQUIRE(test::waitUntil([&] { return inventory::Catalog(*database).findBySku("BOSEONG-TEA-100G")->active; }));
}
