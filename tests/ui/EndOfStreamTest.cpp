// The end-of-stream summary and its exports: sales CSV, packing list CSV and PDF.
#include "DemoShop.h"
#include "EndOfStreamDialog.h"
#include "MainWindow.h"
#include "StreamSummary.h"
#include "StudioTestSupport.h"
#include "TempDir.h"
#include "TestFramework.h"

#include "db/Database.h"
#include "io/AtomicFile.h"
#include "orders/OrderBook.h"

#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableWidget>

#include <atomic>
#include <memory>

using namespace stallcast;

namespace {

constexpr std::int64_t kMinute = 60'000;
// 2026-11-22 10:00 UTC: the stream runs from here for 90 minutes.
constexpr std::int64_t kStart = 1'795'341'600'000;
constexpr std::int64_t kEnd = kStart + 90 * kMinute;

struct Shop {
    std::atomic<std::int64_t> now{kStart};
    std::shared_ptr<db::Database> database;
    std::int64_t minjiOrder = 0;
    std::int64_t weiOrder = 0;
    std::int64_t junOrder = 0;
    std::int64_t pendingOrder = 0;
};

std::int64_t place(Shop &shop, std::int64_t atMs, orders::Buyer buyer,
                   std::vector<std::pair<std::string, std::int64_t>> lines, bool paid)
{
    shop.now = atMs;
    orders::OrderRequest request;
    request.source = "test";
    request.buyer = std::move(buyer);
    for (const auto &[sku, qty] : lines)
        request.lines.push_back({sku, qty, std::nullopt});
    request.paid = paid;
    return orders::OrderBook(*shop.database).place(request).order.id;
}

// The demo shop with orders before, during and after the stream.
std::unique_ptr<Shop> streamedShop(const test::TempDir &dir)
{
    auto shop = std::make_unique<Shop>();
    db::Database::Options options;
    options.clock = [now = &shop->now] { return now->load(); };
    shop->database = std::make_shared<db::Database>(dir / "shop.db", options);
    REQUIRE(ui::seedDemoShopIfEmpty(*shop->database));
    place(*shop, kStart - 60 * kMinute, {"early", "", "", ""}, {{"CHEONGSONG-APPLE-5KG", 1}}, true);
    shop->minjiOrder = place(*shop, kStart + 1 * kMinute,
                             {"minji", "김민지", "010-1234-5678", "서울 마포구 월드컵로 1"},
                             {{"JEJU-TANGERINE-3KG", 2}, {"JEJU-HALLABONG-2KG", 1}}, true);
    shop->weiOrder = place(*shop, kStart + 5 * kMinute, {"wei", "王伟", "", "上海市 浦东新区"},
                           {{"JEJU-TANGERINE-3KG", 1}, {"GOHEUNG-YUZU-1KG", 3}}, true);
    // More honey than the shelf holds (16 jars): recorded, flagged oversold.
    shop->junOrder = place(*shop, kStart + 10 * kMinute, {"jun", "", "", ""},
                           {{"JIRISAN-HONEY-1KG", 20}}, true);
    // Not paid yet.
    shop->pendingOrder = place(*shop, kStart + 20 * kMinute, {"late", "", "", ""},
                               {{"CHEONGSONG-APPLE-5KG", 1}}, false);
    place(*shop, kEnd + 30 * kMinute, {"after", "", "", ""}, {{"NAJU-PEAR-7KG", 1}}, true);
    return shop;
}

std::vector<std::string> lines(const std::string &text)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < text.size()) {
        auto end = text.find('\n', start);
        if (end == std::string::npos)
            end = text.size();
        std::string line = text.substr(start, end - start);
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        out.push_back(line);
        start = end + 1;
    }
    return out;
}

bool contains(const std::vector<std::string> &all, const std::string &line)
{
    return std::find(all.begin(), all.end(), line) != all.end();
}

bool mentions(const std::vector<std::string> &all, const std::string &part)
{
    return std::any_of(all.begin(), all.end(),
                       [&](const std::string &l) { return l.find(part) != std::string::npos; });
}

// The PDF's text as pdftotext reads it (poppler-utils: scripts/dev.sh test_packages), in the
// order it is drawn: one table row a line.
std::vector<std::string> pdfText(const std::filesystem::path &file)
{
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-raw"), QString::fromStdString(file.string()),
                     QStringLiteral("-")});
    REQUIRE(pdftotext.waitForStarted(10000));
    REQUIRE(pdftotext.waitForFinished(60000));
    REQUIRE(pdftotext.exitCode() == 0);
    return lines(pdftotext.readAllStandardOutput().toStdString());
}

// Waits for one export to finish; returns its message (REQUIREs success).
QString exported(ui::EndOfStreamDialog &dialog, void (ui::EndOfStreamDialog::*exportTo)(const QString &),
                 const std::filesystem::path &file)
{
    QSignalSpy done(&dialog, &ui::EndOfStreamDialog::exported);
    QSignalSpy failed(&dialog, &ui::EndOfStreamDialog::exportFailed);
    (dialog.*exportTo)(QString::fromStdString(file.string()));
    REQUIRE(test::waitUntil([&] { return done.count() + failed.count() > 0; }));
    INFO((failed.isEmpty() ? QString() : failed.first().first().toString()).toStdString());
    REQUIRE(done.count() == 1);
    return done.first().first().toString();
}

} // namespace

TEST_CASE("a stream's summary counts only the orders placed during it", "[ui][look][summary]")
{
    test::TempDir dir;
    const auto shop = streamedShop(dir);
    const auto summary =
        ui::summarizeStream(orders::OrderBook(*shop->database).list(), kStart, kEnd);
    CHECK(summary.durationMs() == 90 * kMinute);
    REQUIRE(summary.orders.size() == 4);
    CHECK(summary.orders.front().id == shop->minjiOrder);
    CHECK(summary.totals.orders == 4);
    CHECK(summary.totals.paidOrders == 3);
    CHECK(summary.totals.unitsSold == 2 + 1 + 1 + 3 + 20);
    CHECK(summary.totals.revenue.at("KRW") == 3 * 19900 + 38000 + 3 * 18000 + 20 * 32000);
    REQUIRE(summary.topProducts.size() == 4);
    CHECK(summary.topProducts[0].sku == "JIRISAN-HONEY-1KG");
    CHECK(summary.topProducts[1].sku == "JEJU-TANGERINE-3KG");
    CHECK(summary.topProducts[1].units == 3);
    CHECK(summary.topProducts[2].sku == "GOHEUNG-YUZU-1KG");
    REQUIRE(summary.flagged.size() == 2);
    CHECK(summary.flagged[0].id == shop->junOrder);
    CHECK(summary.flagged[1].id == shop->pendingOrder);
}

TEST_CASE("the end-of-stream dialog shows the figures and writes the three files",
          "[ui][look][summary]")
{
    test::TempDir dir;
    test::OffscreenStudioApp app(dir / "settings");
    const auto shop = streamedShop(dir);
    ui::MainWindow window(shop->database);
    window.showEndOfStreamSummary(QDateTime::fromMSecsSinceEpoch(kStart),
                                  QDateTime::fromMSecsSinceEpoch(kEnd));
    auto *dialog = window.findChild<ui::EndOfStreamDialog *>();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    REQUIRE(test::waitUntil([&] { return dialog->isLoaded(); }));

    const QString figures = dialog->figuresText();
    INFO(figures.toStdString());
    CHECK(figures.contains(QStringLiteral("Duration: 1 h 30 min")));
    CHECK(figures.contains(QStringLiteral("Orders: 4 (3 paid)")));
    CHECK(figures.contains(QStringLiteral("Units sold: 27")));
    CHECK(figures.contains(QStringLiteral("Revenue: 791,700 KRW")));
    CHECK(figures.contains(QStringLiteral("Orders to look at: 2")));
    const auto *top = dialog->findChild<QTableWidget *>(QStringLiteral("topProductsTable"));
    REQUIRE(top);
    REQUIRE(top->rowCount() == 4);
    CHECK(top->item(1, 0)->text() == QStringLiteral("제주 감귤 Jeju tangerines"));
    CHECK(top->item(1, 2)->text() == QStringLiteral("3"));
    const auto *flagged = dialog->findChild<QTableWidget *>(QStringLiteral("flaggedOrdersTable"));
    REQUIRE(flagged);
    REQUIRE(flagged->rowCount() == 2);
    CHECK(flagged->item(0, 2)->text() == QStringLiteral("oversold"));
    CHECK(flagged->item(1, 1)->text() == QStringLiteral("late"));
    CHECK(flagged->item(1, 2)->text() == QStringLiteral("payment pending"));

    SECTION("sales CSV")
    {
        const auto file = dir / "sales.csv";
        CHECK(exported(*dialog, &ui::EndOfStreamDialog::exportSalesCsv, file)
                  .contains(QStringLiteral("4 rows")));
        const auto csv = lines(io::readWholeFile(file));
        CHECK(csv.front() == "sku,name,orders,units,revenue,currency");
        CHECK(contains(csv, "JIRISAN-HONEY-1KG,지리산 야생화 꿀 Jirisan wildflower honey,1,20,640000,KRW"));
        CHECK(contains(csv, "JEJU-TANGERINE-3KG,제주 감귤 Jeju tangerines,2,3,59700,KRW"));
        CHECK(contains(csv, "JEJU-HALLABONG-2KG,한라봉 Hallabong,1,1,38000,KRW"));
        CHECK(contains(csv, "GOHEUNG-YUZU-1KG,고흥 유자 Goheung yuzu,1,3,54000,KRW"));
        CHECK(contains(csv, "TOTAL,,,27,791700,KRW"));
        // Before, after and unpaid orders are not part of this stream's sales.
        CHECK(!mentions(csv, "CHEONGSONG"));
        CHECK(!mentions(csv, "NAJU"));
    }
    SECTION("packing list CSV")
    {
        const auto file = dir / "packing.csv";
        exported(*dialog, &ui::EndOfStreamDialog::exportPackingCsv, file);
        const auto csv = lines(io::readWholeFile(file));
        REQUIRE(csv.size() == 6);
        CHECK(csv[0] == "buyer,name,phone,address,order,sku,product,qty,note");
        CHECK(csv[1].rfind("jun,,,," + std::to_string(shop->junOrder) + ",JIRISAN-HONEY-1KG,", 0) == 0);
        CHECK(csv[1].find("OVERSOLD") != std::string::npos);
        const std::string minji = "minji,김민지,010-1234-5678,서울 마포구 월드컵로 1,"
                                  + std::to_string(shop->minjiOrder);
        CHECK(csv[2] == minji + ",JEJU-TANGERINE-3KG,제주 감귤 Jeju tangerines,2,");
        CHECK(csv[3] == minji + ",JEJU-HALLABONG-2KG,한라봉 Hallabong,1,");
        const std::string wei = "wei,王伟,,上海市 浦东新区," + std::to_string(shop->weiOrder);
        CHECK(csv[4] == wei + ",JEJU-TANGERINE-3KG,제주 감귤 Jeju tangerines,1,");
        CHECK(csv[5] == wei + ",GOHEUNG-YUZU-1KG,고흥 유자 Goheung yuzu,3,");
    }
    SECTION("packing list PDF")
    {
        const auto file = dir / "packing.pdf";
        exported(*dialog, &ui::EndOfStreamDialog::exportPackingPdf, file);
        REQUIRE(std::filesystem::file_size(file) > 1000);
        CHECK(io::readWholeFile(file).rfind("%PDF-", 0) == 0);
        const auto text = pdfText(file);
        std::string all;
        for (const auto &l : text)
            all += l + "\n";
        INFO(all);
        CHECK(mentions(text, "Packing list"));
        CHECK(mentions(text, "minji — 김민지"));
        CHECK(mentions(text, "010-1234-5678"));
        CHECK(mentions(text, "서울 마포구 월드컵로 1"));
        CHECK(mentions(text, "wei — 王伟"));
        CHECK(mentions(text, "上海市 浦东新区"));
        CHECK(mentions(text, "jun"));
        // Each item on one row: order number, SKU, product, then the quantity.
        const std::string minjiOrder = "#" + std::to_string(shop->minjiOrder);
        const auto row = [&](const std::string &order, const std::string &product,
                             const std::string &qty) {
            const QRegularExpression re(QStringLiteral("%1\\s+\\S+\\s+%2\\s+%3(\\s|$)")
                                            .arg(QRegularExpression::escape(QString::fromStdString(order)),
                                                 QRegularExpression::escape(QString::fromStdString(product)),
                                                 QString::fromStdString(qty)));
            return std::any_of(text.begin(), text.end(), [&](const std::string &l) {
                return re.match(QString::fromStdString(l)).hasMatch();
            });
        };
        CHECK(row(minjiOrder, "제주 감귤 Jeju tangerines", "2"));
        CHECK(row(minjiOrder, "한라봉 Hallabong", "1"));
        CHECK(row("#" + std::to_string(shop->weiOrder), "고흥 유자 Goheung yuzu", "3"));
        // (Only the Korean part: the PDF draws "fl" as a ligature, which pdftotext gives as U+FB02.)
        CHECK(mentions(text, "#" + std::to_string(shop->junOrder) + " JIRISAN-HONEY-1KG"));
        CHECK(mentions(text, "지리산 야생화 꿀"));
        CHECK(mentions(text, "OVERSOLD"));
        CHECK(mentions(text, "Total: 3 buyers, 3 orders, 27 units"));

        // The text is set in the shipped fonts, embedded: it prints the same on a machine with
        // no CJK font at all.
        QProcess pdffonts;
        pdffonts.start(QStringLiteral("pdffonts"), {QString::fromStdString(file.string())});
        REQUIRE(pdffonts.waitForStarted(10000));
        REQUIRE(pdffonts.waitForFinished(60000));
        const auto fonts = lines(pdffonts.readAllStandardOutput().toStdString());
        REQUIRE(fonts.size() > 2);
        CHECK(mentions(fonts, "StallcastCardCJK"));
        CHECK(mentions(fonts, "StallcastCardSans"));
        for (std::size_t i = 2; i < fonts.size(); ++i) {
            INFO(fonts[i]);
            CHECK(fonts[i].rfind("StallcastCard", 0) == 0);
            CHECK(fonts[i].find(" yes ") != std::string::npos); // embedded
        }
    }
    SECTION("packing list on a printer")
    {
        // A printer the way QPrintDialog hands it over, here "Print to File (PDF)".
        const auto file = dir / "printed.pdf";
        auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
        printer->setOutputFormat(QPrinter::PdfFormat);
        printer->setOutputFileName(QString::fromStdString(file.string()));
        QSignalSpy done(dialog, &ui::EndOfStreamDialog::exported);
        dialog->printPackingList(printer);
        REQUIRE(test::waitUntil([&] { return done.count() == 1; }));
        CHECK(done.first().first().toString().contains(QStringLiteral("5 rows sent to")));
        const auto text = pdfText(file);
        CHECK(mentions(text, "minji — 김민지"));
        CHECK(mentions(text, "#" + std::to_string(shop->minjiOrder)
                                 + " JEJU-TANGERINE-3KG 제주 감귤 Jeju tangerines 2"));
        CHECK(mentions(text, "Total: 3 buyers, 3 orders, 27 units"));
    }
    SECTION("a file that cannot be written is reported and nothing is left behind")
    {
        const auto file = dir / "no-such-folder" / "sales.csv";
        QSignalSpy failed(dialog, &ui::EndOfStreamDialog::exportFailed);
        dialog->exportSalesCsv(QString::fromStdString(file.string()));
        REQUIRE(test::waitUntil([&] { return failed.count() == 1; }));
        CHECK(failed.first().first().toString().contains(QStringLiteral("no-such-folder")));
        CHECK(!std::filesystem::exists(dir / "no-such-folder"));
    }
}
