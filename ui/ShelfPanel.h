#pragma once

#include "inventory/Product.h"

#include <QString>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace stallcast::db {
class Database;
}

namespace stallcast::ui {

class CatalogTableModel;
class ProductPhotos;

// The product shelf during a stream: code, photo, price, stock (live), and one-click actions on
// the selected product — Feature (or keys 1–9 for the first nine on the shelf), stock +1/−1
// through the ledger, start or stop a flash sale. Featuring and sales are requests (signals with
// plain data): the overlay and the order book act on them.
class ShelfPanel final : public QWidget {
    Q_OBJECT
public:
    ShelfPanel(std::shared_ptr<db::Database> database, ProductPhotos *photos,
               QWidget *parent = nullptr);

    const CatalogTableModel &model() const { return *m_model; }
    QTableView *table() const { return m_table; }
    // The active products in the order the shelf shows them; keys 1–9 feature the first nine.
    std::vector<inventory::Product> shelfOrder() const;
    std::optional<inventory::Product> selectedProduct() const;
    QString featuredText() const;

public slots:
    void setProducts(const std::vector<stallcast::inventory::Product> &products);
    // Marks the product on stream (also called by whoever actually features it).
    void setFeaturedSku(const QString &sku);
    void selectSku(const QString &sku);
    // Keys 1–9: the n-th product of shelfOrder(), counting from 1.
    void featureNumber(int n);
    void featureSelected();
    void adjustSelectedStock(int delta);
    void startFlashSale();
    void stopFlashSale();

signals:
    void featureRequested(const QString &sku);
    void flashSaleRequested(const QString &sku, qint64 priceMinor, const QString &currency,
                            int minutes, int quantity, int perBuyerCap);
    void flashSaleStopRequested(const QString &sku);
    // Stock was changed here: the shelf should be reloaded.
    void stockChanged();
    void statusMessage(const QString &message);

private:
    void updateButtons();

    std::shared_ptr<db::Database> m_database;
    CatalogTableModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_table;
    QLabel *m_title;
    QLabel *m_featured;
    QPushButton *m_feature;
    QPushButton *m_plus;
    QPushButton *m_minus;
    QPushButton *m_sale;
    QPushButton *m_stopSale;
    int m_adjustmentsRunning = 0;
};

} // namespace stallcast::ui
