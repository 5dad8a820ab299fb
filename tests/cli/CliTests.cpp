// Runs the real `stallcast` executable as a user or a script would, and checks its contracts:
// exit codes, stderr messages, the JSON and CSV it writes.
#include "TempDir.h"
#include "TestFramework.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

#include <fstream>

using stallcast::test::TempDir;

namespace {

struct Run {
    int exitCode = -1;
    std::string out;
    std::string err;
};

Run runStallcast(const QStringList &args)
{
    QProcess p;
    p.setProgram(QStringLiteral(STALLCAST_EXE));
    p.setArguments(args);
    p.start();
    REQUIRE(p.waitForStarted(10000));
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return {p.exitCode(), p.readAllStandardOutput().toStdString(),
            p.readAllStandardError().toStdString()};
}

void write(const std::filesystem::path &file, const std::string &text)
{
    std::ofstream out(file, std::ios::binary);
    out << text;
}

std::string read(const std::filesystem::path &file)
{
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

QString q(const std::filesystem::path &p)
{
    return QString::fromStdString(p.string());
}

const char *kShop =
    "\xEF\xBB\xBFsku,code,name,price,sale_price,currency,unit,stock,origin,farm,harvest_date,per_buyer_limit\r\n"
    "TANG-5KG,A1,\"제주 감귤 Jeju tangerines, 5 kg\",\"25,000\",22000,KRW,box,10,Jeju,Hallasan Farm,2026-11-10,2\r\n"
    "HONEY,B1,\"Wildflower \"\"raw\"\" honey 🍯\",18000,,KRW,jar,4,Gangwon,,,\r\n";

} // namespace

TEST_CASE("stallcast --version names itself and its libraries", "[cli]")
{
    const auto r = runStallcast({"--version"});
    CHECK(r.exitCode == 0);
    CHECK(r.out.rfind("stallcast ", 0) == 0);
    CHECK(r.out.find("FFmpeg") != std::string::npos);
    CHECK(r.out.find("SQLite") != std::string::npos);
    CHECK(r.out.find("OpenSSL") != std::string::npos);
#ifdef STALLCAST_MIMALLOC
    CHECK(r.out.find("allocator: mimalloc 2.") != std::string::npos);
#else
    CHECK(r.out.find("allocator: system") != std::string::npos);
#endif
}

TEST_CASE("catalog import, list --json and export keep the contract", "[cli][catalog]")
{
    TempDir dir;
    const auto db = q(dir / "shop.db");
    write(dir / "shop.csv", kShop);
    auto r = runStallcast({"--db", db, "catalog", "import", q(dir / "shop.csv")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.find("2 created") != std::string::npos);

    r = runStallcast({"--db", db, "catalog", "list", "--json"});
    REQUIRE(r.exitCode == 0);
    const auto doc = QJsonDocument::fromJson(QByteArray::fromStdString(r.out));
    REQUIRE(doc.isArray());
    const auto products = doc.array();
    REQUIRE(products.size() == 2);
    QJsonObject tang;
    for (const auto &v : products)
        if (v.toObject()["sku"].toString() == "TANG-5KG")
            tang = v.toObject();
    REQUIRE_FALSE(tang.isEmpty());
    CHECK(tang["code"].toString() == "A1");
    CHECK(tang["name"].toString() == QStringLiteral("제주 감귤 Jeju tangerines, 5 kg"));
    CHECK(tang["price"].toInteger() == 25000);
    CHECK(tang["sale_price"].toInteger() == 22000);
    CHECK(tang["currency"].toString() == "KRW");
    CHECK(tang["stock"].toInteger() == 10);
    CHECK(tang["available"].toInteger() == 10);
    CHECK(tang["origin"].toString() == "Jeju");
    CHECK(tang["farm"].toString() == "Hallasan Farm");
    CHECK(tang["harvest_date"].toString() == "2026-11-10");
    CHECK(tang["active"].toBool());

    r = runStallcast({"--db", db, "catalog", "export", q(dir / "out.csv")});
    REQUIRE(r.exitCode == 0);
    const auto exported = read(dir / "out.csv");
    CHECK(exported.rfind("sku,code,name,description,price,sale_price,currency", 0) == 0);
    CHECK(exported.find("\"Wildflower \"\"raw\"\" honey 🍯\"") != std::string::npos);

    // Importing the export into a fresh database gives the same catalogue.
    const auto db2 = q(dir / "copy.db");
    REQUIRE(runStallcast({"--db", db2, "catalog", "import", q(dir / "out.csv")}).exitCode == 0);
    CHECK(runStallcast({"--db", db2, "catalog", "list", "--json"}).out
          == runStallcast({"--db", db, "catalog", "list", "--json"}).out);
}

TEST_CASE("a bad import names file, line and field, exits non-zero and changes nothing",
          "[cli][catalog]")
{
    TempDir dir;
    const auto db = q(dir / "shop.db");
    write(dir / "shop.csv", kShop);
    REQUIRE(runStallcast({"--db", db, "catalog", "import", q(dir / "shop.csv")}).exitCode == 0);
    const auto before = runStallcast({"--db", db, "catalog", "list", "--json"}).out;

    write(dir / "bad.csv", "sku,name,price,currency,stock\n"
                           "TANG-5KG,Tangerines,30000,KRW,50\n"
                           "NEW-1,New thing,100.5,KRW,5\n"
                           "NEW-2,Other,100,KRW,5\n");
    const auto r = runStallcast({"--db", db, "catalog", "import", q(dir / "bad.csv")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find((dir / "bad.csv").string() + ":3: price:") != std::string::npos);
    CHECK(r.out.empty());
    CHECK(runStallcast({"--db", db, "catalog", "list", "--json"}).out == before);
}

TEST_CASE("orders list --json shows flags, buyer, total and lines", "[cli][orders]")
{
    TempDir dir;
    const auto db = q(dir / "shop.db");
    write(dir / "shop.csv", kShop);
    REQUIRE(runStallcast({"--db", db, "catalog", "import", q(dir / "shop.csv")}).exitCode == 0);
    REQUIRE(runStallcast({"--db", db, "orders", "add", "--buyer", "kim", "--name", "김민지", "--line",
                       "TANG-5KG:2"})
                .exitCode == 0);
    // Over the per-buyer limit: refused with a reason, exit 1.
    const auto refused = runStallcast({"--db", db, "orders", "add", "--buyer", "kim", "--line", "tang-5kg:1"});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.find("limited to 2 per buyer") != std::string::npos);
    // Paid but no stock: recorded and flagged, and recording it twice changes nothing.
    for (int i = 0; i < 2; ++i)
        REQUIRE(runStallcast({"--db", db, "orders", "add", "--paid", "--source", "shopify",
                           "--external-id", "#1001", "--buyer", "lee", "--line", "HONEY:9"})
                    .exitCode == 0);

    const auto r = runStallcast({"--db", db, "orders", "list", "--json"});
    REQUIRE(r.exitCode == 0);
    const auto orders = QJsonDocument::fromJson(QByteArray::fromStdString(r.out)).array();
    REQUIRE(orders.size() == 2);
    const auto first = orders[0].toObject();
    CHECK(first["source"].toString() == "manual");
    CHECK(first["status"].toString() == "pending");
    CHECK(first["buyer"].toObject()["name"].toString() == QStringLiteral("김민지"));
    CHECK(first["total"].toInteger() == 44000);
    CHECK(first["flags"].toArray().isEmpty());
    const auto second = orders[1].toObject();
    CHECK(second["external_id"].toString() == "#1001");
    CHECK(second["status"].toString() == "paid");
    CHECK(second["flags"].toArray() == QJsonArray{"oversold"});
    const auto line = second["lines"].toArray()[0].toObject();
    CHECK(line["sku"].toString() == "HONEY");
    CHECK(line["qty"].toInteger() == 9);
    CHECK(line["unit_price"].toInteger() == 18000);
}

TEST_CASE("reports are written as CSV", "[cli][reports]")
{
    TempDir dir;
    const auto db = q(dir / "shop.db");
    write(dir / "shop.csv", kShop);
    REQUIRE(runStallcast({"--db", db, "catalog", "import", q(dir / "shop.csv")}).exitCode == 0);
    REQUIRE(runStallcast({"--db", db, "orders", "add", "--paid", "--buyer", "kim", "--address",
                       "Jeju-si, 1", "--line", "HONEY:2"})
                .exitCode == 0);
    REQUIRE(runStallcast({"--db", db, "report", "sales", q(dir / "sales.csv")}).exitCode == 0);
    CHECK(read(dir / "sales.csv")
          == "sku,name,orders,units,revenue,currency\r\n"
             "HONEY,\"Wildflower \"\"raw\"\" honey 🍯\",1,2,36000,KRW\r\n"
             "TOTAL,,,2,36000,KRW\r\n");
    REQUIRE(runStallcast({"--db", db, "report", "packing-list", q(dir / "pack.csv")}).exitCode == 0);
    const auto pack = read(dir / "pack.csv");
    CHECK(pack.find("kim,,,\"Jeju-si, 1\",1,HONEY,") != std::string::npos);
}

TEST_CASE("usage errors exit 2 and say what is wrong", "[cli]")
{
    TempDir dir;
    auto r = runStallcast({"--db", q(dir / "x.db"), "catalog", "frobnicate"});
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("unknown catalog command") != std::string::npos);
    r = runStallcast({"--db", q(dir / "x.db"), "orders", "add", "--line", "A1"});
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("SKU:QTY") != std::string::npos);
    r = runStallcast({"--bogus"});
    CHECK(r.exitCode == 2);
}

TEST_CASE("a database from a newer Stallcast is refused, not modified", "[cli][schema]")
{
    TempDir dir;
    const auto path = dir / "future.db";
    REQUIRE(runStallcast({"--db", q(path), "catalog", "list"}).exitCode == 0);
    {
        QProcess sqlite;
        sqlite.start("sqlite3", {q(path), "PRAGMA user_version = 99;"});
        REQUIRE(sqlite.waitForFinished(10000));
        REQUIRE(sqlite.exitCode() == 0);
    }
    const auto before = read(path);
    const auto r = runStallcast({"--db", q(path), "catalog", "list"});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("schema version 99 is newer") != std::string::npos);
    CHECK(read(path) == before);
}

TEST_CASE("flash start, list and stop: orders pay the flash price within its quantity",
          "[cli][flash]")
{
    TempDir dir;
    const auto db = q(dir / "shop.db");
    write(dir / "shop.csv", kShop);
    REQUIRE(runStallcast({"--db", db, "catalog", "import", q(dir / "shop.csv")}).exitCode == 0);

    // Usage errors name the option (exit 2); refusals from the shop say why (exit 1).
    auto r = runStallcast({"--db", db, "flash", "start", "TANG-5KG", "--minutes", "5", "--quantity", "3"});
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("--price is required") != std::string::npos);
    r = runStallcast({"--db", db, "flash", "start", "TANG-5KG", "--price", "100.5", "--minutes", "5",
                      "--quantity", "3"});
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("--price \"100.5\" (KRW)") != std::string::npos);
    r = runStallcast({"--db", db, "flash", "start", "TANG-5KG", "--price", "100", "--minutes", "0",
                      "--quantity", "3"});
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("--minutes \"0\"") != std::string::npos);
    r = runStallcast({"--db", db, "flash", "start", "TANG-5KG", "--price", "22,000", "--minutes", "5",
                      "--quantity", "3"});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("must be below TANG-5KG's current price 22,000 KRW") != std::string::npos);
    r = runStallcast({"--db", db, "flash", "frobnicate"});
    CHECK(r.exitCode == 2);

    r = runStallcast({"--db", db, "flash", "start", "tang-5kg", "--price", "15,000", "--minutes", "5",
                      "--quantity", "3", "--cap", "2"});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.find("flash sale 1 TANG-5KG running 15,000 KRW 0/3 sold, max 2 each, until ")
          != std::string::npos);
    r = runStallcast({"--db", db, "flash", "start", "TANG-5KG", "--price", "14000", "--minutes", "5",
                      "--quantity", "3"});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("already has flash sale 1 running") != std::string::npos);

    REQUIRE(runStallcast({"--db", db, "orders", "add", "--buyer", "kim", "--line", "TANG-5KG:2"}).exitCode == 0);
    r = runStallcast({"--db", db, "orders", "add", "--buyer", "lee", "--line", "TANG-5KG:2"});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.find("[flash_sold_out]") != std::string::npos);

    r = runStallcast({"--db", db, "orders", "list", "--json"});
    REQUIRE(r.exitCode == 0);
    const auto orders = QJsonDocument::fromJson(QByteArray::fromStdString(r.out)).array();
    REQUIRE(orders.size() == 2);
    CHECK(orders[0].toObject()["total"].toInteger() == 30000);
    const auto kimLine = orders[0].toObject()["lines"].toArray()[0].toObject();
    CHECK(kimLine["flash_sale_id"].toInteger() == 1);
    CHECK(kimLine["flash_units"].toInteger() == 2);
    const auto lee = orders[1].toObject();
    CHECK(lee["total"].toInteger() == 15000 + 22000);
    CHECK(lee["flags"].toArray() == QJsonArray{"flash_sold_out"});
    const auto leeLines = lee["lines"].toArray();
    REQUIRE(leeLines.size() == 2);
    CHECK(leeLines[0].toObject()["unit_price"].toInteger() == 15000);
    CHECK(leeLines[1].toObject()["unit_price"].toInteger() == 22000);
    CHECK(leeLines[1].toObject()["flash_sale_id"].isNull());

    r = runStallcast({"--db", db, "flash", "list", "--json"});
    REQUIRE(r.exitCode == 0);
    const auto sales = QJsonDocument::fromJson(QByteArray::fromStdString(r.out)).array();
    REQUIRE(sales.size() == 1);
    const auto sale = sales[0].toObject();
    CHECK(sale["sku"].toString() == "TANG-5KG");
    CHECK(sale["state"].toString() == "sold_out");
    CHECK(sale["price"].toInteger() == 15000);
    CHECK(sale["currency"].toString() == "KRW");
    CHECK(sale["quantity"].toInteger() == 3);
    CHECK(sale["sold"].toInteger() == 3);
    CHECK(sale["remaining"].toInteger() == 0);
    CHECK(sale["per_buyer_cap"].toInteger() == 2);
    CHECK(sale["ends_ms"].toInteger() - sale["starts_ms"].toInteger() == 5 * 60 * 1000);
    CHECK(sale["stopped_ms"].isNull());
    CHECK(sale["started_by"].toString() == "cli");

    r = runStallcast({"--db", db, "flash", "stop", "TANG-5KG"});
    CHECK(r.exitCode == 0);
    CHECK(r.out.find("stopped") != std::string::npos);
    r = runStallcast({"--db", db, "flash", "stop", "TANG-5KG"});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("TANG-5KG has no flash sale running") != std::string::npos);
    r = runStallcast({"--db", db, "flash", "list"});
    CHECK(r.exitCode == 0);
    CHECK(r.out.find("flash sale 1 TANG-5KG stopped 15,000 KRW 3/3 sold") != std::string::npos);
}
