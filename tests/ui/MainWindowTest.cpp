#include "CatalogTableModel.h"
#include "DemoShop.h"
#include "MainWindow.h"
#include "OrdersTableModel.h"
#include "StudioTestSupport.h"
#include "TableColors.h"
#include "TempDir.h"
#include "TestFramework.h"

#include "db/Database.h"
#include "orders/OrderBook.h"

#include <QSettings>

#include <memory>
#include <optional>

using namespace stallcast;
using ui::CatalogTableModel;
using ui::OrdersTableModel;

namespace {

std::optional<int> rowWithCode(const CatalogTableModel &model, const std::string &code)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.rowAt(row).code == code)
            return row;
    return std::nullopt;
}

QString cell(const QAbstractItemModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role).toString();
}

orders::OrderRequest paidOrder(const std::string &buyer, const std::string &sku, std::int64_t qty)
{
    orders::OrderRequest request;
    request.source = "test";
    request.buyer.handle = buyer;
    request.lines.push_back({sku, qty, std::nullopt});
    request.paid = true;
    return request;
}

} // namespace

TEST_CASE("the studio window shows the demo shop and picks up new orders", "[ui][window]")
{
    test::TempDir dir;
    test::OffscreenStudioApp app(dir / "settings");

    auto database = std::make_shared<db::Database>(dir / "shop.db");
    REQUIRE(ui::seedDemoShopIfEmpty(*database));

    ui::MainWindow window(database);
    window.show();
    CHECK(window.windowTitle() == QStringLiteral("Stallcast"));

    // The shelf fills in from the background load.
    const auto &shelf = window.catalogModel();
    REQUIRE(test::waitUntil([&] { return shelf.rowCount() >= 8; }));
    const auto a1 = rowWithCode(shelf, "A1");
    REQUIRE(a1);
    CHECK(cell(shelf, *a1, CatalogTableModel::Name) == QStringLiteral("제주 감귤 Jeju tangerines"));
    CHECK(cell(shelf, *a1, CatalogTableModel::Price) == QStringLiteral("19,900 KRW (was 25,000 KRW)"));
    CHECK(cell(shelf, *a1, CatalogTableModel::Available) == QStringLiteral("40"));
    CHECK(cell(shelf, *a1, CatalogTableModel::Origin) == QStringLiteral("Seogwipo, Jeju"));
    CHECK(cell(shelf, *a1, CatalogTableModel::Harvested) == QStringLiteral("2026-11-18"));
    const auto a2 = rowWithCode(shelf, "A2");
    REQUIRE(a2);
    CHECK(cell(shelf, *a2, CatalogTableModel::Limit) == QStringLiteral("2 per buyer"));

    const auto &orders = window.ordersModel();
    CHECK(orders.rowCount() == 0);
    CHECK(window.totalsText() == QStringLiteral("No orders yet"));

    // An order placed through the order book shows up after a refresh (F5).
    orders::OrderBook book(*database);
    const auto placed = book.place(paidOrder("minji", "JEJU-TANGERINE-3KG", 2));
    window.refresh();
    REQUIRE(test::waitUntil([&] { return orders.rowCount() == 1; }));
    CHECK(cell(orders, 0, OrdersTableModel::Id) == QString::number(placed.order.id));
    CHECK(cell(orders, 0, OrdersTableModel::Status) == QStringLiteral("paid"));
    CHECK(cell(orders, 0, OrdersTableModel::Buyer) == QStringLiteral("minji"));
    CHECK(cell(orders, 0, OrdersTableModel::Items) == QStringLiteral("제주 감귤 Jeju tangerines × 2"));
    CHECK(cell(orders, 0, OrdersTableModel::Total) == QStringLiteral("39,800 KRW"));
    CHECK(cell(orders, 0, OrdersTableModel::Flags).isEmpty());
    CHECK(cell(shelf, *rowWithCode(shelf, "A1"), CatalogTableModel::Available) == QStringLiteral("38"));
    CHECK(window.totalsText().contains(QStringLiteral("1 order (1 paid)")));
    CHECK(window.totalsText().contains(QStringLiteral("2 units sold")));
    CHECK(window.totalsText().contains(QStringLiteral("39,800 KRW")));

    // Without a refresh, the 2-second poll notices the next commit by itself: here a paid order
    // for more honey than the shelf holds, which must stand out in red.
    const auto oversold = book.place(paidOrder("jun", "JIRISAN-HONEY-1KG", 50));
    REQUIRE(oversold.order.has(orders::OrderFlag::Oversold));
    REQUIRE(test::waitUntil([&] { return orders.rowCount() == 2; }));
    CHECK(cell(orders, 1, OrdersTableModel::Id) == QString::number(oversold.order.id));
    CHECK(cell(orders, 1, OrdersTableModel::Flags) == QStringLiteral("oversold"));
    CHECK(orders.data(orders.index(1, OrdersTableModel::Flags), Qt::ForegroundRole).value<QColor>()
          == ui::colors::alertText());
    CHECK(orders.data(orders.index(1, OrdersTableModel::Buyer), Qt::BackgroundRole).value<QColor>()
          == ui::colors::alertBackground());
    CHECK(orders.data(orders.index(0, OrdersTableModel::Buyer), Qt::BackgroundRole).isNull());
    REQUIRE(test::waitUntil(
        [&] { return window.totalsText().contains(QStringLiteral("1 order needs attention")); }));

    // Closing remembers the window's layout for the next run.
    window.close();
    const QSettings settings;
    CHECK_FALSE(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray().isEmpty());
    CHECK_FALSE(settings.value(QStringLiteral("mainWindow/splitter")).toByteArray().isEmpty());
}
