#pragma once

#include "StreamSummary.h"

#include <QLocale>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <filesystem>

class QPagedPaintDevice;

namespace stallcast::db {
class Database;
}

namespace stallcast::ui {

// The end-of-stream files, over the orders of one stream. Each builds its content and writes it
// atomically (io::writeFileAtomically: the old file or the whole new one, never half); each
// blocks on the disk, so call them off the UI thread. They return the number of rows written.

// Sales per product (reports::salesCsv): sku,name,orders,units,revenue,currency + TOTAL rows.
std::size_t writeStreamSalesCsv(const StreamSummary &summary, const std::filesystem::path &file);
// What to pack (reports::packingCsv): the stream's paid orders not yet fulfilled, by buyer.
std::size_t writeStreamPackingCsv(const StreamSummary &summary, const std::filesystem::path &file);
// The same packing list as a printable PDF (PackingListDocument).
std::size_t writeStreamPackingPdf(const StreamSummary &summary, const std::filesystem::path &file,
                                  const QLocale &locale, const QStringList &fontFamilies);

// The same packing list on a printer (or any paged device), set up by the caller.
std::size_t printStreamPackingList(const StreamSummary &summary, QPagedPaintDevice &device,
                                   const QLocale &locale, const QStringList &fontFamilies);

// "Orders placed from 22 Nov 2026 14:00 to 15:30": what a report of this window covers.
QString streamWindowText(const StreamSummary &summary, const QLocale &locale);

// Reads the order book and summarises the window. Blocks on the database.
StreamSummary loadStreamSummary(db::Database &database, std::int64_t startedMs,
                                std::int64_t endedMs);

} // namespace stallcast::ui
