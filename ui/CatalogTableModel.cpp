#include "CatalogTableModel.h"

#include "ModelRoles.h"
#include "MoneyText.h"
#include "ProductPhotos.h"
#include "TableColors.h"

#include <QFont>

namespace stallcast::ui {

namespace {

QString text(const std::string &utf8)
{
    return QString::fromStdString(utf8);
}

QString priceText(const inventory::Product &p)
{
    if (!p.salePrice)
        return moneyText(p.price, p.currency);
    return CatalogTableModel::tr("%1 (was %2)")
        .arg(moneyText(*p.salePrice, p.currency), moneyText(p.price, p.currency));
}

bool isNumeric(int column)
{
    return column == CatalogTableModel::Price || column == CatalogTableModel::Available
           || column == CatalogTableModel::OnHand;
}

} // namespace

CatalogTableModel::CatalogTableModel(QObject *parent) : RowListModel(parent) {}

void CatalogTableModel::setProducts(std::vector<inventory::Product> products)
{
    replaceRows(std::move(products));
}

bool CatalogTableModel::sameContent(const inventory::Product &a, const inventory::Product &b) const
{
    return a.sku == b.sku && a.code == b.code && a.name == b.name && a.description == b.description
           && a.price == b.price && a.salePrice == b.salePrice && a.currency == b.currency
           && a.unit == b.unit && a.origin == b.origin && a.farm == b.farm
           && a.harvestDate == b.harvestDate && a.image == b.image
           && a.perBuyerLimit == b.perBuyerLimit && a.active == b.active && a.onHand == b.onHand
           && a.held == b.held;
}

void CatalogTableModel::setPhotos(ProductPhotos *photos)
{
    m_photos = photos;
    connect(photos, &ProductPhotos::thumbnailReady, this, &CatalogTableModel::imageLoaded);
}

void CatalogTableModel::imageLoaded(const QString &image)
{
    for (int row = 0; row < rowCount(); ++row)
        if (text(rowAt(row).image) == image)
            emit dataChanged(index(row, Name), index(row, Name), {Qt::DecorationRole});
}

bool CatalogTableModel::isFeatured(const inventory::Product &product) const
{
    return !m_featured.isEmpty() && text(product.sku).compare(m_featured, Qt::CaseInsensitive) == 0;
}

void CatalogTableModel::setFeaturedSku(const QString &sku)
{
    if (sku == m_featured)
        return;
    m_featured = sku;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int CatalogTableModel::rowOfSku(const QString &sku) const
{
    for (int row = 0; row < rowCount(); ++row)
        if (text(rowAt(row).sku).compare(sku, Qt::CaseInsensitive) == 0)
            return row;
    return -1;
}

int CatalogTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CatalogTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const auto &product = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(product, index.column());
    case Qt::ToolTipRole:
        return toolTip(product, index.column());
    case Qt::ForegroundRole:
        return foreground(product, index.column());
    case Qt::TextAlignmentRole:
        return isNumeric(index.column()) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case kSortRole:
        return sortValue(product, index.column());
    case Qt::DecorationRole:
        if (index.column() == Name && m_photos && !product.image.empty())
            return m_photos->thumbnail(text(product.image));
        return {};
    case Qt::FontRole:
        if (isFeatured(product)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::BackgroundRole:
        return isFeatured(product) ? QVariant(colors::featuredBackground()) : QVariant();
    default:
        return {};
    }
}

QVariant CatalogTableModel::display(const inventory::Product &p, int column) const
{
    switch (column) {
    case Code:
        return text(p.code);
    case Name:
        return p.active ? text(p.name) : tr("%1 (archived)").arg(text(p.name));
    case Price:
        return priceText(p);
    case Available:
        return p.available() > 0 ? QVariant(qlonglong(p.available())) : QVariant(tr("sold out"));
    case OnHand:
        return qlonglong(p.onHand);
    case Unit:
        return text(p.unit);
    case Limit:
        return p.perBuyerLimit ? tr("%1 per buyer").arg(*p.perBuyerLimit) : QString();
    case Origin:
        return text(p.origin);
    case Farm:
        return text(p.farm);
    case Harvested:
        return text(p.harvestDate.value_or(""));
    default:
        return {};
    }
}

QVariant CatalogTableModel::toolTip(const inventory::Product &p, int column) const
{
    switch (column) {
    case Name:
        return tr("%1\nSKU %2").arg(text(p.description), text(p.sku)).trimmed();
    case Price:
        if (p.salePrice)
            return tr("On sale at %1; list price %2")
                .arg(moneyText(*p.salePrice, p.currency), moneyText(p.price, p.currency));
        return {};
    case Available:
        return tr("%1 on hand, %2 held for buyers").arg(p.onHand).arg(p.held);
    default:
        return {};
    }
}

QVariant CatalogTableModel::foreground(const inventory::Product &p, int column) const
{
    if (!p.active)
        return colors::mutedText();
    if (column == Available && p.available() <= 0)
        return colors::alertText();
    if (column == Price && p.salePrice)
        return colors::saleText();
    return {};
}

QVariant CatalogTableModel::sortValue(const inventory::Product &p, int column) const
{
    switch (column) {
    case Price:
        return qlonglong(p.effectivePrice());
    case Available:
        return qlonglong(p.available());
    case OnHand:
        return qlonglong(p.onHand);
    case Limit:
        return qlonglong(p.perBuyerLimit.value_or(0));
    default:
        return display(p, column);
    }
}

QVariant CatalogTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Product");
    case Price:
        return tr("Price");
    case Available:
        return tr("Available");
    case OnHand:
        return tr("On hand");
    case Unit:
        return tr("Unit");
    case Limit:
        return tr("Limit");
    case Origin:
        return tr("Origin");
    case Farm:
        return tr("Farm");
    case Harvested:
        return tr("Harvested");
    default:
        return {};
    }
}

} // namespace stallcast::ui
