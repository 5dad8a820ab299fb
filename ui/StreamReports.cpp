#include "StreamReports.h"

#include "PackingListDocument.h"
#include "io/AtomicFile.h"
#include "orders/OrderBook.h"
#include "reports/Reports.h"

#include <QCoreApplication>
#include <QDateTime>

namespace stallcast::ui {

std::size_t writeStreamSalesCsv(const StreamSummary &summary, const std::filesystem::path &file)
{
    const auto rows = reports::salesByProduct(summary.orders);
    io::writeFileAtomically(file, reports::salesCsv(rows));
    return rows.size();
}

std::size_t writeStreamPackingCsv(const StreamSummary &summary, const std::filesystem::path &file)
{
    const auto rows = reports::packingList(summary.orders);
    io::writeFileAtomically(file, reports::packingCsv(rows));
    return rows.size();
}

std::size_t writeStreamPackingPdf(const StreamSummary &summary, const std::filesystem::path &file,
                                  const QLocale &locale, const QStringList &fontFamilies)
{
    const auto rows = reports::packingList(summary.orders);
    const QByteArray pdf =
        PackingListDocument::pdf(rows, streamWindowText(summary, locale), locale, fontFamilies);
    io::writeFileAtomically(
        file, std::string_view(pdf.constData(), static_cast<std::size_t>(pdf.size())));
    return rows.size();
}

std::size_t printStreamPackingList(const StreamSummary &summary, QPagedPaintDevice &device,
                                   const QLocale &locale, const QStringList &fontFamilies)
{
    const auto rows = reports::packingList(summary.orders);
    PackingListDocument::print(rows, streamWindowText(summary, locale), locale, fontFamilies,
                               device);
    return rows.size();
}

QString streamWindowText(const StreamSummary &summary, const QLocale &locale)
{
    const QDateTime started = QDateTime::fromMSecsSinceEpoch(summary.startedMs);
    const QDateTime ended = QDateTime::fromMSecsSinceEpoch(summary.endedMs);
    const QString to = started.date() == ended.date()
                           ? locale.toString(ended.time(), QLocale::ShortFormat)
                           : locale.toString(ended, QLocale::ShortFormat);
    return QCoreApplication::translate("stallcast::ui::StreamReports",
                                       "Orders placed from %1 to %2")
        .arg(locale.toString(started, QLocale::ShortFormat), to);
}

StreamSummary loadStreamSummary(db::Database &database, std::int64_t startedMs,
                                std::int64_t endedMs)
{
    return summarizeStream(orders::OrderBook(database).list(), startedMs, endedMs);
}

} // namespace stallcast::ui
