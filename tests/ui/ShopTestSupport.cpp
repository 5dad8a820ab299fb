#include "ShopTestSupport.h"

#include "CatalogTableModel.h"
#include "DemoShop.h"
#include "ShopSide.h"
#include "TestFramework.h"

#include "db/Database.h"

#include <QFile>
#include <QPushButton>
#include <QSettings>
#include <QTest>

namespace stallcast::test {

DemoStudio::DemoStudio() : database(std::make_shared<db::Database>(dir / "shop.db"))
{
    REQUIRE(ui::seedDemoShopIfEmpty(*database));
    window = std::make_unique<ui::MainWindow>(database, secrets);
    window->show();
    REQUIRE(waitUntil([&] { return window->catalogModel().rowCount() >= 9; }));
}

DemoStudio::~DemoStudio() = default;

ui::ShopSide &DemoStudio::shop() const
{
    return window->shop();
}

QString cell(const QAbstractItemModel &model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

QString availableOf(const ui::CatalogTableModel &model, const QString &sku)
{
    return cell(model, model.rowOfSku(sku), ui::CatalogTableModel::Available);
}

void clickButton(QWidget *parent, const char *name)
{
    auto *button = parent->findChild<QPushButton *>(QString::fromLatin1(name));
    REQUIRE(button);
    QTest::mouseClick(button, Qt::LeftButton);
}

QByteArray settingsFileBytes()
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace stallcast::test
