#include "TestFramework.h"
#include "ThrownMessage.h"

#include "CatalogShop.h"
#include "DatabaseContents.h"

#include "orders/HoldBook.h"
#include "orders/OrderBook.h"

#include <string>

using stallcast::test::CatalogShop;
using stallcast::test::DatabaseContents;
using stallcast::test::databaseContents;
using stallcast::test::startsWith;

namespace {

const std::string kHeader = "sku,code,name,description,price,currency,stock\n";

// Data row n (1-based) of the 50-row file; SKU-001..SKU-010 also exist in the shop beforehand.
std::string row(int n, const std::string &price = "12.50", const std::string &code = "")
{
    const std::string id = (n < 10 ? "00" : "0") + std::to_string(n);
    return "SKU-" + id + "," + code + ",상품 " + id + " 🍊,\"desc " + id + ", with comma\"," + price
           + ",USD," + std::to_string(n) + "\n";
}

std::string fiftyRows(int badRow, const std::string &badPrice, const std::string &badCode)
{
    std::string text = kHeader;
    for (int n = 1; n <= 50; ++n)
        text += n == badRow ? row(n, badPrice, badCode) : row(n);
    return text;
}

// A shop with history: ten products imported, one restocked by hand, one sold, one archived.
void stockTheShop(CatalogShop &shop)
{
    std::string first = kHeader;
    for (int n = 1; n <= 10; ++n)
        first += row(n, "9.99", n == 7 ? "Z7" : "");
    first += "OTHER,A1,Someone else's code,,5.00,USD,3\n";
    REQUIRE(shop.import("first.csv", first).created == 11);
    shop.advanceClock(60'000);
    shop.catalog().adjustStock("SKU-002", 5, "ui", "found a box");
    stallcast::orders::OrderBook book(shop.database());
    stallcast::orders::OrderRequest order;
    order.buyer.handle = "minji";
    order.lines.push_back({"SKU-003", 2, std::nullopt});
    book.place(order);
    shop.catalog().setActive("SKU-004", false);
    shop.advanceClock(60'000);
}

void requireUnchanged(const DatabaseContents &before, CatalogShop &shop)
{
    const auto after = databaseContents(shop.database());
    CHECK(after.rowCount("products") == before.rowCount("products"));
    CHECK(after.rowCount("stock_movements") == before.rowCount("stock_movements"));
    CHECK(after.tables.at("products") == before.tables.at("products"));
    CHECK(after.tables.at("stock_movements") == before.tables.at("stock_movements"));
    CHECK(after == before);
    CHECK(shop.ledgerProblems().empty());
}

} // namespace

TEST_CASE("catalog import: a bad row in the middle of 50 imports nothing", "[catalog][csv]")
{
    CatalogShop shop;
    stockTheShop(shop);
    const auto before = databaseContents(shop.database());
    const auto listBefore = shop.catalog().list();
    REQUIRE(before.rowCount("products") == 11);

    const auto file = shop.writeFile("fifty.csv", "");
    const auto message = shop.importError("fifty.csv", fiftyRows(25, "12.345", ""));
    CHECK(startsWith(message, file.string() + ":26: price: "));

    requireUnchanged(before, shop);
    CHECK(shop.catalog().list().size() == listBefore.size());
    CHECK(shop.product("SKU-001").price == 999);
    CHECK(shop.product("SKU-002").onHand == 7);
    CHECK(shop.product("SKU-003").onHand == 1);
    CHECK_FALSE(shop.product("SKU-004").active);
    CHECK_FALSE(shop.catalog().findBySku("SKU-011"));

    // The same file with the row fixed goes in whole.
    const auto summary = shop.import("fifty.csv", fiftyRows(0, "", ""));
    CHECK(summary.created == 40);
    CHECK(summary.updated == 10);
    CHECK(shop.catalog().list().size() == 51);
}

TEST_CASE("catalog import: a row refused while writing rolls back the rows written before it",
          "[catalog][csv]")
{
    CatalogShop shop;
    stockTheShop(shop);
    const auto before = databaseContents(shop.database());

    // Row 30 wants the code A1, which OTHER (not in the file) holds: only the database knows.
    const auto file = shop.writeFile("fifty.csv", "");
    const auto message = shop.importError("fifty.csv", fiftyRows(30, "12.50", "A1"));
    CHECK(startsWith(message, file.string() + ":31: code: "));
    requireUnchanged(before, shop);
}

TEST_CASE("catalog import: a code given up by an earlier row can be taken by a later one",
          "[catalog][csv]")
{
    CatalogShop shop;
    stockTheShop(shop);
    // SKU-007 holds Z7; in this file row 7 clears it and row 40 takes it.
    const auto summary = shop.import("fifty.csv", fiftyRows(40, "12.50", "Z7"));
    CHECK(summary.created == 40);
    CHECK(shop.product("SKU-040").code == "Z7");
    CHECK(shop.product("SKU-007").code.empty());
    CHECK(shop.catalog().findByCode("z7")->sku == "SKU-040");
}

TEST_CASE("catalog import: stock below what buyers hold is refused and nothing changes",
          "[catalog][csv][holds]")
{
    CatalogShop shop;
    stockTheShop(shop);
    stallcast::orders::HoldBook holds(shop.database());
    stallcast::orders::ClaimRequest claim;
    claim.product = "SKU-009";
    claim.buyer = "somchai";
    claim.qty = 6;
    REQUIRE_FALSE(holds.claim(claim).waitlisted);
    REQUIRE(shop.product("SKU-009").held == 6);
    const auto before = databaseContents(shop.database());

    std::string text = kHeader;
    for (int n = 1; n <= 50; ++n)
        text += n == 9 ? "SKU-009,,상품 009,,12.50,USD,5\n" : row(n);
    const auto file = shop.writeFile("fifty.csv", "");
    const auto message = shop.importError("fifty.csv", text);
    CHECK(startsWith(message, file.string() + ":10: stock: "));
    requireUnchanged(before, shop);
}
