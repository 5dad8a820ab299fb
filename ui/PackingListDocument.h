#pragma once

#include "reports/Reports.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;

#include <vector>

namespace stallcast::ui {

// The printable packing list: one block per buyer (handle, name, phone, address, then each item
// with its order number and quantity, and the buyer's unit count), then a pick list (units per
// product) and the totals. Rows come from reports::packingList, already grouped by buyer.
class PackingListDocument {
    Q_DECLARE_TR_FUNCTIONS(stallcast::ui::PackingListDocument)
public:
    // The document as HTML (QTextDocument's subset). `subtitle` says which orders these are.
    static QString html(const std::vector<reports::PackingRow> &rows, const QString &subtitle,
                        const QLocale &locale);

    // Lays the document out on `device`'s pages and paints it (QTextDocument::print), its text
    // in `fontFamilies` (the shipped fonts, so Korean, Chinese and Thai names print on any
    // machine; see UiFonts). Painting on a QPrinter or a QPdfWriter from a worker thread is
    // supported by Qt: call it off the UI thread.
    static void print(const std::vector<reports::PackingRow> &rows, const QString &subtitle,
                      const QLocale &locale, const QStringList &fontFamilies,
                      QPagedPaintDevice &device);

    // The document as an A4 PDF (print() on a QPdfWriter: the PDF engine behind QPrinter's
    // PdfFormat, into memory, without the platform's print support).
    static QByteArray pdf(const std::vector<reports::PackingRow> &rows, const QString &subtitle,
                          const QLocale &locale, const QStringList &fontFamilies);
};

} // namespace stallcast::ui
