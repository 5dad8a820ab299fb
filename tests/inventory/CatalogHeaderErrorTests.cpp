#include "TestFramework.h"
#include "ThrownMessage.h"

#include "CatalogShop.h"

#include <string>

using stallcast::test::CatalogShop;
using stallcast::test::startsWith;

namespace {

const std::string kRow = "A,Apple,1000,KRW,1\n";

} // namespace

TEST_CASE("catalog import: an unknown column is named with file:1: header:", "[catalog][csv]")
{
    CatalogShop shop;
    const auto file = shop.writeFile("colour.csv", "");
    const auto message = shop.importError("colour.csv", "sku,name,price,currency,stock,Colour\n"
                                                        "A,Apple,1000,KRW,1,red\n");
    CHECK(message == file.string() + ":1: header: unknown column \"Colour\"");
    CHECK(shop.catalog().list().empty());
}

TEST_CASE("catalog import: a column named twice is refused, whatever its case", "[catalog][csv]")
{
    CatalogShop shop;
    const auto file = shop.writeFile("twice.csv", "");
    CHECK(shop.importError("twice.csv", "sku,name,price,currency,stock,SKU\n"
                                            + std::string("A,Apple,1000,KRW,1,B\n"))
          == file.string() + ":1: header: column \"sku\" appears twice");
    CHECK(shop.catalog().list().empty());
}

TEST_CASE("catalog import: each required column must be present", "[catalog][csv]")
{
    const std::string all[] = {"sku", "name", "price", "currency", "stock"};
    for (const auto &missing : all) {
        INFO(missing);
        CatalogShop shop;
        std::string header;
        for (const auto &column : all)
            if (column != missing)
                header += (header.empty() ? "" : ",") + column;
        const auto file = shop.writeFile("missing.csv", "");
        CHECK(shop.importError("missing.csv", header + "\nA,B,C,D\n")
              == file.string() + ":1: header: required column \"" + missing + "\" is missing");
        CHECK(shop.catalog().list().empty());
    }
}

TEST_CASE("catalog import: an empty file is refused at its header", "[catalog][csv]")
{
    CatalogShop shop;
    const auto file = shop.writeFile("empty.csv", "");
    for (const std::string text : {"", "\xEF\xBB\xBF", "\n\n\r\n"}) {
        const auto message = shop.importError("empty.csv", text);
        CHECK(startsWith(message, file.string() + ":1: header: "));
    }
}

TEST_CASE("catalog import: a header error after a BOM is still on line 1", "[catalog][csv]")
{
    CatalogShop shop;
    const auto file = shop.writeFile("bom.csv", "");
    CHECK(
        startsWith(shop.importError("bom.csv", "\xEF\xBB\xBFsku,name,price,currency,stok\n" + kRow),
                   file.string() + ":1: header: unknown column \"stok\""));
}

TEST_CASE("catalog import: a row with too few or too many fields is refused with its line",
          "[catalog][csv]")
{
    CatalogShop shop;
    const auto file = shop.writeFile("ragged.csv", "");
    const std::string header = "sku,name,price,currency,stock\n";
    CHECK(shop.importError("ragged.csv", header + kRow + "B,Banana,2000,KRW\n")
          == file.string() + ":3: row: has 4 fields, the header has 5");
    // An unquoted thousands separator splits the price in two.
    CHECK(startsWith(shop.importError("ragged.csv", header + "C,Cherry,25,000,KRW,1\n"),
                     file.string() + ":2: row: has 6 fields"));
    CHECK(shop.catalog().list().empty());
}

TEST_CASE("catalog import: a CSV syntax error names the file and line", "[catalog][csv]")
{
    CatalogShop shop;
    const auto file = shop.writeFile("broken.csv", "");
    const std::string header = "sku,name,description,price,currency,stock\n";
    CHECK(startsWith(shop.importError("broken.csv", header
                                                        + "A,Apple,\"two\nlines\",1000,KRW,1\n"
                                                          "B,Banana,\"never closed,2000,KRW,1\n"),
                     file.string() + ":4: a quoted field is never closed"));
    CHECK(startsWith(shop.importError("broken.csv", header
                                                        + "A,Apple,\"ok\",1000,KRW,1\n"
                                                          "B,Ban\xE9na,,2000,KRW,1\n"),
                     file.string() + ":3: invalid UTF-8"));
    CHECK(startsWith(shop.importError("broken.csv", header + "A,5\" screen,,1000,KRW,1\n"),
                     file.string() + ":2: a quote in the middle of an unquoted field"));
    CHECK(shop.catalog().list().empty());
}

TEST_CASE("catalog import: rows of empty cells before the header are skipped", "[catalog][csv]")
{
    CatalogShop shop;
    const auto summary = shop.import("lead.csv", ",,,,\n\n sku,name,price,currency,stock\n" + kRow);
    CHECK(summary.created == 1);
    CHECK(shop.product("A").name == "Apple");
}

TEST_CASE("catalog import: a stock figure past the maximum is refused", "[catalog][csv]")
{
    CatalogShop shop;
    const auto file = shop.writeFile("big.csv", "");
    CHECK(shop.importError("big.csv", "sku,name,price,currency,stock\nA,Apple,1,KRW,5000000000\n")
          == file.string() + ":2: stock: 5000000000 is more than 1000000000 units");
}
