#pragma once

#include "RowListModel.h"
#include "inventory/Product.h"

#include <QString>

#include <string>
#include <vector>

namespace stallcast::ui {

class ProductPhotos;

// The product shelf: one row per product (archived ones greyed), prices in the shop's currency.
class CatalogTableModel final : public RowListModel<inventory::Product> {
    Q_OBJECT
public:
    enum Column {
        Code,
        Name,
        Price,
        Available,
        OnHand,
        Unit,
        Limit,
        Origin,
        Farm,
        Harvested,
        ColumnCount
    };

    explicit CatalogTableModel(QObject *parent = nullptr);

    void setProducts(std::vector<inventory::Product> products);
    // Photo thumbnails on the Name column, loaded (off the UI thread) as rows are shown.
    void setPhotos(ProductPhotos *photos);
    // The product on stream: its row is bold on a highlighted background.
    void setFeaturedSku(const QString &sku);
    QString featuredSku() const { return m_featured; }
    // The row of a SKU (case-insensitive), or -1.
    int rowOfSku(const QString &sku) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    std::int64_t rowId(const inventory::Product &product) const override { return product.id; }
    bool sameContent(const inventory::Product &a, const inventory::Product &b) const override;

private:
    QVariant display(const inventory::Product &product, int column) const;
    QVariant toolTip(const inventory::Product &product, int column) const;
    QVariant foreground(const inventory::Product &product, int column) const;
    QVariant sortValue(const inventory::Product &product, int column) const;
    void imageLoaded(const QString &image);
    bool isFeatured(const inventory::Product &product) const;

    ProductPhotos *m_photos = nullptr;
    QString m_featured;
};

} // namespace stallcast::ui
