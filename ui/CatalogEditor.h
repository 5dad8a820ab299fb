#pragma once

#include "ImportProblem.h"
#include "inventory/Product.h"
#include "inventory/StockLedger.h"

#include <QDialog>

#include <memory>
#include <optional>
#include <vector>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;
class QTreeWidget;

namespace stallcast::db {
class Database;
}

namespace stallcast::ui {

class CatalogTableModel;
class ProductForm;
class ProductPhotos;

// Shop › Catalogue: add, edit, archive and restore products (photos are copied into the shop's
// folder), import and export the catalogue CSV — an import is all or nothing, and its problem is
// listed by file, line and field — and each product's stock history from the ledger. Every read
// and write runs on the thread pool.
class CatalogEditor final : public QDialog {
    Q_OBJECT
public:
    CatalogEditor(std::shared_ptr<db::Database> database, ProductPhotos *photos,
                  QWidget *parent = nullptr);

    ProductForm *form() const { return m_form; }
    QTreeWidget *problemList() const { return m_problems; }
    QTableWidget *historyTable() const { return m_history; }
    QString statusText() const;
    const CatalogTableModel &model() const { return *m_model; }
    bool busy() const { return m_busy > 0; }

public slots:
    void setProducts(const std::vector<stallcast::inventory::Product> &products);
    void selectSku(const QString &sku);
    void newProduct();
    void saveProduct();
    void setSelectedActive(bool active);
    // Imports a CSV file (all rows or none); the problem, if any, goes to problemList().
    void importCsvFile(const QString &file);
    void exportCsvFile(const QString &file);
    // Copies an image into <shop folder>/photos and puts it on the form.
    void usePhoto(const QString &file);

signals:
    // The catalogue changed here: reload the shop.
    void shopChanged();

private:
    void chooseImport();
    void chooseExport();
    void choosePhoto();
    void selectionChanged();
    void loadHistory(const std::string &sku);
    void showHistory(const std::vector<inventory::StockMovement> &movements);
    void showProblem(const ImportProblem &problem);
    void setStatus(const QString &text, bool error = false);
    void started();
    void finished();
    QString startFolder() const;

    std::shared_ptr<db::Database> m_database;
    ProductPhotos *m_photos;
    CatalogTableModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_list;
    ProductForm *m_form;
    QTableWidget *m_history;
    QTreeWidget *m_problems;
    QLabel *m_status;
    QPushButton *m_save;
    QPushButton *m_archive;
    QPushButton *m_restore;
    std::optional<std::string> m_pendingSelection; // select once the reload shows it
    int m_busy = 0;
};

} // namespace stallcast::ui
