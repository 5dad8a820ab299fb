#include "CatalogTableModel.h"
#include "ModelRoles.h"
#include "OrdersTableModel.h"
#include "TableColors.h"
#include "TestFramework.h"

#include <utility>
#include <vector>

using namespace stallcast;
using ui::OrdersTableModel;

namespace {

orders::Order order(std::int64_t id, orders::OrderStatus status, unsigned flags = 0)
{
    orders::Order o;
    o.id = id;
    o.source = "manual";
    o.status = status;
    o.flags = flags;
    o.buyer.handle = "buyer" + std::to_string(id);
    o.currency = "KRW";
    o.total = 19900 * id;
    o.lines.push_back({1, 1, "SKU-" + std::to_string(id), "한라봉 100% %1 Hallabong", id, 19900, id});
    return o;
}

QString cell(const QAbstractItemModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role).toString();
}

} // namespace

TEST_CASE("the orders model formats orders for people", "[ui][model]")
{
    OrdersTableModel model;
    auto paid = order(3, orders::OrderStatus::Paid);
    paid.buyer.name = "김민지";
    model.setOrders({paid});
    REQUIRE(model.rowCount() == 1);
    CHECK(model.columnCount() == OrdersTableModel::ColumnCount);
    CHECK(cell(model, 0, OrdersTableModel::Buyer) == QStringLiteral("buyer3 (김민지)"));
    // A name holding "%1" is shown as written.
    CHECK(cell(model, 0, OrdersTableModel::Items) == QStringLiteral("한라봉 100% %1 Hallabong × 3"));
    CHECK(cell(model, 0, OrdersTableModel::Total) == QStringLiteral("59,700 KRW"));
    CHECK(model.data(model.index(0, OrdersTableModel::Total), ui::kSortRole).toLongLong() == 59700);
    CHECK(model.headerData(OrdersTableModel::Flags, Qt::Horizontal).toString()
          == QStringLiteral("Flags"));
}

TEST_CASE("the orders model highlights orders that need the merchant", "[ui][model]")
{
    using orders::OrderFlag;
    using orders::OrderStatus;
    OrdersTableModel model;
    model.setOrders({
        order(1, OrderStatus::Paid, static_cast<unsigned>(OrderFlag::Oversold)),
        order(2, OrderStatus::Paid, static_cast<unsigned>(OrderFlag::OverLimit)),
        order(3, OrderStatus::Refunded, static_cast<unsigned>(OrderFlag::Oversold)),
        order(4, OrderStatus::Pending),
    });
    const auto background = [&](int row) {
        return model.data(model.index(row, OrdersTableModel::Buyer), Qt::BackgroundRole);
    };
    CHECK(cell(model, 0, OrdersTableModel::Flags) == QStringLiteral("oversold"));
    CHECK(cell(model, 1, OrdersTableModel::Flags) == QStringLiteral("over limit"));
    CHECK(background(0).value<QColor>() == ui::colors::alertBackground());
    CHECK(background(1).value<QColor>() == ui::colors::warningBackground());
    CHECK(background(2).isNull()); // refunded: dealt with
    CHECK(background(3).value<QColor>() == ui::colors::warningBackground()); // not paid yet
    CHECK(cell(model, 3, OrdersTableModel::Flags) == QStringLiteral("payment pending"));
    CHECK(model.data(model.index(2, OrdersTableModel::Flags), Qt::ForegroundRole).value<QColor>()
          == ui::colors::alertText());
    CHECK_FALSE(cell(model, 0, OrdersTableModel::Flags, Qt::ToolTipRole).isEmpty());
}

TEST_CASE("reloading the same orders keeps rows, and new orders are inserted rather than reset", "[ui][model]")
{
    using orders::OrderStatus;
    OrdersTableModel model;
    model.setOrders({order(1, OrderStatus::Pending), order(2, OrderStatus::Paid)});

    int resets = 0;
    int changes = 0;
    std::vector<std::pair<int, int>> inserts;
    QObject::connect(&model, &QAbstractItemModel::modelReset, [&] { ++resets; });
    QObject::connect(&model, &QAbstractItemModel::dataChanged, [&] { ++changes; });
    QObject::connect(&model, &QAbstractItemModel::rowsInserted,
                     [&](const QModelIndex &, int first, int last) { inserts.emplace_back(first, last); });

    model.setOrders({order(1, OrderStatus::Paid), order(2, OrderStatus::Paid)});
    CHECK(resets == 0);
    CHECK(inserts.size() == 0);
    CHECK(changes == 1);
    CHECK(cell(model, 0, OrdersTableModel::Status) == QStringLiteral("paid"));

    model.setOrders({order(1, OrderStatus::Paid), order(2, OrderStatus::Paid),
                     order(3, OrderStatus::Pending)});
    CHECK(resets == 0);
    REQUIRE(inserts.size() == 1);
    CHECK(inserts.at(0) == std::make_pair(2, 2));
    CHECK(model.rowCount() == 3);

    model.setOrders({order(3, OrderStatus::Pending)});
    CHECK(resets == 1);
    CHECK(model.rowCount() == 1);
}

TEST_CASE("the shelf model shows sale prices, sold-out stock and limits", "[ui][model]")
{
    using ui::CatalogTableModel;
    inventory::Product p;
    p.id = 7;
    p.sku = "JEJU-HALLABONG-2KG";
    p.code = "A2";
    p.name = "한라봉 Hallabong";
    p.currency = "KRW";
    p.price = 38000;
    p.salePrice = 35000;
    p.onHand = 12;
    p.held = 12;
    p.perBuyerLimit = 2;

    CatalogTableModel model;
    model.setProducts({p});
    CHECK(cell(model, 0, CatalogTableModel::Price) == QStringLiteral("35,000 KRW (was 38,000 KRW)"));
    CHECK(model.data(model.index(0, CatalogTableModel::Price), ui::kSortRole).toLongLong() == 35000);
    CHECK(cell(model, 0, CatalogTableModel::Available) == QStringLiteral("sold out"));
    CHECK(model.data(model.index(0, CatalogTableModel::Available), ui::kSortRole).toLongLong() == 0);
    CHECK(cell(model, 0, CatalogTableModel::OnHand) == QStringLiteral("12"));
    CHECK(cell(model, 0, CatalogTableModel::Limit) == QStringLiteral("2 per buyer"));

    p.active = false;
    model.setProducts({p});
    CHECK(cell(model, 0, CatalogTableModel::Name) == QStringLiteral("한라봉 Hallabong (archived)"));
}
