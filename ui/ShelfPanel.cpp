#include "ShelfPanel.h"

#include "BackgroundTask.h"
#include "CatalogTableModel.h"
#include "FlashSaleDialog.h"
#include "ShopTables.h"
#include "db/Database.h"
#include "inventory/Catalog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace stallcast::ui {

namespace {

QString shelfTitle(const std::vector<inventory::Product> &products)
{
    const auto onSale = std::count_if(products.begin(), products.end(),
                                      [](const auto &p) { return p.active && p.salePrice; });
    const auto soldOut = std::count_if(products.begin(), products.end(),
                                       [](const auto &p) { return p.active && p.available() <= 0; });
    QString title = ShelfPanel::tr("Shelf · %1 products").arg(products.size());
    if (onSale > 0)
        title += ShelfPanel::tr(" · %1 on sale").arg(onSale);
    if (soldOut > 0)
        title += ShelfPanel::tr(" · %1 sold out").arg(soldOut);
    return title;
}

QPushButton *button(const QString &text, const QString &name, const QString &tip, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setToolTip(tip);
    return b;
}

} // namespace

ShelfPanel::ShelfPanel(std::shared_ptr<db::Database> database, ProductPhotos *photos,
                       QWidget *parent)
    : QWidget(parent), m_database(std::move(database)), m_model(new CatalogTableModel(this)),
      m_sorted(sortedProxy(m_model, this)), m_table(makeShopTable(m_sorted, this)),
      m_title(new QLabel(tr("Shelf"), this)), m_featured(new QLabel(this)),
      m_feature(button(tr("&Feature"), QStringLiteral("featureButton"),
                       tr("Put the selected product's card and QR on stream (keys 1–9 feature the "
                          "first nine on the shelf)"),
                       this)),
      m_plus(button(tr("Stock +1"), QStringLiteral("stockPlusButton"),
                    tr("One more unit on hand (recorded in the stock ledger)"), this)),
      m_minus(button(tr("Stock −1"), QStringLiteral("stockMinusButton"),
                     tr("One unit less on hand (recorded in the stock ledger)"), this)),
      m_sale(button(tr("Flash &sale…"), QStringLiteral("flashSaleButton"),
                    tr("Sell the selected product at a lower price for a few minutes"), this)),
      m_stopSale(button(tr("Stop sale"), QStringLiteral("stopSaleButton"),
                        tr("End the selected product's flash sale now"), this))
{
    setObjectName(QStringLiteral("shelfPanel"));
    m_table->setObjectName(QStringLiteral("shelfTable"));
    m_table->setIconSize(QSize(40, 40));
    m_table->verticalHeader()->setDefaultSectionSize(44);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // catalogue order
    m_table->setSortingEnabled(true);
    if (photos)
        m_model->setPhotos(photos);
    m_featured->setObjectName(QStringLiteral("featuredLabel"));
    setFeaturedSku({});

    auto *header = new QHBoxLayout;
    // Long titles wrap instead of widening the window (a 1366 px laptop).
    m_title->setWordWrap(true);
    m_featured->setWordWrap(true);
    header->addWidget(styleAsTitle(m_title), 1);
    header->addWidget(m_featured);
    auto *actions = new QHBoxLayout;
    for (auto *b : {m_feature, m_plus, m_minus, m_sale, m_stopSale})
        actions->addWidget(b);
    actions->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(header);
    layout->addWidget(m_table);
    layout->addLayout(actions);

    connect(m_feature, &QPushButton::clicked, this, &ShelfPanel::featureSelected);
    connect(m_plus, &QPushButton::clicked, this, [this] { adjustSelectedStock(+1); });
    connect(m_minus, &QPushButton::clicked, this, [this] { adjustSelectedStock(-1); });
    connect(m_sale, &QPushButton::clicked, this, &ShelfPanel::startFlashSale);
    connect(m_stopSale, &QPushButton::clicked, this, &ShelfPanel::stopFlashSale);
    connect(m_table, &QTableView::doubleClicked, this, &ShelfPanel::featureSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ShelfPanel::updateButtons);
    // Number keys anywhere in the window (a text field with focus keeps its digits: Qt gives
    // typing precedence over shortcuts).
    for (int n = 1; n <= 9; ++n) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::Key_0 + n), this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, n] { featureNumber(n); });
    }
    updateButtons();
}

void ShelfPanel::setProducts(const std::vector<inventory::Product> &products)
{
    const bool first = m_model->rowCount() == 0 && !products.empty();
    m_model->setProducts(products);
    if (first)
        m_table->resizeColumnsToContents();
    m_title->setText(shelfTitle(products));
    setFeaturedSku(m_model->featuredSku()); // the name may have changed
    updateButtons();
}

std::vector<inventory::Product> ShelfPanel::shelfOrder() const
{
    std::vector<inventory::Product> shown;
    for (int row = 0; row < m_sorted->rowCount(); ++row) {
        const auto &p = m_model->rowAt(m_sorted->mapToSource(m_sorted->index(row, 0)).row());
        if (p.active)
            shown.push_back(p);
    }
    return shown;
}

std::optional<inventory::Product> ShelfPanel::selectedProduct() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->rowAt(m_sorted->mapToSource(rows.front()).row());
}

QString ShelfPanel::featuredText() const
{
    return m_featured->text();
}

void ShelfPanel::setFeaturedSku(const QString &sku)
{
    m_model->setFeaturedSku(sku);
    const int row = m_model->rowOfSku(sku);
    if (sku.isEmpty() || row < 0) {
        m_featured->setText(tr("Nothing featured"));
        return;
    }
    const auto &p = m_model->rowAt(row);
    m_featured->setText(tr("On stream: %1 %2")
                            .arg(QString::fromStdString(p.code), QString::fromStdString(p.name))
                            .simplified());
}

void ShelfPanel::selectSku(const QString &sku)
{
    const int row = m_model->rowOfSku(sku);
    if (row < 0)
        return;
    m_table->selectRow(m_sorted->mapFromSource(m_model->index(row, 0)).row());
}

void ShelfPanel::featureNumber(int n)
{
    const auto shown = shelfOrder();
    if (n < 1 || n > static_cast<int>(shown.size()))
        return;
    const QString sku = QString::fromStdString(shown[static_cast<std::size_t>(n - 1)].sku);
    selectSku(sku);
    setFeaturedSku(sku);
    emit featureRequested(sku);
}

void ShelfPanel::featureSelected()
{
    const auto product = selectedProduct();
    if (!product || !product->active)
        return;
    const QString sku = QString::fromStdString(product->sku);
    setFeaturedSku(sku);
    emit featureRequested(sku);
}

void ShelfPanel::adjustSelectedStock(int delta)
{
    const auto product = selectedProduct();
    if (!product)
        return;
    ++m_adjustmentsRunning;
    updateButtons();
    const std::string sku = product->sku;
    runInBackground(
        this,
        [database = m_database, sku, delta] {
            inventory::Catalog(*database).adjustStock(sku, delta, "studio", "shelf quick adjust");
            return delta;
        },
        [this, name = QString::fromStdString(product->name)](const TaskResult<int> &result) {
            --m_adjustmentsRunning;
            updateButtons();
            if (!result.ok()) {
                emit statusMessage(tr("Stock of %1 not changed: %2").arg(name, result.error));
                return;
            }
            emit statusMessage(tr("Stock of %1 %2")
                                   .arg(name, *result.value > 0 ? QStringLiteral("+1")
                                                                : QStringLiteral("−1")));
            emit stockChanged();
        });
}

void ShelfPanel::startFlashSale()
{
    const auto product = selectedProduct();
    if (!product)
        return;
    FlashSaleDialog dialog(*product, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const FlashSale sale = dialog.sale();
    emit flashSaleRequested(sale.sku, sale.price, sale.currency, sale.minutes, sale.quantity,
                            sale.perBuyerCap);
}

void ShelfPanel::stopFlashSale()
{
    if (const auto product = selectedProduct())
        emit flashSaleStopRequested(QString::fromStdString(product->sku));
}

void ShelfPanel::updateButtons()
{
    const auto product = selectedProduct();
    const bool selected = product.has_value();
    m_feature->setEnabled(selected && product->active);
    m_plus->setEnabled(selected && m_adjustmentsRunning == 0);
    m_minus->setEnabled(selected && m_adjustmentsRunning == 0 && product->onHand > product->held);
    m_sale->setEnabled(selected && product->active && product->available() > 0);
    m_stopSale->setEnabled(selected);
}

} // namespace stallcast::ui
