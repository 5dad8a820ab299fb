#include "TestFramework.h"

#include "CatalogShop.h"
#include "DatabaseContents.h"

#include "io/AtomicFile.h"
#include "orders/OrderBook.h"

#include <numeric>
#include <string>

using stallcast::inventory::StockMovement;
using stallcast::inventory::StockReason;
using stallcast::test::CatalogShop;
using stallcast::test::databaseContents;
using stallcast::test::fullCatalogHeader;

namespace {

std::int64_t onHandFromLedger(const std::vector<StockMovement> &movements)
{
    return std::accumulate(
        movements.begin(), movements.end(), std::int64_t{0},
        [](std::int64_t sum, const StockMovement &m) { return sum + m.onHandDelta; });
}

const std::string kMinimalHeader = "sku,name,price,currency,stock\n";

} // namespace

TEST_CASE("catalog reimport: an existing SKU is updated and its stock change is an import movement",
          "[catalog][csv]")
{
    CatalogShop shop;
    shop.import("monday.csv", kMinimalHeader + "JEJU-5KG,제주 감귤,\"25,000\",KRW,10\n");
    const auto id = shop.product("JEJU-5KG").id;
    shop.advanceClock(3'600'000);

    const auto file = shop.writeFile("tuesday.csv",
                                     kMinimalHeader + "jeju-5kg,제주 감귤 (특),\"27,000\",KRW,7\n");
    const auto summary = stallcast::inventory::importCatalogCsv(shop.database(), file);
    CHECK(summary.created == 0);
    CHECK(summary.updated == 1);
    CHECK(summary.unchanged == 0);

    const auto p = shop.product("JEJU-5KG");
    CHECK(p.id == id);
    CHECK(p.name == "제주 감귤 (특)");
    CHECK(p.price == 27000);
    CHECK(p.onHand == 7);

    const auto movements = shop.movements("JEJU-5KG");
    REQUIRE(movements.size() == 2);
    CHECK(movements[0].onHandDelta == 10);
    CHECK(movements[1].reason == StockReason::Import);
    CHECK(movements[1].onHandDelta == -3);
    CHECK(movements[1].heldDelta == 0);
    CHECK(movements[1].actor == "import:" + file.string());
    CHECK(movements[1].atMs == shop.nowMs());
    CHECK(onHandFromLedger(movements) == p.onHand);
    CHECK(shop.ledgerProblems().empty());
}

TEST_CASE("catalog reimport: the stock in the file is the new on-hand figure after sales",
          "[catalog][csv]")
{
    CatalogShop shop;
    shop.import("stock.csv", kMinimalHeader + "MELON,哈密瓜,30.00,CNY,10\n");
    stallcast::orders::OrderBook book(shop.database());
    stallcast::orders::OrderRequest order;
    order.buyer.handle = "wei";
    order.lines.push_back({"MELON", 4, std::nullopt});
    book.place(order);
    REQUIRE(shop.product("MELON").onHand == 6);

    shop.import("recount.csv", kMinimalHeader + "MELON,哈密瓜,30.00,CNY,20\n");
    const auto movements = shop.movements("MELON");
    REQUIRE(movements.size() == 3);
    CHECK(movements[1].reason == StockReason::Sale);
    CHECK(movements[1].onHandDelta == -4);
    CHECK(movements[2].reason == StockReason::Import);
    CHECK(movements[2].onHandDelta == 14);
    CHECK(shop.product("MELON").onHand == 20);
    CHECK(onHandFromLedger(movements) == 20);
    CHECK(shop.ledgerProblems().empty());
}

TEST_CASE("catalog reimport: the same file again changes nothing", "[catalog][csv]")
{
    CatalogShop shop;
    const std::string text = kMinimalHeader + "A,Apple,1000,KRW,5\nB,Banana,2000,KRW,0\n";
    CHECK(shop.import("same.csv", text).created == 2);
    const auto before = databaseContents(shop.database());
    shop.advanceClock(86'400'000);

    const auto summary = shop.import("same.csv", text);
    CHECK(summary.created == 0);
    CHECK(summary.updated == 0);
    CHECK(summary.unchanged == 2);
    CHECK(databaseContents(shop.database()) == before);
}

TEST_CASE("catalog reimport: columns the file leaves out keep their values", "[catalog][csv]")
{
    CatalogShop shop;
    shop.import("full.csv",
                fullCatalogHeader()
                    + "HALLABONG,B3,한라봉,Jeju's pride,\"45,000\",\"39,000\",KRW,box,20,"
                      "Jeju,Halla Farm,2026-01-15,hallabong.jpg,2,true\n"
                    + "OLD-STOCK,,Last year's,,\"10,000\",,KRW,box,0,,,,,,false\n");
    // A price list with only the required columns.
    const auto summary = shop.import("prices.csv", kMinimalHeader
                                                       + "HALLABONG,한라봉,\"48,000\",KRW,18\n"
                                                         "OLD-STOCK,Last year's,\"9,000\",KRW,0\n");
    CHECK(summary.updated == 2);

    const auto p = shop.product("HALLABONG");
    CHECK(p.price == 48000);
    CHECK(p.onHand == 18);
    CHECK(p.code == "B3");
    CHECK(p.description == "Jeju's pride");
    CHECK(p.salePrice == std::optional<std::int64_t>(39000));
    CHECK(p.unit == "box");
    CHECK(p.origin == "Jeju");
    CHECK(p.farm == "Halla Farm");
    CHECK(p.harvestDate == std::optional<std::string>("2026-01-15"));
    CHECK(p.image == "hallabong.jpg");
    CHECK(p.perBuyerLimit == std::optional<std::int64_t>(2));
    // An archived product is not put back on sale by a file without an active column.
    CHECK_FALSE(shop.product("OLD-STOCK").active);
    CHECK(shop.product("OLD-STOCK").price == 9000);
}

TEST_CASE("catalog reimport: a kept sale price must still be below a new price", "[catalog][csv]")
{
    CatalogShop shop;
    shop.import("full.csv",
                "sku,name,price,sale_price,currency,stock\nA,Apple,\"1,000\",900,KRW,1\n");
    const auto file = shop.writeFile("cheaper.csv", kMinimalHeader + "A,Apple,800,KRW,1\n");
    const auto before = databaseContents(shop.database());
    try {
        stallcast::inventory::importCatalogCsv(shop.database(), file);
        FAIL("a price below the kept sale price was accepted");
    } catch (const stallcast::inventory::CatalogImportError &e) {
        CHECK(std::string(e.what()) == file.string() + ":2: sale_price: must be lower than price");
    }
    CHECK(databaseContents(shop.database()) == before);
}

TEST_CASE("catalog reimport: export then import of the export is unchanged", "[catalog][csv]")
{
    CatalogShop shop;
    shop.import(
        "rich.csv",
        fullCatalogHeader()
            + "JEJU-5KG,A1,제주 감귤 5kg,\"Sweet, seedless\r\n\"\"best\"\" of "
              "Jeju\",\"25,000\",\"22,000\",KRW,box,10,"
              "Jeju,Halla Farm,2025-11-20,jeju.jpg,2,true\n"
            + "DURIAN,B2,ทุเรียนหมอนทอง 🍈,\"  spaces kept  \",\"1,500.00\",\"1,290.50\",THB,kg,3,"
              "Chanthaburi,,,,,yes\n"
            + "DATES,,تمر مجدول,,12.345,,BHD,,7,Al-Ahsa,,,,,\n"
            + "RETIRED,Z9,Old stock,,0.05,,USD,,0,,,,,,false\n"
            + "EMOJI,,👩‍🌾🍊 box,\"line\nbreaks\",\"1,000\",,JPY,,1,,,,,,\n");
    // Give one product some history beyond the import.
    shop.catalog().adjustStock("DURIAN", 2, "ui", "restock");
    shop.advanceClock(5'000);

    const auto exported = shop.writeFile("export.csv", "");
    stallcast::inventory::exportCatalogCsv(shop.database(), exported);
    const auto before = databaseContents(shop.database());

    const auto summary = stallcast::inventory::importCatalogCsv(shop.database(), exported);
    CHECK(summary.created == 0);
    CHECK(summary.updated == 0);
    CHECK(summary.unchanged == 5);
    CHECK(databaseContents(shop.database()) == before);

    // And the export of the re-imported catalogue is byte for byte the first export.
    const auto again = shop.writeFile("export-again.csv", "");
    stallcast::inventory::exportCatalogCsv(shop.database(), again);
    CHECK(stallcast::io::readWholeFile(again) == stallcast::io::readWholeFile(exported));
}

TEST_CASE("catalog reimport: a per-buyer limit added by a file counts the orders placed before it",
          "[catalog][csv][limits]")
{
    CatalogShop shop;
    const std::string header = "sku,name,price,currency,stock,per_buyer_limit\n";
    shop.import("open.csv", header + "EGGS,계란 한 판,5000,KRW,50,\n");
    stallcast::orders::OrderBook book(shop.database());
    stallcast::orders::OrderRequest order;
    order.buyer.handle = "Kim";
    order.lines.push_back({"EGGS", 2, std::nullopt});
    book.place(order);

    shop.import("limited.csv", header + "EGGS,계란 한 판,5000,KRW,48,2\n");
    REQUIRE(shop.product("EGGS").perBuyerLimit == 2);
    order.buyer.handle = "KIM";
    order.lines[0].qty = 1;
    try {
        book.place(order);
        FAIL("a third unit for kim was accepted");
    } catch (const stallcast::orders::OrderRejected &e) {
        CHECK(e.reason() == stallcast::orders::OrderRejected::Reason::OverLimit);
    }
}
