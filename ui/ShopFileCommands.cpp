#include "ShopFileCommands.h"

#include "BackgroundTask.h"
#include "PathText.h"
#include "db/Database.h"
#include "inventory/CatalogCsv.h"
#include "inventory/Catalog.h"
#include "io/AtomicFile.h"
#include "orders/OrderBook.h"
#include "reports/Reports.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QWidget>

namespace stallcast::ui {

namespace {

const QString kFolderKey = QStringLiteral("files/lastFolder");
const QString kCsvFilter = QStringLiteral("CSV files (*.csv);;All files (*)");

QString importedText(const QString &file, const inventory::ImportSummary &s)
{
    return ShopFileCommands::tr("Imported %1: %2 new, %3 updated, %4 unchanged")
        .arg(QFileInfo(file).fileName(), QString::number(s.created), QString::number(s.updated),
             QString::number(s.unchanged));
}

QString exportedText(const QString &what, std::size_t rows, const std::filesystem::path &file)
{
    return ShopFileCommands::tr("%1: %2 rows written to %3")
        .arg(what, QString::number(rows), toQString(file));
}

} // namespace

ShopFileCommands::ShopFileCommands(std::shared_ptr<db::Database> database, QWidget *window)
    : QObject(window), m_database(std::move(database)), m_window(window),
      m_importCatalog(new QAction(tr("&Import catalogue CSV…"), this)),
      m_exportCatalog(new QAction(tr("&Export catalogue CSV…"), this)),
      m_exportSales(new QAction(tr("Export &sales report CSV…"), this)),
      m_exportPacking(new QAction(tr("Export &packing list CSV…"), this))
{
    m_importCatalog->setShortcut(QKeySequence::Open);
    m_importCatalog->setStatusTip(
        tr("Add or update products from a CSV file (all rows or none are imported)"));
    m_exportCatalog->setStatusTip(tr("Write every product to a CSV file"));
    m_exportSales->setStatusTip(tr("Units and revenue per product over paid orders"));
    m_exportPacking->setStatusTip(tr("What to pack for each buyer: paid orders not yet fulfilled"));

    connect(m_importCatalog, &QAction::triggered, this, &ShopFileCommands::importCatalog);
    connect(m_exportCatalog, &QAction::triggered, this, [this] {
        exportFile(m_exportCatalog, tr("Export catalogue"), QStringLiteral("catalog.csv"),
                   [](db::Database &database, const std::filesystem::path &file) {
                       const auto products = inventory::Catalog(database).list(true);
                       io::writeFileAtomically(file, inventory::catalogToCsv(products));
                       return exportedText(tr("Catalogue"), products.size(), file);
                   });
    });
    connect(m_exportSales, &QAction::triggered, this, [this] {
        exportFile(m_exportSales, tr("Export sales report"), QStringLiteral("sales-report.csv"),
                   [](db::Database &database, const std::filesystem::path &file) {
                       const auto rows = reports::salesByProduct(orders::OrderBook(database).list());
                       io::writeFileAtomically(file, reports::salesCsv(rows));
                       return exportedText(tr("Sales report"), rows.size(), file);
                   });
    });
    connect(m_exportPacking, &QAction::triggered, this, [this] {
        exportFile(m_exportPacking, tr("Export packing list"), QStringLiteral("packing-list.csv"),
                   [](db::Database &database, const std::filesystem::path &file) {
                       const auto rows = reports::packingList(orders::OrderBook(database).list());
                       io::writeFileAtomically(file, reports::packingCsv(rows));
                       return exportedText(tr("Packing list"), rows.size(), file);
                   });
    });
}

void ShopFileCommands::importCatalog()
{
    const QString file = QFileDialog::getOpenFileName(m_window, tr("Import catalogue CSV"),
                                                      startFolder(), kCsvFilter);
    if (file.isEmpty())
        return;
    rememberFolder(file);
    m_importCatalog->setEnabled(false);
    emit statusMessage(tr("Importing %1…").arg(QFileInfo(file).fileName()));
    runInBackground(
        this,
        [database = m_database, path = toFsPath(file)] {
            return inventory::importCatalogCsv(*database, path);
        },
        [this, file](const TaskResult<inventory::ImportSummary> &result) {
            m_importCatalog->setEnabled(true);
            if (!result.ok()) {
                emit statusMessage(tr("Import failed: nothing was imported"));
                showError(tr("Import failed"),
                          tr("Nothing was imported: the file has a problem.\n\n%1")
                              .arg(result.error));
                return;
            }
            emit statusMessage(importedText(file, *result.value));
            emit shopChanged();
        });
}

void ShopFileCommands::exportFile(QAction *action, const QString &title,
                                  const QString &defaultName, ExportWork work)
{
    const QString file = QFileDialog::getSaveFileName(
        m_window, title, QDir(startFolder()).filePath(defaultName), kCsvFilter);
    if (file.isEmpty())
        return;
    rememberFolder(file);
    action->setEnabled(false);
    runInBackground(
        this,
        [database = m_database, path = toFsPath(file), work = std::move(work)] {
            return work(*database, path);
        },
        [this, action, title](const TaskResult<QString> &result) {
            action->setEnabled(true);
            if (!result.ok()) {
                emit statusMessage(tr("%1 failed").arg(title));
                showError(tr("%1 failed").arg(title), result.error);
                return;
            }
            emit statusMessage(*result.value);
        });
}

QString ShopFileCommands::startFolder() const
{
    const QString remembered = QSettings().value(kFolderKey).toString();
    if (!remembered.isEmpty())
        return remembered;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void ShopFileCommands::rememberFolder(const QString &file) const
{
    QSettings().setValue(kFolderKey, QFileInfo(file).absolutePath());
}

void ShopFileCommands::showError(const QString &title, const QString &message) const
{
    QMessageBox::warning(m_window, title, message);
}

} // namespace stallcast::ui
