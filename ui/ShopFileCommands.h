#pragma once

#include <QObject>
#include <QString>

#include <filesystem>
#include <functional>
#include <memory>

class QAction;
class QWidget;

namespace stallcast::db {
class Database;
}

namespace stallcast::ui {

// The File menu's catalogue and report commands. Each asks for a file, then does the disk and
// database work on the thread pool and reports back (status bar message, or a dialog for errors).
class ShopFileCommands final : public QObject {
    Q_OBJECT
public:
    ShopFileCommands(std::shared_ptr<db::Database> database, QWidget *window);

    QAction *importCatalogAction() const { return m_importCatalog; }
    QAction *exportCatalogAction() const { return m_exportCatalog; }
    QAction *exportSalesAction() const { return m_exportSales; }
    QAction *exportPackingAction() const { return m_exportPacking; }

signals:
    // An import committed: the shelf should be reloaded.
    void shopChanged();
    void statusMessage(const QString &message);

private:
    // Builds the file's content and writes it; returns the line for the status bar.
    using ExportWork =
        std::function<QString(db::Database &database, const std::filesystem::path &file)>;

    void importCatalog();
    void exportFile(QAction *action, const QString &title, const QString &defaultName,
                    ExportWork work);
    QString startFolder() const;
    void rememberFolder(const QString &file) const;
    void showError(const QString &title, const QString &message) const;

    std::shared_ptr<db::Database> m_database;
    QWidget *m_window;
    QAction *m_importCatalog;
    QAction *m_exportCatalog;
    QAction *m_exportSales;
    QAction *m_exportPacking;
};

} // namespace stallcast::ui
