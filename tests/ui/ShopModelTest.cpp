#include "CatalogTableModel.h"
#include "OrdersTableModel.h"
#include "TestFramework.h"

#include <QSignalSpy>

using namespace stallcast;

namespace {

orders::Order order(std::int64_t id, std::int64_t updatedMs)
{
    orders::Order o;
    o.id = id;
    o.status = orders::OrderStatus::Paid;
    o.currency = "KRW";
    o.total = 1000 * id;
    o.createdMs = o.updatedMs = updatedMs;
    o.lines.push_back({1, 1, "SKU-" + std::to_string(id), "Item", 1, 1000 * id, 1});
    return o;
}

} // namespace

TEST_CASE("shop: a reload that adds an order reports only the new row and the rows that changed", "[ui][shop][model]")
{
    ui::OrdersTableModel model;
    model.setOrders({order(1, 10), order(2, 20), order(3, 30)});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    model.setOrders({order(1, 10), order(2, 20), order(3, 30), order(4, 40)});
    CHECK(inserted.count() == 1);
    CHECK(changed.count() == 0); // nothing already shown changed
    CHECK(reset.count() == 0);

    // Order 2 was fulfilled meanwhile: only its row is reported.
    auto fulfilled = order(2, 25);
    fulfilled.status = orders::OrderStatus::Fulfilled;
    model.setOrders({order(1, 10), fulfilled, order(3, 30), order(4, 40)});
    REQUIRE(changed.count() == 1);
    CHECK(changed.at(0).at(0).toModelIndex().row() == 1);
    CHECK(changed.at(0).at(1).toModelIndex().row() == 1);

    // Live orders arriving out of order land in id order, once each.
    model.upsertOrders({order(6, 60), order(5, 50), order(6, 61)});
    REQUIRE(model.rowCount() == 6);
    for (int row = 0; row < 6; ++row)
        CHECK(model.rowAt(row).id == row + 1);
    CHECK(model.rowAt(5).updatedMs == 61);
}

TEST_CASE("shop: a shelf reload reports only the products whose figures changed", "[ui][shop][model]")
{
    ui::CatalogTableModel model;
    std::vector<inventory::Product> products(3);
    for (int i = 0; i < 3; ++i) {
        products[i].id = i + 1;
        products[i].sku = "SKU-" + std::to_string(i);
        products[i].currency = "KRW";
        products[i].onHand = 10;
    }
    model.setProducts(products);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setProducts(products);
    CHECK(changed.count() == 0);
    products[2].onHand = 8; // an order took two
    model.setProducts(products);
    REQUIRE(changed.count() == 1);
    CHECK(changed.at(0).at(0).toModelIndex().row() == 2);
    CHECK(model.data(model.index(2, ui::CatalogTableModel::Available)).toString() == QStringLiteral("8"));
}

TEST_CASE("shop: live orders are appended, and a reload that has not seen them yet removes them without a reset", "[ui][shop][model]")
{
    ui::OrdersTableModel model;
    model.setOrders({order(1, 10), order(2, 20), order(3, 30)});
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.upsertOrders({order(4, 40), order(5, 50)}); // live, newer than every row
    REQUIRE(inserted.count() == 1);
    CHECK(inserted.at(0).at(1).toInt() == 3);
    CHECK(inserted.at(0).at(2).toInt() == 4);
    CHECK(model.rowCount() == 5);

    // The reload knows order 4 (now fulfilled) but not 5 yet: 5 goes, 4 is updated in place.
    auto fulfilled = order(4, 41);
    fulfilled.status = orders::OrderStatus::Fulfilled;
    model.setOrders({order(1, 10), order(2, 20), order(3, 30), fulfilled});
    CHECK(reset.count() == 0);
    REQUIRE(removed.count() == 1);
    CHECK(removed.at(0).at(1).toInt() == 4);
    REQUIRE(changed.count() == 1);
    CHECK(changed.at(0).at(0).value<QModelIndex>().row() == 3);
    CHECK(model.rowCount() == 4);
    CHECK(model.rowAt(3).status == orders::OrderStatus::Fulfilled);

    // An older order arriving late is still put in its place.
    model.upsertOrders({order(6, 60)});
    model.setOrders({order(1, 10), order(3, 30)}); // order 2 gone: a different list, reset
    CHECK(reset.count() == 1);
    CHECK(model.rowCount() == 2);
    model.upsertOrders({order(2, 20)});
    CHECK(model.rowCount() == 3);
    CHECK(model.rowAt(1).id == 2);
}
