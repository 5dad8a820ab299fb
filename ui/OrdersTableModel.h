#pragma once

#include "RowListModel.h"
#include "inventory/Product.h"
#include "orders/Order.h"

#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace stallcast::ui {

// The order book: one row per order, oldest first (the view sorts). Orders that need the
// merchant (oversold, unknown SKU, over a per-buyer limit, wrong currency) stand out in red;
// orders waiting for payment, and orders charged another price than the shelf's, in amber.
class OrdersTableModel final : public RowListModel<orders::Order> {
    Q_OBJECT
public:
    enum Column { Id, Placed, Status, Source, Buyer, Items, Total, Flags, ColumnCount };

    explicit OrdersTableModel(QObject *parent = nullptr);

    void setOrders(const std::vector<orders::Order> &orders);
    // Adds or updates orders (live events) without waiting for the next reload; one model
    // change for the whole batch.
    void upsertOrders(const std::vector<orders::Order> &orders);
    // The shelf's prices, to flag lines charged at another price ("price mismatch").
    void setCatalog(const std::vector<inventory::Product> &products);

    // The flags as the merchant reads them, the order book's and the studio's own:
    // "oversold, payment pending, price mismatch".
    QStringList flagTexts(const orders::Order &order) const;
    bool priceMismatch(const orders::Order &order) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    std::int64_t rowId(const orders::Order &order) const override { return order.id; }
    // An order changes only through the order book, which stamps updatedMs.
    bool sameContent(const orders::Order &a, const orders::Order &b) const override
    {
        return a.updatedMs == b.updatedMs && a.status == b.status && a.flags == b.flags
               && a.total == b.total && a.lines.size() == b.lines.size();
    }

private:
    QVariant display(const orders::Order &order, int column) const;
    QVariant toolTip(const orders::Order &order, int column) const;
    QVariant foreground(const orders::Order &order, int column) const;
    QVariant background(const orders::Order &order) const;
    QVariant sortValue(const orders::Order &order, int column) const;

    struct ShelfPrice {
        std::int64_t price = 0;
        std::optional<std::int64_t> salePrice;
        std::string currency;
        bool operator==(const ShelfPrice &) const = default;
    };
    std::map<std::string, ShelfPrice> m_prices; // by lower-case SKU
};

// "web shop (Shopify)", "comment claim", "manual" for an order's source.
QString orderSourceText(const std::string &source);

} // namespace stallcast::ui
