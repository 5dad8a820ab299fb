#pragma once

#include "StreamSummary.h"

#include <QDateTime>
#include <QDialog>
#include <QStringList>

#include <cstddef>
#include <functional>
#include <memory>

class QLabel;
class QPrinter;
class QPushButton;
class QTableWidget;

namespace stallcast::db {
class Database;
}

namespace stallcast::ui {

// Shown when the merchant stops a stream: how it went (duration, orders, units, revenue per
// currency, the best sellers, the orders that need a look) and the files to send out the goods:
// sales CSV, packing list CSV, packing list PDF, or the packing list straight to a printer — all
// over the orders placed during the stream. The order book is read, every file written and the
// printing done on the thread pool.
class EndOfStreamDialog final : public QDialog {
    Q_OBJECT
public:
    EndOfStreamDialog(std::shared_ptr<db::Database> database, const QDateTime &started,
                      const QDateTime &ended, QWidget *parent = nullptr);
    ~EndOfStreamDialog() override;

    bool isLoaded() const { return m_summary != nullptr; }
    const StreamSummary &summary() const { return *m_summary; }
    QString figuresText() const; // the figures as shown, one per line (for tests and copying)

public slots:
    // Write the file in the background; exported() or exportFailed() tells how it went.
    void exportSalesCsv(const QString &file);
    void exportPackingCsv(const QString &file);
    void exportPackingPdf(const QString &file);
    // Prints the packing list on a printer set up by the caller (the Print button asks with
    // QPrintDialog); the printer is not touched elsewhere until exported() or exportFailed().
    void printPackingList(std::shared_ptr<QPrinter> printer);

signals:
    void summaryLoaded();
    void exported(const QString &message);
    void exportFailed(const QString &message);

private:
    // Writes or prints from the summary; returns the rows it wrote.
    using ExportWork = std::function<std::size_t(const StreamSummary &summary)>;
    enum class Output { File, Printer };

    void load();
    void showSummary(std::shared_ptr<const StreamSummary> summary);
    void fillTopProducts();
    void fillFlagged();
    void ask(const QString &title, const QString &defaultName, const QString &filter,
             void (EndOfStreamDialog::*exportTo)(const QString &));
    void choosePrinter();
    void runExport(QPushButton *button, const QString &what, const QString &where, Output output,
                   ExportWork work);
    QString defaultFileName(const QString &stem, const QString &extension) const;

    std::shared_ptr<db::Database> m_database;
    std::int64_t m_startedMs;
    std::int64_t m_endedMs;
    std::shared_ptr<const StreamSummary> m_summary;
    QStringList m_fontFamilies; // for the PDF: the shipped fonts
    QLabel *m_window;
    QLabel *m_figures;
    QTableWidget *m_topProducts;
    QTableWidget *m_flagged;
    QLabel *m_status;
    QPushButton *m_salesCsv;
    QPushButton *m_packingCsv;
    QPushButton *m_packingPdf;
    QPushButton *m_print;
};

} // namespace stallcast::ui
