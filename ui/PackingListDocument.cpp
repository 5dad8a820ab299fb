#include "PackingListDocument.h"

#include <QBuffer>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

#include <map>
#include <set>

namespace stallcast::ui {

namespace {

QString esc(const std::string &utf8)
{
    return QString::fromStdString(utf8).toHtmlEscaped();
}

// Order numbers, SKUs and quantities stay on one line; names and notes wrap.
enum class Wrap { No, Yes };

QString cell(const QString &html, Wrap wrap, const char *align = "left")
{
    return QStringLiteral("<td align=\"%1\"%2>%3</td>")
        .arg(QLatin1String(align),
             wrap == Wrap::No ? QStringLiteral(" style=\"white-space: nowrap\"") : QString(), html);
}

QString headerCell(const QString &text, const char *align = "left")
{
    return QStringLiteral("<th align=\"%1\" style=\"white-space: nowrap\">%2</th>")
        .arg(QLatin1String(align), text.toHtmlEscaped());
}

const QString kTable = QStringLiteral(
    "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
    "style=\"border-collapse: collapse; border-color: #888\">");

} // namespace

QString PackingListDocument::html(const std::vector<reports::PackingRow> &rows, const QString &subtitle,
                             const QLocale &locale)
{
    QString out = QStringLiteral("<html><body>");
    out += QStringLiteral("<h1>%1</h1>").arg(tr("Packing list").toHtmlEscaped());
    out += QStringLiteral("<p>%1</p>").arg(subtitle.toHtmlEscaped());
    if (rows.empty()) {
        out += QStringLiteral("<p>%1</p></body></html>")
                   .arg(tr("Nothing to pack: no paid orders are waiting to be sent.").toHtmlEscaped());
        return out;
    }

    std::set<std::int64_t> orderIds;
    std::map<std::string, std::pair<std::string, std::int64_t>> perProduct; // sku -> name, units
    std::int64_t units = 0;
    int buyers = 0;
    for (std::size_t i = 0; i < rows.size();) {
        const auto &first = rows[i];
        ++buyers;
        QString who = esc(first.buyerHandle.empty() ? first.buyerName : first.buyerHandle);
        if (!first.buyerHandle.empty() && !first.buyerName.empty())
            who += QStringLiteral(" — ") + esc(first.buyerName);
        out += QStringLiteral("<h2>%1</h2>").arg(who);
        QStringList contact;
        if (!first.phone.empty())
            contact << tr("Phone: %1").arg(esc(first.phone));
        if (!first.address.empty())
            contact << tr("Address: %1").arg(esc(first.address));
        if (!contact.isEmpty())
            out += QStringLiteral("<p>%1</p>").arg(contact.join(QStringLiteral("<br>")));

        out += kTable + QStringLiteral("<tr>") + headerCell(tr("Order"), "right")
               + headerCell(tr("SKU")) + headerCell(tr("Product")) + headerCell(tr("Qty"), "right")
               + headerCell(tr("Note")) + QStringLiteral("</tr>");
        std::int64_t buyerUnits = 0;
        for (; i < rows.size() && rows[i].buyerHandle == first.buyerHandle; ++i) {
            const auto &r = rows[i];
            out += QStringLiteral("<tr>")
                   + cell(QStringLiteral("#%1").arg(r.orderId), Wrap::No, "right")
                   + cell(esc(r.sku), Wrap::No) + cell(esc(r.name), Wrap::Yes)
                   + cell(locale.toString(static_cast<qlonglong>(r.qty)), Wrap::No, "right")
                   + cell(esc(r.note), Wrap::Yes) + QStringLiteral("</tr>");
            buyerUnits += r.qty;
            orderIds.insert(r.orderId);
            auto &product = perProduct[r.sku];
            if (product.first.empty())
                product.first = r.name;
            product.second += r.qty;
        }
        const QString buyerTotal = QStringLiteral("<b>%1</b>").arg(locale.toString(buyerUnits));
        out += QStringLiteral("<tr><td colspan=\"3\" align=\"right\"><b>%1</b></td>%2<td></td>"
                              "</tr></table>")
                   .arg(tr("Units for this buyer").toHtmlEscaped(),
                        cell(buyerTotal, Wrap::No, "right"));
        units += buyerUnits;
    }

    out += QStringLiteral("<h2>%1</h2>").arg(tr("Pick list").toHtmlEscaped());
    out += kTable + QStringLiteral("<tr>") + headerCell(tr("SKU")) + headerCell(tr("Product"))
           + headerCell(tr("Qty"), "right") + QStringLiteral("</tr>");
    for (const auto &[sku, product] : perProduct)
        out += QStringLiteral("<tr>") + cell(esc(sku), Wrap::No) + cell(esc(product.first), Wrap::Yes)
               + cell(locale.toString(static_cast<qlonglong>(product.second)), Wrap::No, "right")
               + QStringLiteral("</tr>");
    out += QStringLiteral("</table>");
    out += QStringLiteral("<p><b>%1</b></p></body></html>")
               .arg(tr("Total: %1 buyers, %2 orders, %3 units")
                        .arg(locale.toString(buyers),
                             locale.toString(static_cast<qlonglong>(orderIds.size())),
                             locale.toString(static_cast<qlonglong>(units)))
                        .toHtmlEscaped());
    return out;
}

void PackingListDocument::print(const std::vector<reports::PackingRow> &rows,
                                const QString &subtitle, const QLocale &locale,
                                const QStringList &fontFamilies, QPagedPaintDevice &device)
{
    QTextDocument document;
    QFont font;
    font.setFamilies(fontFamilies);
    font.setPointSizeF(10);
    document.setDefaultFont(font);
    document.setDefaultStyleSheet(
        QStringLiteral("h1 { font-size: 18pt; } h2 { font-size: 13pt; }"));
    document.setHtml(html(rows, subtitle, locale));
    document.print(&device);
}

QByteArray PackingListDocument::pdf(const std::vector<reports::PackingRow> &rows,
                                    const QString &subtitle, const QLocale &locale,
                                    const QStringList &fontFamilies)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(tr("Packing list"));
        writer.setCreator(QStringLiteral("Stallcast"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        print(rows, subtitle, locale, fontFamilies, writer);
    }
    return bytes;
}

} // namespace stallcast::ui
