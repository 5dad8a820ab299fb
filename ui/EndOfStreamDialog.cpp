#include "EndOfStreamDialog.h"

#include "BackgroundTask.h"
#include "MoneyText.h"
#include "PathText.h"
#include "StreamReports.h"
#include "UiFonts.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace stallcast::ui {

namespace {

const QString kFolderKey = QStringLiteral("files/lastFolder"); // shared with the File menu

QString durationText(std::int64_t ms)
{
    const std::int64_t minutes = std::max<std::int64_t>(0, ms) / 60000;
    if (minutes < 1)
        return EndOfStreamDialog::tr("%1 s").arg(std::max<std::int64_t>(0, ms) / 1000);
    if (minutes < 60)
        return EndOfStreamDialog::tr("%1 min").arg(minutes);
    return EndOfStreamDialog::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString orderFlagsText(const orders::Order &order)
{
    QStringList names;
    if (order.status == orders::OrderStatus::Pending)
        names << EndOfStreamDialog::tr("payment pending");
    for (const auto &name : orders::flagNames(order.flags))
        names << QString::fromStdString(name).replace(QLatin1Char('_'), QLatin1Char(' '));
    return names.join(QStringLiteral(", "));
}

QTableWidget *makeTable(const QStringList &headers, const QString &objectName, QWidget *parent)
{
    auto *table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

// Fills a row; columns from `firstFigure` on are figures, aligned right.
void setRow(QTableWidget *table, int row, const QStringList &cells, int firstFigure)
{
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells[column]);
        if (column >= firstFigure)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, column, item);
    }
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

EndOfStreamDialog::EndOfStreamDialog(std::shared_ptr<db::Database> database,
                                     const QDateTime &started, const QDateTime &ended,
                                     QWidget *parent)
    : QDialog(parent), m_database(std::move(database)),
      m_startedMs(started.toMSecsSinceEpoch()), m_endedMs(ended.toMSecsSinceEpoch()),
      m_fontFamilies(shippedFontFamilies()), m_window(new QLabel(this)),
      m_figures(new QLabel(tr("Reading the orders…"), this)),
      m_topProducts(makeTable({tr("Product"), tr("SKU"), tr("Units"), tr("Revenue")},
                              QStringLiteral("topProductsTable"), this)),
      m_flagged(makeTable({tr("Order"), tr("Buyer"), tr("Needs"), tr("Total")},
                          QStringLiteral("flaggedOrdersTable"), this)),
      m_status(new QLabel(this)), m_salesCsv(new QPushButton(tr("Export &sales CSV…"), this)),
      m_packingCsv(new QPushButton(tr("Export packing list &CSV…"), this)),
      m_packingPdf(new QPushButton(tr("Save packing list &PDF…"), this)),
      m_print(new QPushButton(tr("P&rint packing list…"), this))
{
    setObjectName(QStringLiteral("endOfStreamDialog"));
    setWindowTitle(tr("Stream summary"));
    m_figures->setObjectName(QStringLiteral("streamFigures"));
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setWordWrap(true);
    m_salesCsv->setObjectName(QStringLiteral("exportSalesCsvButton"));
    m_packingCsv->setObjectName(QStringLiteral("exportPackingCsvButton"));
    m_packingPdf->setObjectName(QStringLiteral("exportPackingPdfButton"));
    m_print->setObjectName(QStringLiteral("printPackingListButton"));
    m_salesCsv->setToolTip(tr("Units and revenue per product over this stream's paid orders"));
    m_packingCsv->setToolTip(tr("What to pack for each buyer, as a spreadsheet"));
    m_packingPdf->setToolTip(tr("What to pack for each buyer, ready to print"));
    m_print->setToolTip(tr("Print what to pack for each buyer"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_window);
    layout->addWidget(m_figures);
    layout->addWidget(sectionTitle(tr("Best sellers"), this));
    layout->addWidget(m_topProducts);
    layout->addWidget(sectionTitle(tr("Orders to look at"), this));
    layout->addWidget(m_flagged);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    for (QPushButton *button : {m_salesCsv, m_packingCsv, m_packingPdf, m_print}) {
        button->setEnabled(false); // until the summary is loaded
        buttons->addButton(button, QDialogButtonBox::ActionRole);
    }
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_salesCsv, &QPushButton::clicked, this, [this] {
        ask(tr("Export sales CSV"), defaultFileName(QStringLiteral("sales"), QStringLiteral("csv")),
            tr("CSV files (*.csv)"), &EndOfStreamDialog::exportSalesCsv);
    });
    connect(m_packingCsv, &QPushButton::clicked, this, [this] {
        ask(tr("Export packing list CSV"),
            defaultFileName(QStringLiteral("packing-list"), QStringLiteral("csv")),
            tr("CSV files (*.csv)"), &EndOfStreamDialog::exportPackingCsv);
    });
    connect(m_packingPdf, &QPushButton::clicked, this, [this] {
        ask(tr("Save packing list PDF"),
            defaultFileName(QStringLiteral("packing-list"), QStringLiteral("pdf")),
            tr("PDF files (*.pdf)"), &EndOfStreamDialog::exportPackingPdf);
    });
    connect(m_print, &QPushButton::clicked, this, &EndOfStreamDialog::choosePrinter);

    resize(720, 640);
    load();
}

EndOfStreamDialog::~EndOfStreamDialog() = default;

void EndOfStreamDialog::load()
{
    runInBackground(
        this,
        [database = m_database, from = m_startedMs, to = m_endedMs] {
            return std::make_shared<const StreamSummary>(loadStreamSummary(*database, from, to));
        },
        [this](const TaskResult<std::shared_ptr<const StreamSummary>> &result) {
            if (!result.ok()) {
                m_figures->setText(tr("Could not read the orders: %1").arg(result.error));
                return;
            }
            showSummary(*result.value);
        });
}

void EndOfStreamDialog::showSummary(std::shared_ptr<const StreamSummary> summary)
{
    m_summary = std::move(summary);
    const QLocale locale;
    const SalesTotals &totals = m_summary->totals;
    m_window->setText(streamWindowText(*m_summary, locale));

    QStringList revenue;
    for (const auto &[currency, minor] : totals.revenue)
        revenue << moneyText(minor, currency, locale);
    QStringList lines;
    lines << tr("Duration: %1").arg(durationText(m_summary->durationMs()));
    lines << tr("Orders: %1 (%2 paid)")
                 .arg(locale.toString(static_cast<qlonglong>(totals.orders)),
                      locale.toString(static_cast<qlonglong>(totals.paidOrders)));
    lines << tr("Units sold: %1").arg(locale.toString(static_cast<qlonglong>(totals.unitsSold)));
    lines << tr("Revenue: %1")
                 .arg(revenue.isEmpty() ? locale.toString(0) : revenue.join(QStringLiteral(" + ")));
    lines << tr("Orders to look at: %1")
                 .arg(locale.toString(static_cast<qlonglong>(m_summary->flagged.size())));
    m_figures->setText(lines.join(QLatin1Char('\n')));

    fillTopProducts();
    fillFlagged();
    for (QPushButton *button : {m_salesCsv, m_packingCsv, m_packingPdf, m_print})
        button->setEnabled(true);
    emit summaryLoaded();
}

QString EndOfStreamDialog::figuresText() const
{
    return m_figures->text();
}

void EndOfStreamDialog::fillTopProducts()
{
    const QLocale locale;
    m_topProducts->setRowCount(static_cast<int>(m_summary->topProducts.size()));
    int row = 0;
    for (const auto &p : m_summary->topProducts)
        setRow(m_topProducts, row++,
               {QString::fromStdString(p.name), QString::fromStdString(p.sku),
                locale.toString(static_cast<qlonglong>(p.units)),
                moneyText(p.revenue, p.currency, locale)},
               2);
    m_topProducts->resizeColumnsToContents();
}

void EndOfStreamDialog::fillFlagged()
{
    const QLocale locale;
    m_flagged->setRowCount(static_cast<int>(m_summary->flagged.size()));
    int row = 0;
    for (const auto &order : m_summary->flagged)
        setRow(m_flagged, row++,
               {QStringLiteral("#%1").arg(order.id), QString::fromStdString(order.buyer.handle),
                orderFlagsText(order), moneyText(order.total, order.currency, locale)},
               3);
    m_flagged->resizeColumnsToContents();
}

void EndOfStreamDialog::ask(const QString &title, const QString &defaultName,
                            const QString &filter,
                            void (EndOfStreamDialog::*exportTo)(const QString &))
{
    QString folder = QSettings().value(kFolderKey).toString();
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString file =
        QFileDialog::getSaveFileName(this, title, QDir(folder).filePath(defaultName), filter);
    if (file.isEmpty())
        return;
    QSettings().setValue(kFolderKey, QFileInfo(file).absolutePath());
    (this->*exportTo)(file);
}

QString EndOfStreamDialog::defaultFileName(const QString &stem, const QString &extension) const
{
    const QString when =
        QDateTime::fromMSecsSinceEpoch(m_startedMs).toString(QStringLiteral("yyyy-MM-dd-HHmm"));
    return QStringLiteral("%1-%2.%3").arg(stem, when, extension);
}

void EndOfStreamDialog::exportSalesCsv(const QString &file)
{
    runExport(m_salesCsv, tr("Sales CSV"), file, Output::File,
              [path = toFsPath(file)](const StreamSummary &summary) {
                  return writeStreamSalesCsv(summary, path);
              });
}

void EndOfStreamDialog::exportPackingCsv(const QString &file)
{
    runExport(m_packingCsv, tr("Packing list CSV"), file, Output::File,
              [path = toFsPath(file)](const StreamSummary &summary) {
                  return writeStreamPackingCsv(summary, path);
              });
}

void EndOfStreamDialog::exportPackingPdf(const QString &file)
{
    runExport(m_packingPdf, tr("Packing list PDF"), file, Output::File,
              [path = toFsPath(file), locale = QLocale(),
               families = m_fontFamilies](const StreamSummary &summary) {
                  return writeStreamPackingPdf(summary, path, locale, families);
              });
}

void EndOfStreamDialog::choosePrinter()
{
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setDocName(tr("Packing list"));
    QPrintDialog dialog(printer.get(), this);
    dialog.setWindowTitle(tr("Print packing list"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    printPackingList(std::move(printer));
}

void EndOfStreamDialog::printPackingList(std::shared_ptr<QPrinter> printer)
{
    const QString where = printer->outputFormat() == QPrinter::PdfFormat
                              ? printer->outputFileName()
                              : printer->printerName();
    runExport(m_print, tr("Packing list"), where, Output::Printer,
              [printer, locale = QLocale(), families = m_fontFamilies](
                  const StreamSummary &summary) {
                  return printStreamPackingList(summary, *printer, locale, families);
              });
}

void EndOfStreamDialog::runExport(QPushButton *button, const QString &what, const QString &where,
                                  Output output, ExportWork work)
{
    if (!m_summary) {
        emit exportFailed(tr("%1: the orders are still being read").arg(what));
        return;
    }
    button->setEnabled(false);
    m_status->setText(output == Output::File ? tr("%1: writing %2…").arg(what, where)
                                             : tr("%1: printing on %2…").arg(what, where));
    runInBackground(
        this, [summary = m_summary, work = std::move(work)] { return work(*summary); },
        [this, button, what, where, output](const TaskResult<std::size_t> &result) {
            button->setEnabled(true);
            if (!result.ok()) {
                const QString message = tr("%1 failed: %2").arg(what, result.error);
                m_status->setText(message);
                auto *box = new QMessageBox(QMessageBox::Warning, tr("%1 failed").arg(what),
                                            message, QMessageBox::Ok, this);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
                emit exportFailed(message);
                return;
            }
            const QString rows = QLocale().toString(static_cast<qulonglong>(*result.value));
            const QString message = output == Output::File
                                        ? tr("%1: %2 rows written to %3").arg(what, rows, where)
                                        : tr("%1: %2 rows sent to %3").arg(what, rows, where);
            m_status->setText(message);
            emit exported(message);
        });
}

} // namespace stallcast::ui
