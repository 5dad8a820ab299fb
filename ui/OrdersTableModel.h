#pragma once

#include "RowListModel.h"
#include "orders/Order.h"

#include <vector>

namespace stallcast::ui {

// The order book: one row per order, oldest first (the view sorts). Orders that need the
// merchant (oversold, unknown SKU, over a per-buyer limit, wrong currency) stand out in red.
class OrdersTableModel final : public RowListModel<orders::Order> {
    Q_OBJECT
public:
    enum Column { Id, Placed, Status, Source, Buyer, Items, Total, Flags, ColumnCount };

    explicit OrdersTableModel(QObject *parent = nullptr);

    void setOrders(std::vector<orders::Order> orders);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    std::int64_t rowId(const orders::Order &order) const override { return order.id; }

private:
    QVariant display(const orders::Order &order, int column) const;
    QVariant toolTip(const orders::Order &order, int column) const;
    QVariant foreground(const orders::Order &order, int column) const;
    QVariant background(const orders::Order &order) const;
    QVariant sortValue(const orders::Order &order, int column) const;
};

} // namespace stallcast::ui
