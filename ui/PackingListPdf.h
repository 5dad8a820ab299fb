#pragma once

#include "reports/Reports.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <vector>

namespace stallcast::ui {

// The printable packing list: one block per buyer (handle, name, phone, address, then each item
// with its order number and quantity, and the buyer's unit count), then a pick list (units per
// product) and the totals. Rows come from reports::packingList, already grouped by buyer.
class PackingListPdf {
    Q_DECLARE_TR_FUNCTIONS(stallcast::ui::PackingListPdf)
public:
    // The document as HTML (QTextDocument's subset). `subtitle` says which orders these are.
    static QString html(const std::vector<reports::PackingRow> &rows, const QString &subtitle,
                        const QLocale &locale);

    // The document as an A4 PDF, its text in `fontFamilies` (the shipped fonts, so Korean,
    // Chinese and Thai names print on any machine; see UiFonts). For a worker thread: it paints
    // with QPdfWriter, the PDF engine behind QPrinter's PdfFormat, without QPrinter's link to the
    // platform's print support.
    static QByteArray pdf(const std::vector<reports::PackingRow> &rows, const QString &subtitle,
                          const QLocale &locale, const QStringList &fontFamilies);
};

} // namespace stallcast::ui
