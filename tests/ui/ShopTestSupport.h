#pragma once

#include "MainWindow.h"
#include "SecretStore.h"
#include "StudioTestSupport.h"
#include "TempDir.h"

#include <QByteArray>
#include <QString>

#include <memory>

class QAbstractItemModel;
class QWidget;

namespace stallcast::db {
class Database;
}
namespace stallcast::ui {
class CatalogTableModel;
class ShopSide;
} // namespace stallcast::ui

namespace stallcast::test {

// The studio window on a fresh demo shop, on Qt's offscreen platform, its secrets in a
// MemorySecretStore and its settings in the temporary folder. The shelf has loaded when the
// constructor returns.
struct DemoStudio {
    DemoStudio();
    ~DemoStudio();

    ui::ShopSide &shop() const;

    TempDir dir;
    OffscreenStudioApp app{dir / "settings"};
    std::shared_ptr<db::Database> database;
    std::shared_ptr<ui::MemorySecretStore> secrets = std::make_shared<ui::MemorySecretStore>();
    std::unique_ptr<ui::MainWindow> window;
};

QString cell(const QAbstractItemModel &model, int row, int column);
// The shelf's Available cell of a SKU ("38", "sold out").
QString availableOf(const ui::CatalogTableModel &model, const QString &sku);
// Clicks the push button named `name` inside `parent`.
void clickButton(QWidget *parent, const char *name);
// The settings file as written on disk (after QSettings::sync).
QByteArray settingsFileBytes();

} // namespace stallcast::test
