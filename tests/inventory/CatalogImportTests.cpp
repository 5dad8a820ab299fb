#include "TestFramework.h"

#include "CatalogShop.h"
#include "DatabaseContents.h"

#include <string>

using stallcast::inventory::StockReason;
using stallcast::test::CatalogShop;
using stallcast::test::databaseContents;
using stallcast::test::fullCatalogHeader;

namespace {

const std::string kWorldFruit = "sku,name,price,currency,stock\n"
                                "JEJU-5KG,제주 감귤 5kg,\"25,000\",KRW,10\n"
                                "HAMI-MELON,新疆哈密瓜 🍈,88.50,cny,4\n"
                                "DURIAN-MT,ทุเรียนหมอนทอง,\"1,290.00\",THB,3\n"
                                "FRUIT-BOX,🍊🍉 Farmer's box 👩‍🌾,12.5,USD,0\n";

} // namespace

TEST_CASE("catalog import: creates products with Korean, Chinese, Thai and emoji names",
          "[catalog][csv]")
{
    CatalogShop shop;
    const auto summary = shop.import("world.csv", kWorldFruit);
    CHECK(summary.created == 4);
    CHECK(summary.updated == 0);
    CHECK(summary.unchanged == 0);

    const auto jeju = shop.product("JEJU-5KG");
    CHECK(jeju.name == "제주 감귤 5kg");
    CHECK(jeju.price == 25000);
    CHECK(jeju.currency == "KRW");
    CHECK(jeju.onHand == 10);
    CHECK(jeju.active);
    CHECK(jeju.code.empty());
    CHECK_FALSE(jeju.salePrice);

    const auto melon = shop.product("hami-melon");
    CHECK(melon.name == "新疆哈密瓜 🍈");
    CHECK(melon.price == 8850);
    CHECK(melon.currency == "CNY"); // written "cny", stored canonical
    CHECK(melon.onHand == 4);

    const auto durian = shop.product("DURIAN-MT");
    CHECK(durian.name == "ทุเรียนหมอนทอง");
    CHECK(durian.price == 129000);
    CHECK(durian.onHand == 3);

    const auto box = shop.product("FRUIT-BOX");
    CHECK(box.name == "🍊🍉 Farmer's box 👩‍🌾");
    CHECK(box.price == 1250);
    CHECK(box.onHand == 0);

    CHECK(shop.catalog().list().size() == 4);
    CHECK(shop.ledgerProblems().empty());
}

TEST_CASE("catalog import: stock is set through import movements in the ledger", "[catalog][csv]")
{
    CatalogShop shop;
    const auto file = shop.writeFile("world.csv", kWorldFruit);
    stallcast::inventory::importCatalogCsv(shop.database(), file);

    const auto jeju = shop.movements("JEJU-5KG");
    REQUIRE(jeju.size() == 1);
    CHECK(jeju[0].reason == StockReason::Import);
    CHECK(jeju[0].onHandDelta == 10);
    CHECK(jeju[0].heldDelta == 0);
    CHECK(jeju[0].actor == "import:" + file.string());
    CHECK(jeju[0].atMs == shop.nowMs());
    // No stock, no movement.
    CHECK(shop.movements("FRUIT-BOX").empty());
}

TEST_CASE("catalog import: a file with a BOM imports exactly like one without", "[catalog][csv]")
{
    CatalogShop plain;
    CatalogShop withBom;
    CatalogShop withBomCrlf;
    std::string crlf;
    for (const char c : kWorldFruit) {
        if (c == '\n')
            crlf += '\r';
        crlf += c;
    }
    CHECK(plain.import("plain.csv", kWorldFruit).created == 4);
    CHECK(withBom.import("bom.csv", "\xEF\xBB\xBF" + kWorldFruit).created == 4);
    CHECK(withBomCrlf.import("bom-crlf.csv", "\xEF\xBB\xBF" + crlf).created == 4);

    // Same products, same fields (the ledger differs only in the file name of the actor).
    const auto expected = databaseContents(plain.database()).tables.at("products");
    CHECK(databaseContents(withBom.database()).tables.at("products") == expected);
    CHECK(databaseContents(withBomCrlf.database()).tables.at("products") == expected);
}

TEST_CASE("catalog import: descriptions may span lines inside quotes", "[catalog][csv]")
{
    CatalogShop shop;
    const auto summary = shop.import("multiline.csv",
                                     "sku,name,description,price,currency,stock\n"
                                     "A,Apple,\"Crisp, sweet\nand \"\"organic\"\"\n\",1000,KRW,5\n"
                                     "B,Banana,\"Windows line\r\nends kept\",2000,KRW,6\r\n"
                                     "C,Cherry,,3000,KRW,7\n");
    CHECK(summary.created == 3);
    CHECK(shop.product("A").description == "Crisp, sweet\nand \"organic\"\n");
    CHECK(shop.product("B").description == "Windows line\r\nends kept");
    CHECK(shop.product("C").description.empty());
    CHECK(shop.product("C").onHand == 7);
}

TEST_CASE("catalog import: the header may name columns in any order, any case, with spaces",
          "[catalog][csv]")
{
    CatalogShop shop;
    const auto summary
        = shop.import("shuffled.csv", " Stock ,CURRENCY,price,Name,SKU,Code\n"
                                      "12,KRW,\"9,900\",Dried persimmon,PERSIMMON,A7\n");
    CHECK(summary.created == 1);
    const auto p = shop.product("PERSIMMON");
    CHECK(p.name == "Dried persimmon");
    CHECK(p.price == 9900);
    CHECK(p.currency == "KRW");
    CHECK(p.onHand == 12);
    CHECK(p.code == "A7");
}

TEST_CASE("catalog import: every optional column is read", "[catalog][csv]")
{
    CatalogShop shop;
    shop.import("full.csv",
                fullCatalogHeader()
                    + "HALLABONG,B3,한라봉 3kg,Jeju's pride,\"45,000\",\"39,000\",KRW,box,20,"
                      "Jeju,Halla Farm,2026-01-15,https://img.example/hallabong.jpg,2,true\n");
    const auto p = shop.product("HALLABONG");
    CHECK(p.code == "B3");
    CHECK(p.name == "한라봉 3kg");
    CHECK(p.description == "Jeju's pride");
    CHECK(p.price == 45000);
    CHECK(p.salePrice == std::optional<std::int64_t>(39000));
    CHECK(p.effectivePrice() == 39000);
    CHECK(p.unit == "box");
    CHECK(p.onHand == 20);
    CHECK(p.origin == "Jeju");
    CHECK(p.farm == "Halla Farm");
    CHECK(p.harvestDate == std::optional<std::string>("2026-01-15"));
    CHECK(p.image == "https://img.example/hallabong.jpg");
    CHECK(p.perBuyerLimit == std::optional<std::int64_t>(2));
    CHECK(p.active);
}

TEST_CASE("catalog import: surrounding spaces are trimmed from single-line fields",
          "[catalog][csv]")
{
    CatalogShop shop;
    shop.import("spaces.csv", "sku,code,name,price,currency,stock,unit\n"
                              "  PEAR-1 , A2 ,  Asian pear  , 1200 , krw , 3 ,  kg \n"
                              "\tPLUM\t,\tB2\t,\tPlum\t,\t800\t,\tKRW\t,\t4\t,\tbox\t\n");
    const auto p = shop.product("PEAR-1");
    CHECK(p.sku == "PEAR-1");
    CHECK(p.code == "A2");
    CHECK(p.name == "Asian pear");
    CHECK(p.price == 1200);
    CHECK(p.currency == "KRW");
    CHECK(p.onHand == 3);
    CHECK(p.unit == "kg");
    const auto plum = shop.product("PLUM");
    CHECK(plum.code == "B2");
    CHECK(plum.name == "Plum");
    CHECK(plum.price == 800);
    CHECK(plum.onHand == 4);
    CHECK(plum.unit == "box");
}

TEST_CASE("catalog import: active accepts true/yes/1/blank and false/no/0 in any case",
          "[catalog][csv]")
{
    CatalogShop shop;
    shop.import("active.csv",
                "sku,name,price,currency,stock,active\n"
                "T1,a,1,KRW,1,true\nT2,b,1,KRW,1,YES\nT3,c,1,KRW,1,1\nT4,d,1,KRW,1,\n"
                "T5,e,1,KRW,1,True\n"
                "F1,f,1,KRW,1,false\nF2,g,1,KRW,1,No\nF3,h,1,KRW,1,0\nF4,i,1,KRW,1,FALSE\n"
                "F5,j,1,KRW,1,\t no \n");
    for (const char *sku : {"T1", "T2", "T3", "T4", "T5"}) {
        INFO(sku);
        CHECK(shop.product(sku).active);
    }
    for (const char *sku : {"F1", "F2", "F3", "F4", "F5"}) {
        INFO(sku);
        CHECK_FALSE(shop.product(sku).active);
    }
    CHECK(shop.catalog().list(false).size() == 5);
}

TEST_CASE("catalog import: prices follow the currency's decimals and thousands separators",
          "[catalog][csv]")
{
    CatalogShop shop;
    shop.import("prices.csv", "sku,name,price,sale_price,currency,stock\n"
                              "KRW-1,a,\"1,250,000\",\"990,000\",KRW,1\n"
                              "USD-1,b,\"1,234.50\",999.99,USD,1\n"
                              "USD-2,c,0.05,,USD,1\n"
                              "BHD-1,d,\"2,000.125\",1.5,BHD,1\n"
                              "JPY-1,e,980,0,JPY,1\n");
    CHECK(shop.product("KRW-1").price == 1250000);
    CHECK(shop.product("KRW-1").salePrice == std::optional<std::int64_t>(990000));
    CHECK(shop.product("USD-1").price == 123450);
    CHECK(shop.product("USD-1").salePrice == std::optional<std::int64_t>(99999));
    CHECK(shop.product("USD-2").price == 5);
    CHECK_FALSE(shop.product("USD-2").salePrice);
    CHECK(shop.product("BHD-1").price == 2000125);
    CHECK(shop.product("BHD-1").salePrice == std::optional<std::int64_t>(1500));
    CHECK(shop.product("JPY-1").salePrice == std::optional<std::int64_t>(0));
}

TEST_CASE("catalog import: blank lines are skipped", "[catalog][csv]")
{
    CatalogShop shop;
    const auto summary = shop.import("gaps.csv", "\nsku,name,price,currency,stock\n\n"
                                                 "A,Apple,1000,KRW,1\n\n\r\n"
                                                 "B,Banana,2000,KRW,2\n\n");
    CHECK(summary.created == 2);
}

TEST_CASE("catalog import: rows of empty cells, as spreadsheets save them, are skipped",
          "[catalog][csv]")
{
    CatalogShop shop;
    const auto file = shop.writeFile("excel.csv", "");
    const std::string text = "sku,name,price,currency,stock\n"
                             "A,Apple,1000,KRW,1\n"
                             ",,,,\n"
                             " , ,,\t,\n"
                             ",,\n"
                             "\"\",,,,\n";
    CHECK(shop.import("excel.csv", text).created == 1);
    // They do not shift the line numbers of what follows.
    CHECK(shop.importError("excel.csv", text + "B,Banana,1.5,KRW,1\n")
          == file.string() + ":7: price: \"1.5\" has decimals but KRW has no minor unit");
}

TEST_CASE("catalog import: a header-only file imports nothing", "[catalog][csv]")
{
    CatalogShop shop;
    const auto summary = shop.import("empty.csv", fullCatalogHeader());
    CHECK(summary.created + summary.updated + summary.unchanged == 0);
    CHECK(shop.catalog().list().empty());
}

TEST_CASE("catalog import: importCatalogCsvText names the source it was given", "[catalog][csv]")
{
    CatalogShop shop;
    const auto summary = stallcast::inventory::importCatalogCsvText(
        shop.database(), "sku,name,price,currency,stock\nA,Apple,1000,KRW,4\n", "pasted text");
    CHECK(summary.created == 1);
    const auto movements = shop.movements("A");
    REQUIRE(movements.size() == 1);
    CHECK(movements[0].actor == "import:pasted text");
}
