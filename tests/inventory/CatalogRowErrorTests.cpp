#include "TestFramework.h"
#include "ThrownMessage.h"

#include "CatalogShop.h"
#include "DatabaseContents.h"

#include "io/Csv.h"

#include <map>
#include <string>
#include <vector>

using stallcast::test::CatalogShop;
using stallcast::test::contains;
using stallcast::test::databaseContents;
using stallcast::test::fullCatalogHeader;
using stallcast::test::startsWith;

namespace {

using Cells = std::map<std::string, std::string>;

// A valid catalogue row (all columns, kCatalogColumns order) with some cells replaced.
std::string row(const std::string &sku, const Cells &changes = {})
{
    Cells cells{{"sku", sku},
                {"code", ""},
                {"name", "상품 " + sku},
                {"description", ""},
                {"price", "10,000"},
                {"sale_price", ""},
                {"currency", "KRW"},
                {"unit", "box"},
                {"stock", "5"},
                {"origin", "Jeju"},
                {"farm", ""},
                {"harvest_date", ""},
                {"image", ""},
                {"per_buyer_limit", ""},
                {"active", "true"}};
    for (const auto &[column, value] : changes)
        cells.at(column) = value;
    std::vector<std::string> fields;
    for (const auto column : stallcast::inventory::kCatalogColumns)
        fields.push_back(cells.at(std::string(column)));
    return stallcast::io::formatCsvRecord(fields);
}

struct BadCell {
    const char *column;
    const char *value;
    const char *field; // the field the error must name
};

} // namespace

TEST_CASE("catalog import: a bad cell is reported as file:line: field: reason", "[catalog][csv]")
{
    const BadCell cases[] = {
        {"price", "100.5", "price"},
        {"price", "", "price"},
        {"price", "-1", "price"},
        {"price", "1,00", "price"},
        {"price", "12,34,567", "price"},
        {"price", "abc", "price"},
        {"price", "1e3", "price"},
        {"price", "99999999999999999999", "price"},
        {"sale_price", "10,000", "sale_price"},
        {"sale_price", "12,000", "sale_price"},
        {"sale_price", "9.5", "sale_price"},
        {"currency", "", "currency"},
        {"currency", "WON", "currency"},
        {"stock", "", "stock"},
        {"stock", "-1", "stock"},
        {"stock", "1.5", "stock"},
        {"stock", "1,000", "stock"},
        {"stock", "lots", "stock"},
        {"sku", "", "sku"},
        {"sku", "   ", "sku"},
        {"name", "", "name"},
        {"name", "two\nlines", "name"},
        {"code", "A 1", "code"},
        {"code", "가1", "code"},
        {"code", "ABCDEFGHIJKLMNOPQ", "code"},
        {"harvest_date", "2026-02-30", "harvest_date"},
        {"harvest_date", "2026-13-01", "harvest_date"},
        {"harvest_date", "2026-2-3", "harvest_date"},
        {"harvest_date", "15/01/2026", "harvest_date"},
        {"harvest_date", "2025-02-29", "harvest_date"},
        {"per_buyer_limit", "0", "per_buyer_limit"},
        {"per_buyer_limit", "-2", "per_buyer_limit"},
        {"per_buyer_limit", "two", "per_buyer_limit"},
        {"active", "maybe", "active"},
        {"unit", "k\tg", "unit"},
        {"image", "a\nb.jpg", "image"},
    };
    for (const auto &c : cases) {
        INFO(c.column << " = \"" << c.value << "\"");
        CatalogShop shop;
        const auto file = shop.writeFile("bad.csv", "");
        const auto message = shop.importError("bad.csv", fullCatalogHeader() + row("GOOD-1")
                                                             + row("BAD-2", {{c.column, c.value}})
                                                             + row("GOOD-3"));
        CHECK(startsWith(message, file.string() + ":3: " + c.field + ": "));
        CHECK(shop.catalog().list().empty());
    }
}

TEST_CASE("catalog import: the reason says what is wrong", "[catalog][csv]")
{
    CatalogShop shop;
    const auto file = shop.writeFile("why.csv", "");
    const auto prefix = file.string() + ":2: ";
    const auto import = [&](const Cells &changes) {
        return shop.importError("why.csv", fullCatalogHeader() + row("X", changes));
    };
    CHECK(import({{"price", "100.5"}})
          == prefix + "price: \"100.5\" has decimals but KRW has no minor unit");
    CHECK(import({{"price", "100"}, {"sale_price", "100"}})
          == prefix + "sale_price: must be lower than price");
    CHECK(import({{"harvest_date", "2026-02-30"}})
          == prefix + "harvest_date: \"2026-02-30\" is not a date in the form YYYY-MM-DD");
    CHECK(import({{"currency", "WON"}})
          == prefix + "currency: \"WON\" is not an ISO 4217 currency code");
    CHECK(import({{"stock", "-1"}}) == prefix + "stock: \"-1\" is not a whole number");
    CHECK(import({{"active", "maybe"}}) == prefix + "active: \"maybe\" must be true or false");
}

TEST_CASE("catalog import: valid edge values are accepted", "[catalog][csv]")
{
    CatalogShop shop;
    const auto summary = shop.import(
        "edges.csv", fullCatalogHeader() + row("LEAP", {{"harvest_date", "2024-02-29"}})
                         + row("FREE", {{"price", "0"}, {"stock", "0"}})
                         + row("SALE", {{"price", "1"}, {"sale_price", "0"}})
                         + row("CODE", {{"code", "Zz-09_x"}})
                         + row("LIMIT", {{"per_buyer_limit", "1"}}) + row(std::string(64, 'S')));
    CHECK(summary.created == 6);
    CHECK(shop.product("LEAP").harvestDate == std::optional<std::string>("2024-02-29"));
    CHECK(shop.product("SALE").salePrice == std::optional<std::int64_t>(0));
    CHECK(shop.product("code").code == "Zz-09_x");
    CHECK_THROWS_AS(shop.import("long.csv", fullCatalogHeader() + row(std::string(65, 'S'))),
                    stallcast::inventory::CatalogImportError);
}

TEST_CASE("catalog import: the line of a bad row counts physical lines", "[catalog][csv]")
{
    CatalogShop shop;
    const auto file = shop.writeFile("lines.csv", "");
    // Line 1 header, line 2 blank, lines 3-5 one row with a three-line description,
    // line 6 blank, line 7 the bad row.
    const auto message = shop.importError(
        "lines.csv", fullCatalogHeader() + "\n" + row("A", {{"description", "one\ntwo\nthree"}})
                         + "\r\n" + row("B", {{"price", "1.5"}}));
    CHECK(startsWith(message, file.string() + ":7: price: "));
}

TEST_CASE("catalog import: a SKU may appear only once per file, compared case-insensitively",
          "[catalog][csv]")
{
    CatalogShop shop;
    const auto file = shop.writeFile("dupes.csv", "");
    CHECK(shop.importError("dupes.csv",
                           fullCatalogHeader() + row("jeju-5kg") + row("APPLE") + row("JEJU-5KG"))
          == file.string() + ":4: sku: \"JEJU-5KG\" already appears on line 2");
    // Full-width letters fold to the same key.
    CHECK(startsWith(shop.importError("dupes.csv", fullCatalogHeader() + row("JEJU-5KG")
                                                       + row("ＪＥＪＵ－５ＫＧ")),
                     file.string() + ":3: sku: "));
    CHECK(shop.catalog().list().empty());
}

TEST_CASE("catalog import: an on-stream code is unique among active products", "[catalog][csv]")
{
    CatalogShop shop;
    const auto file = shop.writeFile("codes.csv", "");

    SECTION("twice in one file, in different case")
    {
        const auto message = shop.importError(
            "codes.csv", fullCatalogHeader() + row("P1", {{"code", "A1"}})
                             + row("P2", {{"code", "B1"}}) + row("P3", {{"code", "a1"}}));
        CHECK(startsWith(message, file.string() + ":4: code: "));
        CHECK(contains(message, "P1"));
        CHECK(shop.catalog().list().empty());
    }
    SECTION("already used by an active product in the shop")
    {
        shop.import("first.csv", fullCatalogHeader() + row("OLD", {{"code", "A1"}}));
        const auto before = databaseContents(shop.database());
        const auto message
            = shop.importError("codes.csv", fullCatalogHeader() + row("NEW", {{"code", "A1"}}));
        CHECK(startsWith(message, file.string() + ":2: code: "));
        CHECK(databaseContents(shop.database()) == before);
    }
    SECTION("archived products do not hold their code")
    {
        const auto summary = shop.import(
            "codes.csv", fullCatalogHeader() + row("GONE", {{"code", "A1"}, {"active", "false"}})
                             + row("LIVE", {{"code", "A1"}}));
        CHECK(summary.created == 2);
        CHECK(shop.catalog().findByCode("a1")->sku == "LIVE");
    }
    SECTION("a product keeps its own code on re-import")
    {
        shop.import("codes.csv", fullCatalogHeader() + row("KEEP", {{"code", "A1"}}));
        const auto summary = shop.import(
            "codes.csv", fullCatalogHeader() + row("KEEP", {{"code", "A1"}, {"price", "12,000"}}));
        CHECK(summary.updated == 1);
        CHECK(shop.product("KEEP").price == 12000);
    }
}
