#include "ShopFixture.h"
#include "TestFramework.h"

#include "io/Csv.h"
#include "reports/Reports.h"

using namespace stallcast;
using test::ShopFixture;

TEST_CASE("the sales report counts paid and fulfilled orders only", "[reports]")
{
    ShopFixture shop;
    shop.addProduct("TANG", "A1", 25000, 100);
    shop.addProduct("PEAR", "A2", 30000, 100);
    const auto a = shop.book->place(test::paidOrder("shop", "1", "kim", "TANG", 2)).order;
    shop.book->fulfil(a.id, "t");
    shop.book->place(test::paidOrder("shop", "2", "lee", "TANG", 1));
    shop.book->place(test::paidOrder("shop", "3", "lee", "PEAR", 1));
    shop.book->place(test::unpaidOrder("park", "PEAR", 5)); // pending: not a sale yet
    const auto refunded = shop.book->place(test::paidOrder("shop", "4", "choi", "PEAR", 3)).order;
    shop.book->refund(refunded.id, "t");

    const auto rows = reports::salesByProduct(shop.book->list());
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].sku == "TANG"); // highest revenue first
    CHECK(rows[0].orders == 2);
    CHECK(rows[0].units == 3);
    CHECK(rows[0].revenue == 75000);
    CHECK(rows[1].sku == "PEAR");
    CHECK(rows[1].units == 1);
    CHECK(rows[1].revenue == 30000);

    const auto csv = io::parseCsv(reports::salesCsv(rows));
    REQUIRE(csv.size() == 4);
    CHECK(csv[0].fields == std::vector<std::string>{"sku", "name", "orders", "units", "revenue", "currency"});
    CHECK(csv[3].fields == std::vector<std::string>{"TOTAL", "", "", "4", "105000", "KRW"});
}

TEST_CASE("the packing list groups what each buyer paid for and marks oversold lines",
          "[reports]")
{
    ShopFixture shop;
    shop.addProduct("TANG", "A1", 25000, 3);
    auto kim = test::paidOrder("shop", "1", "kim", "TANG", 2);
    kim.buyer.name = "김민지";
    kim.buyer.address = "제주시 1, \"감귤\" 농장";
    shop.book->place(kim);
    shop.book->place(test::paidOrder("shop", "2", "ann", "TANG", 1));
    shop.book->place(test::paidOrder("shop", "3", "Kim", "TANG", 1)); // oversold
    const auto shipped = shop.book->place(test::paidOrder("shop", "4", "zed", "TANG", 1)).order;
    (void)shipped;

    const auto rows = reports::packingList(shop.book->list());
    REQUIRE(rows.size() == 4);
    CHECK(rows[0].buyerHandle == "ann");
    CHECK(rows[1].buyerHandle == "kim");
    CHECK(rows[2].buyerHandle == "Kim");
    CHECK(rows[2].note.find("OVERSOLD") == 0);
    CHECK(rows[1].note.empty());

    const auto csv = io::parseCsv(reports::packingCsv(rows));
    REQUIRE(csv.size() == 5);
    CHECK(csv[2].fields[1] == "김민지");
    CHECK(csv[2].fields[3] == "제주시 1, \"감귤\" 농장");
}
