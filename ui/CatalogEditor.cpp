#include "CatalogEditor.h"

#include "BackgroundTask.h"
#include "CatalogTableModel.h"
#include "PathText.h"
#include "ProductForm.h"
#include "ProductPhotos.h"
#include "ShopTables.h"
#include "common/FieldError.h"
#include "db/Database.h"
#include "inventory/Catalog.h"
#include "inventory/CatalogCsv.h"
#include "io/AtomicFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImageReader>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace stallcast::ui {

namespace {

const QString kFolderKey = QStringLiteral("files/lastFolder");

QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

// "price: must be ..." -> field "price" (as the core's FieldError says it), else "".
std::string fieldOf(const QString &message)
{
    static const QRegularExpression shape(QStringLiteral("^([a-z_]+): "));
    const auto match = shape.match(message);
    return match.hasMatch() ? match.captured(1).toStdString() : std::string();
}

QString safeFileStem(const std::string &sku)
{
    QString stem = QString::fromStdString(sku);
    stem.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("_"));
    return stem.isEmpty() ? QStringLiteral("photo") : stem.left(48);
}

} // namespace

CatalogEditor::CatalogEditor(std::shared_ptr<db::Database> database, ProductPhotos *photos,
                             QWidget *parent)
    : QDialog(parent), m_database(std::move(database)), m_photos(photos),
      m_model(new CatalogTableModel(this)), m_sorted(sortedProxy(m_model, this)),
      m_list(makeShopTable(m_sorted, this)), m_form(new ProductForm(photos, this)),
      m_history(new QTableWidget(0, 5, this)), m_problems(new QTreeWidget(this)),
      m_status(new QLabel(this)), m_save(button(tr("&Save product"), QStringLiteral("saveProduct"), this)),
      m_archive(button(tr("&Archive"), QStringLiteral("archiveProduct"), this)),
      m_restore(button(tr("&Restore"), QStringLiteral("restoreProduct"), this))
{
    setObjectName(QStringLiteral("catalogEditor"));
    setWindowTitle(tr("Catalogue"));
    resize(1000, 700);
    m_list->setObjectName(QStringLiteral("catalogList"));
    for (int c = CatalogTableModel::OnHand; c < CatalogTableModel::ColumnCount; ++c)
        m_list->hideColumn(c);
    m_list->setSortingEnabled(true);
    m_list->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    if (photos)
        m_model->setPhotos(photos);

    m_history->setObjectName(QStringLiteral("stockHistory"));
    m_history->setHorizontalHeaderLabels(
        {tr("When"), tr("Why"), tr("On hand"), tr("Held"), tr("By")});
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setStretchLastSection(true);

    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setHeaderLabels({tr("File"), tr("Line"), tr("Field"), tr("Problem")});
    m_problems->setRootIsDecorated(false);
    m_problems->hide();
    m_status->setObjectName(QStringLiteral("catalogStatus"));
    m_status->setWordWrap(true);

    auto *add = button(tr("&New product"), QStringLiteral("newProduct"), this);
    auto *importCsv = button(tr("&Import CSV…"), QStringLiteral("importCsv"), this);
    auto *exportCsv = button(tr("&Export CSV…"), QStringLiteral("exportCsv"), this);
    auto *close = button(tr("Close"), QStringLiteral("closeCatalog"), this);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->addWidget(m_list);
    auto *listButtons = new QHBoxLayout;
    for (auto *b : {add, m_archive, m_restore})
        listButtons->addWidget(b);
    leftLayout->addLayout(listButtons);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->addWidget(m_form);
    rightLayout->addWidget(m_save, 0, Qt::AlignRight);
    rightLayout->addWidget(new QLabel(tr("Stock history"), right));
    rightLayout->addWidget(m_history, 1);

    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 1);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(importCsv);
    bottom->addWidget(exportCsv);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_problems);
    layout->addLayout(bottom);

    connect(add, &QPushButton::clicked, this, &CatalogEditor::newProduct);
    connect(m_save, &QPushButton::clicked, this, &CatalogEditor::saveProduct);
    connect(m_archive, &QPushButton::clicked, this, [this] { setSelectedActive(false); });
    connect(m_restore, &QPushButton::clicked, this, [this] { setSelectedActive(true); });
    connect(importCsv, &QPushButton::clicked, this, &CatalogEditor::chooseImport);
    connect(exportCsv, &QPushButton::clicked, this, &CatalogEditor::chooseExport);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_form, &ProductForm::choosePhotoRequested, this, &CatalogEditor::choosePhoto);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CatalogEditor::selectionChanged);
    newProduct();
}

QString CatalogEditor::statusText() const
{
    return m_status->text();
}

void CatalogEditor::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b01c1c;") : QString());
}

void CatalogEditor::started()
{
    ++m_busy;
    m_save->setEnabled(false);
}

void CatalogEditor::finished()
{
    --m_busy;
    m_save->setEnabled(m_busy == 0);
}

void CatalogEditor::setProducts(const std::vector<inventory::Product> &products)
{
    m_model->setProducts(products);
    if (m_pendingSelection && m_model->rowOfSku(QString::fromStdString(*m_pendingSelection)) >= 0) {
        const auto sku = *m_pendingSelection;
        m_pendingSelection.reset();
        selectSku(QString::fromStdString(sku));
    }
}

void CatalogEditor::selectSku(const QString &sku)
{
    const int row = m_model->rowOfSku(sku);
    if (row < 0)
        return;
    m_list->selectRow(m_sorted->mapFromSource(m_model->index(row, 0)).row());
    selectionChanged(); // the same row again: show its fresh figures
}

void CatalogEditor::selectionChanged()
{
    const auto rows = m_list->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_archive->setEnabled(false);
        m_restore->setEnabled(false);
        return;
    }
    const auto &product = m_model->rowAt(m_sorted->mapToSource(rows.front()).row());
    m_form->setProduct(product);
    m_archive->setEnabled(product.active);
    m_restore->setEnabled(!product.active);
    loadHistory(product.sku);
}

void CatalogEditor::newProduct()
{
    m_list->clearSelection();
    m_form->setProduct(std::nullopt);
    m_history->setRowCount(0);
    m_archive->setEnabled(false);
    m_restore->setEnabled(false);
}

void CatalogEditor::saveProduct()
{
    ProductForm::Edited edited;
    try {
        edited = m_form->edited();
    } catch (const FieldError &e) {
        m_form->showError(e.field(), QString::fromUtf8(e.what()));
        return;
    }
    m_form->showError({}, {});
    started();
    runInBackground(
        this,
        [database = m_database, edited] {
            inventory::Catalog(*database).save(edited.product, edited.stockTarget, "studio");
            return edited.product.sku;
        },
        [this](const TaskResult<std::string> &result) {
            finished();
            if (!result.ok()) {
                m_form->showError(fieldOf(result.error), result.error);
                setStatus(tr("Not saved: %1").arg(result.error), true);
                return;
            }
            setStatus(tr("Saved %1").arg(QString::fromStdString(*result.value)));
            m_pendingSelection = *result.value;
            emit shopChanged();
        });
}

void CatalogEditor::setSelectedActive(bool active)
{
    const auto original = m_form->original();
    if (!original)
        return;
    started();
    runInBackground(
        this,
        [database = m_database, sku = original->sku, active] {
            inventory::Catalog(*database).setActive(sku, active);
            return sku;
        },
        [this, active](const TaskResult<std::string> &result) {
            finished();
            if (!result.ok()) {
                setStatus(result.error, true);
                return;
            }
            const auto sku = QString::fromStdString(*result.value);
            setStatus(active ? tr("Restored %1").arg(sku) : tr("Archived %1 (its history is kept)").arg(sku));
            m_pendingSelection = *result.value;
            emit shopChanged();
        });
}

void CatalogEditor::loadHistory(const std::string &sku)
{
    runInBackground(
        this, [database = m_database, sku] { return inventory::Catalog(*database).history(sku); },
        [this, sku](const TaskResult<std::vector<inventory::StockMovement>> &result) {
            const auto shown = m_form->original();
            if (!shown || shown->sku != sku)
                return; // another product was selected meanwhile
            if (!result.ok()) {
                setStatus(tr("Could not read the stock history: %1").arg(result.error), true);
                return;
            }
            showHistory(*result.value);
        });
}

void CatalogEditor::showHistory(const std::vector<inventory::StockMovement> &movements)
{
    m_history->setRowCount(static_cast<int>(movements.size()));
    const auto signedText = [](std::int64_t n) {
        return n > 0 ? QStringLiteral("+%1").arg(n) : n == 0 ? QString() : QString::number(n);
    };
    // Newest first.
    for (std::size_t i = 0; i < movements.size(); ++i) {
        const auto &m = movements[movements.size() - 1 - i];
        const int row = static_cast<int>(i);
        const QString by = m.reference.empty()
                               ? QString::fromStdString(m.actor)
                               : QStringLiteral("%1 (%2)").arg(QString::fromStdString(m.actor),
                                                               QString::fromStdString(m.reference));
        const QStringList cells{
            QDateTime::fromMSecsSinceEpoch(m.atMs).toLocalTime().toString(
                QStringLiteral("yyyy-MM-dd HH:mm:ss")),
            QString::fromUtf8(inventory::toString(m.reason).data()), signedText(m.onHandDelta),
            signedText(m.heldDelta), by};
        for (int c = 0; c < cells.size(); ++c)
            m_history->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
    m_history->resizeColumnsToContents();
}

void CatalogEditor::importCsvFile(const QString &file)
{
    m_problems->clear();
    m_problems->hide();
    const QString name = QFileInfo(file).fileName();
    setStatus(tr("Importing %1…").arg(name));
    started();
    runInBackground(
        this,
        [database = m_database, path = toFsPath(file), name = name.toStdString()] {
            return inventory::importCatalogCsvText(*database, io::readWholeFile(path), name);
        },
        [this, name](const TaskResult<inventory::ImportSummary> &result) {
            finished();
            if (!result.ok()) {
                showProblem(parseImportProblem(result.error, name));
                setStatus(tr("Nothing was imported from %1: fix the problem below and import "
                             "again.")
                              .arg(name),
                          true);
                return;
            }
            const auto &s = *result.value;
            setStatus(tr("Imported %1: %2 new, %3 updated, %4 unchanged")
                          .arg(name, QString::number(s.created), QString::number(s.updated),
                               QString::number(s.unchanged)));
            emit shopChanged();
        });
}

void CatalogEditor::showProblem(const ImportProblem &problem)
{
    auto *item = new QTreeWidgetItem(
        {problem.file, problem.line > 0 ? QString::number(problem.line) : QString(),
         problem.field, problem.reason});
    item->setToolTip(3, problem.reason);
    m_problems->addTopLevelItem(item);
    m_problems->show();
    for (int c = 0; c < 3; ++c)
        m_problems->resizeColumnToContents(c);
}

void CatalogEditor::exportCsvFile(const QString &file)
{
    started();
    runInBackground(
        this,
        [database = m_database, path = toFsPath(file)] {
            inventory::exportCatalogCsv(*database, path);
            return true;
        },
        [this, file](const TaskResult<bool> &result) {
            finished();
            if (!result.ok())
                setStatus(tr("Not exported: %1").arg(result.error), true);
            else
                setStatus(tr("Catalogue written to %1").arg(file));
        });
}

void CatalogEditor::usePhoto(const QString &file)
{
    const QString stem = safeFileStem(m_form->field("sku")->text().trimmed().toStdString());
    started();
    runInBackground(
        this,
        [file, folder = toQString(m_photos ? m_photos->shopFolder() : m_database->path().parent_path()),
         stem] {
            QImageReader reader(file);
            if (!reader.canRead())
                throw std::runtime_error(
                    tr("%1 is not an image Stallcast can read").arg(file).toStdString());
            QDir dir(folder);
            if (!dir.mkpath(QStringLiteral("photos")))
                throw std::runtime_error(tr("cannot create %1").arg(dir.filePath("photos")).toStdString());
            const QString relative =
                QStringLiteral("photos/%1-%2.%3")
                    .arg(stem)
                    .arg(QDateTime::currentMSecsSinceEpoch())
                    .arg(QFileInfo(file).suffix().toLower());
            if (!QFile::copy(file, dir.filePath(relative)))
                throw std::runtime_error(tr("cannot copy %1 into %2").arg(file, folder).toStdString());
            return relative;
        },
        [this](const TaskResult<QString> &result) {
            finished();
            if (!result.ok()) {
                setStatus(tr("Photo not added: %1").arg(result.error), true);
                return;
            }
            m_form->setImage(*result.value);
            setStatus(tr("Photo copied into the shop folder; save the product to keep it."));
        });
}

QString CatalogEditor::startFolder() const
{
    return QSettings().value(kFolderKey, QDir::homePath()).toString();
}

void CatalogEditor::chooseImport()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Import catalogue CSV"),
                                                      startFolder(), tr("CSV files (*.csv);;All files (*)"));
    if (file.isEmpty())
        return;
    QSettings().setValue(kFolderKey, QFileInfo(file).absolutePath());
    importCsvFile(file);
}

void CatalogEditor::chooseExport()
{
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export catalogue CSV"), QDir(startFolder()).filePath(QStringLiteral("catalog.csv")),
        tr("CSV files (*.csv)"));
    if (file.isEmpty())
        return;
    QSettings().setValue(kFolderKey, QFileInfo(file).absolutePath());
    exportCsvFile(file);
}

void CatalogEditor::choosePhoto()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Product photo"), startFolder(), tr("Images (*.png *.jpg *.jpeg *.webp *.bmp)"));
    if (file.isEmpty())
        return;
    QSettings().setValue(kFolderKey, QFileInfo(file).absolutePath());
    usePhoto(file);
}

} // namespace stallcast::ui
