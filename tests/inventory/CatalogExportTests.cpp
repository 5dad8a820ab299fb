#include "TestFramework.h"

#include "CatalogShop.h"

#include "io/AtomicFile.h"
#include "io/Csv.h"

#include <map>
#include <string>
#include <vector>

using stallcast::inventory::kCatalogColumns;
using stallcast::test::CatalogShop;

namespace {

std::vector<std::string> allColumns()
{
    return {std::begin(kCatalogColumns), std::end(kCatalogColumns)};
}

// The exported rows as column -> value maps, checking each has one value per header column.
std::vector<std::map<std::string, std::string>> exportedRows(const std::string &csv)
{
    const auto records = stallcast::io::parseCsv(csv);
    REQUIRE_FALSE(records.empty());
    const auto &header = records.front().fields;
    std::vector<std::map<std::string, std::string>> rows;
    for (std::size_t r = 1; r < records.size(); ++r) {
        REQUIRE(records[r].fields.size() == header.size());
        std::map<std::string, std::string> row;
        for (std::size_t c = 0; c < header.size(); ++c)
            row[header[c]] = records[r].fields[c];
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace

TEST_CASE("catalog export: the header lists every column of kCatalogColumns, in order",
          "[catalog][csv]")
{
    const auto csv = stallcast::inventory::catalogToCsv({});
    const auto records = stallcast::io::parseCsv(csv);
    REQUIRE(records.size() == 1);
    CHECK(records[0].fields == allColumns());
    CHECK(allColumns().size() == 15);
}

TEST_CASE("catalog export: every column carries the product's value", "[catalog][csv]")
{
    stallcast::inventory::Product full;
    full.sku = "HALLABONG";
    full.code = "B3";
    full.name = "한라봉 3kg";
    full.description = "Sweet, \"seedless\"\nJeju";
    full.price = 4500050;
    full.salePrice = 3900000;
    full.currency = "USD";
    full.unit = "box";
    full.onHand = 20;
    full.held = 3;
    full.origin = "Jeju";
    full.farm = "Halla Farm";
    full.harvestDate = "2026-01-15";
    full.image = "hallabong.jpg";
    full.perBuyerLimit = 2;
    full.active = false;

    stallcast::inventory::Product bare;
    bare.sku = "BARE";
    bare.name = "Bare";
    bare.price = 25000;
    bare.currency = "KRW";

    const auto rows = exportedRows(stallcast::inventory::catalogToCsv({full, bare}));
    REQUIRE(rows.size() == 2);
    const std::map<std::string, std::string> expectedFull{
        {"sku", "HALLABONG"},
        {"code", "B3"},
        {"name", "한라봉 3kg"},
        {"description", "Sweet, \"seedless\"\nJeju"},
        {"price", "45000.50"},
        {"sale_price", "39000.00"},
        {"currency", "USD"},
        {"unit", "box"},
        {"stock", "20"},
        {"origin", "Jeju"},
        {"farm", "Halla Farm"},
        {"harvest_date", "2026-01-15"},
        {"image", "hallabong.jpg"},
        {"per_buyer_limit", "2"},
        {"active", "false"}};
    CHECK(rows[0] == expectedFull);
    const std::map<std::string, std::string> expectedBare{
        {"sku", "BARE"},     {"code", ""},
        {"name", "Bare"},    {"description", ""},
        {"price", "25000"},  {"sale_price", ""},
        {"currency", "KRW"}, {"unit", ""},
        {"stock", "0"},      {"origin", ""},
        {"farm", ""},        {"harvest_date", ""},
        {"image", ""},       {"per_buyer_limit", ""},
        {"active", "true"}};
    CHECK(rows[1] == expectedBare);
}

TEST_CASE("catalog export: exportCatalogCsv writes every product, archived ones too",
          "[catalog][csv]")
{
    CatalogShop shop;
    shop.import("in.csv",
                "sku,name,price,currency,stock,active\n"
                "A,Apple,1000,KRW,5,true\nB,Banana,2000,KRW,0,false\nC,Cherry,3.5,USD,9,\n");
    const auto file = shop.writeFile("out.csv", "stale content that must be replaced");
    stallcast::inventory::exportCatalogCsv(shop.database(), file);

    const auto text = stallcast::io::readWholeFile(file);
    CHECK(text == stallcast::inventory::catalogToCsv(shop.catalog().list()));
    const auto rows = exportedRows(text);
    REQUIRE(rows.size() == 3);
    std::map<std::string, std::map<std::string, std::string>> bySku;
    for (const auto &r : rows)
        bySku[r.at("sku")] = r;
    CHECK(bySku.at("A").at("stock") == "5");
    CHECK(bySku.at("B").at("active") == "false");
    CHECK(bySku.at("C").at("price") == "3.50");
    CHECK(bySku.at("C").at("currency") == "USD");

    // No temporary file is left beside the export.
    std::vector<std::string> leftovers;
    for (const auto &entry : std::filesystem::directory_iterator(file.parent_path())) {
        const auto name = entry.path().filename().string();
        if (name != "out.csv" && name.rfind("out.csv", 0) == 0)
            leftovers.push_back(name);
    }
    CHECK(leftovers.empty());
}
