#include "DemoShop.h"
#include "OpenShop.h"
#include "TempDir.h"
#include "TestFramework.h"

#include "db/Database.h"
#include "inventory/Catalog.h"
#include "inventory/CatalogCsv.h"

#include <algorithm>
#include <fstream>

using namespace stallcast;

TEST_CASE("the demo catalogue is compiled in and imports with no errors", "[ui][demo]")
{
    const std::string csv = ui::demoCatalogCsv();
    REQUIRE_FALSE(csv.empty());

    test::TempDir dir;
    db::Database database(dir / "shop.db");
    inventory::ImportSummary summary;
    REQUIRE_NOTHROW(summary = inventory::importCatalogCsvText(database, csv, ui::kDemoCatalogName));
    CHECK(summary.created >= 8);
    CHECK(summary.updated == 0);

    const auto products = inventory::Catalog(database).list(true);
    REQUIRE(products.size() >= 8);
    CHECK(products.size() == summary.created);

    const auto tangerines = inventory::Catalog(database).findByCode("A1");
    REQUIRE(tangerines);
    CHECK(tangerines->name == "제주 감귤 Jeju tangerines");
    CHECK(tangerines->currency == "KRW");
    CHECK(tangerines->price == 25000);
    REQUIRE(tangerines->salePrice);
    CHECK(*tangerines->salePrice == 19900);
    CHECK(tangerines->origin == "Seogwipo, Jeju"); // a quoted field with a comma
    CHECK(tangerines->harvestDate == std::optional<std::string>("2026-11-18"));

    CHECK(inventory::Catalog(database).findByCode("B1"));
    CHECK(std::count_if(products.begin(), products.end(),
                        [](const auto &p) { return p.perBuyerLimit.has_value(); })
          == 1);
    CHECK(std::count_if(products.begin(), products.end(),
                        [](const auto &p) { return p.salePrice.has_value(); })
          >= 2);
    for (const auto &p : products) {
        INFO(p.sku);
        CHECK(p.currency == "KRW");
        CHECK(p.active);
        CHECK(p.onHand > 0);
        CHECK_FALSE(p.code.empty());
        CHECK_FALSE(p.unit.empty());
        CHECK_FALSE(p.origin.empty());
        CHECK_FALSE(p.farm.empty());
        CHECK(p.harvestDate.has_value());
    }

    // Importing it again changes nothing.
    const auto again = inventory::importCatalogCsvText(database, csv, ui::kDemoCatalogName);
    CHECK(again.unchanged == summary.created);
    CHECK(again.created == 0);
    CHECK(again.updated == 0);
}

TEST_CASE("the demo shop is seeded only into an empty shop", "[ui][demo]")
{
    test::TempDir dir;
    db::Database database(dir / "shop.db");
    CHECK(ui::seedDemoShopIfEmpty(database));
    const auto seeded = inventory::Catalog(database).list(true).size();
    CHECK(seeded >= 8);
    CHECK_FALSE(ui::seedDemoShopIfEmpty(database));
    CHECK(inventory::Catalog(database).list(true).size() == seeded);
}

TEST_CASE("openShop creates a new shop with the demo catalogue", "[ui][demo]")
{
    test::TempDir dir;
    const auto file = dir / "new-folder" / "stallcast.db";
    const auto shop = ui::openShop(file);
    REQUIRE(shop.database);
    CHECK(shop.seededDemo);
    CHECK(std::filesystem::exists(file));
    CHECK(inventory::Catalog(*shop.database).list(true).size() >= 8);

    // The second run finds the products and leaves them alone.
    const auto reopened = ui::openShop(file);
    CHECK_FALSE(reopened.seededDemo);
    CHECK(inventory::Catalog(*reopened.database).list(true).size()
          == inventory::Catalog(*shop.database).list(true).size());
}

TEST_CASE("openShop refuses a file that is not a Stallcast database, saying why", "[ui][demo]")
{
    test::TempDir dir;
    const auto file = dir / "notes.db";
    {
        std::ofstream out(file, std::ios::binary);
        out << "these are my shopping notes, not a database\n";
    }
    try {
        ui::openShop(file);
        FAIL("openShop accepted a text file");
    } catch (const std::exception &e) {
        INFO(e.what());
        CHECK(std::string(e.what()).size() > 10);
    }
    // Nothing was written to the file.
    std::ifstream in(file, std::ios::binary);
    std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(content == "these are my shopping notes, not a database\n");
}
