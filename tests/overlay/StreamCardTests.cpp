// End to end: `stallcast stream --feature SKU --payment ...` records 5 s at 720p and 2.5 Mbit/s
// on a landscape and a vertical canvas; frames taken out of the recordings with ffmpeg are
// scanned with zbarimg. Orders placed by another process during the stream change the card
// (the --card-report hook says what was rendered and when) and SOLD OUT takes the code off the
// encoded video.
#include "../checkout/ExternalProgram.h"
#include "../feed_http/StallcastDelivery.h"
#include "TempDir.h"
#include "TestFramework.h"

#include "checkout/PaymentCode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <chrono>
#include <cstdio>
#include <optional>
#include <fstream>
#include <sstream>
#include <thread>

using namespace stallcast;

namespace {

const QString kExe = QStringLiteral(STALLCAST_EXE);

test::ProgramRun runStallcast(const QStringList &args)
{
    return test::runProgram(kExe, args, 60000);
}

std::vector<QJsonObject> readReport(const std::filesystem::path &file)
{
    std::vector<QJsonObject> lines;
    std::ifstream in(file);
    std::string line;
    while (std::getline(in, line))
        if (!line.empty())
            lines.push_back(QJsonDocument::fromJson(QByteArray::fromStdString(line)).object());
    return lines;
}

// Waits up to `seconds` for a report line whose "stock" is `stock`; returns it.
QJsonObject waitForStock(const std::filesystem::path &file, const QString &stock, int seconds)
{
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
    while (std::chrono::steady_clock::now() < until) {
        for (const auto &line : readReport(file))
            if (line["stock"].toString() == stock)
                return line;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    FAIL("the card never showed \"" << stock.toStdString() << "\"");
    return {};
}

std::string frameAt(const std::filesystem::path &video, double seconds, const test::TempDir &dir,
                    const std::string &name)
{
    const auto png = (dir / name).string();
    const auto r = test::runProgram(QStringLiteral("ffmpeg"),
                                    {QStringLiteral("-loglevel"), QStringLiteral("error"),
                                     QStringLiteral("-y"), QStringLiteral("-ss"),
                                     QString::number(seconds), QStringLiteral("-i"),
                                     QString::fromStdString(video.string()),
                                     QStringLiteral("-frames:v"), QStringLiteral("1"),
                                     QString::fromStdString(png)});
    INFO("ffmpeg: " << r.err);
    REQUIRE(r.exitCode == 0);
    return png;
}

std::int64_t unixMsNow()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// Every frame of `video` presented between the two times, with its time: ffmpeg's showinfo
// gives each frame's pts_time in output order.
std::vector<std::pair<double, std::string>> framesBetween(const std::filesystem::path &video,
                                                          double from, double to,
                                                          const test::TempDir &dir)
{
    const auto pattern = (dir / "frame-%04d.png").string();
    const auto r = test::runProgram(
        QStringLiteral("ffmpeg"),
        {QStringLiteral("-y"), QStringLiteral("-i"), QString::fromStdString(video.string()),
         QStringLiteral("-vf"),
         QStringLiteral("select='between(t,%1,%2)',showinfo").arg(std::max(0.0, from)).arg(to),
         QStringLiteral("-vsync"), QStringLiteral("0"), QString::fromStdString(pattern)});
    INFO("ffmpeg: " << r.err.substr(0, 2000));
    REQUIRE(r.exitCode == 0);
    std::vector<std::pair<double, std::string>> frames;
    std::istringstream lines(r.err);
    std::string line;
    while (std::getline(lines, line)) {
        const auto at = line.find("pts_time:");
        if (line.find("Parsed_showinfo") == std::string::npos || at == std::string::npos)
            continue;
        char name[32];
        std::snprintf(name, sizeof name, "frame-%04zu.png", frames.size() + 1);
        frames.emplace_back(std::stod(line.substr(at + 9)), (dir / name).string());
    }
    return frames;
}

} // namespace

TEST_CASE("overlay: stream --feature puts the card's QR on both canvases, orders change the stock, SOLD OUT takes the code off the video", "[overlay][stream][ffmpeg][zbarimg]")
{
    test::TempDir dir;
    const auto db = (dir / "shop.db").string();
    {
        std::ofstream csv(dir / "catalog.csv");
        csv << "sku,code,name,price,currency,unit,stock,origin,farm\n"
               "TANG-3KG,A1,제주 감귤 Jeju tangerines,25000,KRW,3 kg box,3,Jeju,Halla Farm\n";
    }
    const auto imported = runStallcast({QStringLiteral("--db"), QString::fromStdString(db),
                                     QStringLiteral("catalog"), QStringLiteral("import"),
                                     QString::fromStdString((dir / "catalog.csv").string())});
    INFO(imported.out << imported.err);
    REQUIRE(imported.exitCode == 0);

    // The payload the card must carry, built by the library the command uses.
    const checkout::PaymentFields pix{{"key", "+5511999998888"}, {"name", "Feira do Pomar"},
                                      {"city", "Sao Paulo"}, {"amount", "125.00"}};
    const std::string payload = checkout::paymentCode("pix", pix, 0).payload;

    const auto land = dir / "land.mp4";
    const auto vert = dir / "vert.mp4";
    const auto report = dir / "card.jsonl";
    QProcess stream;
    stream.setProgram(kExe);
    QStringList args{QStringLiteral("stream"), QStringLiteral("--db"), QString::fromStdString(db),
                     QStringLiteral("--feature"), QStringLiteral("tang-3kg"),
                     QStringLiteral("--payment"), QStringLiteral("pix")};
    for (const auto &[name, value] : pix)
        args << QStringLiteral("--payment-field") << QString::fromStdString(name + "=" + value);
    args << QStringLiteral("--canvas") << QStringLiteral("1280x720@30")
         << QStringLiteral("--bitrate") << QStringLiteral("2500") << QStringLiteral("--duration")
         << QStringLiteral("5") << QStringLiteral("--record") << QString::fromStdString(land.string())
         << QStringLiteral("--vertical-record") << QString::fromStdString(vert.string())
         << QStringLiteral("--card-report") << QString::fromStdString(report.string());
    stream.setArguments(args);
    stream.start();
    REQUIRE(stream.waitForStarted(10000));

    const auto first = waitForStock(report, QStringLiteral("3 left"), 20);
    CHECK(first["payload"].toString().toStdString() == payload);
    // Both canvases show the code at >= 4 px a module (720 px short side).
    for (const auto &canvas : first["canvases"].toArray())
        CHECK(canvas.toObject()["modulePixels"].toInt() >= 4);

    // Orders from another process, as the receiver or the studio would place them.
    std::this_thread::sleep_for(std::chrono::milliseconds(1500));
    const auto placeOrder = [&](const char *line, const char *id) {
        const auto r = runStallcast({QStringLiteral("--db"), QString::fromStdString(db), QStringLiteral("orders"),
                                  QStringLiteral("add"), QStringLiteral("--line"), QLatin1String(line),
                                  QStringLiteral("--paid"), QStringLiteral("--source"), QStringLiteral("test"),
                                  QStringLiteral("--external-id"), QLatin1String(id)});
        INFO(r.out << r.err);
        REQUIRE(r.exitCode == 0);
        return std::chrono::duration_cast<std::chrono::milliseconds>(
                   std::chrono::system_clock::now().time_since_epoch())
            .count();
    };
    const auto firstOrderMs = placeOrder("TANG-3KG:1", "o-1");
    const auto twoLeft = waitForStock(report, QStringLiteral("2 left"), 5);
    placeOrder("TANG-3KG:2", "o-2");
    const auto soldOut = waitForStock(report, QStringLiteral("SOLD OUT"), 5);
    // Re-read four times a second: the card follows an order within a second.
    CHECK(twoLeft["unixMs"].toDouble() - static_cast<double>(firstOrderMs) < 1000);
    for (const auto &canvas : soldOut["canvases"].toArray())
        CHECK(canvas.toObject()["qr"].toArray().isEmpty());

    REQUIRE(stream.waitForFinished(30000));
    INFO("stream stderr: " << stream.readAllStandardError().toStdString());
    REQUIRE(stream.exitCode() == 0);
    // Exactly three renders: nothing was drawn again without a change.
    int renders = 0;
    QJsonArray ticker;
    for (const auto &line : readReport(report)) {
        renders += line.contains(QStringLiteral("render")) ? 1 : 0;
        if (line.contains(QStringLiteral("ticker")))
            ticker = line["ticker"].toArray();
    }
    CHECK(renders == 3);
    // The other process's orders reached the ticker, each once, the newest first.
    REQUIRE(ticker.size() == 2);
    CHECK(ticker[0].toString().contains(QStringLiteral(" 2 × 제주 감귤 Jeju tangerines · just now")));
    CHECK(ticker[1].toString().contains(QStringLiteral(" 1 × 제주 감귤 Jeju tangerines · just now")));

    for (const auto &video : {land, vert}) {
        INFO(video.filename().string());
        // Before the first order: the code scans back to exactly the payload.
        CHECK(test::scanQr(frameAt(video, 0.5, dir, "before.png")) == payload + "\n");
        // At the end the product is sold out: no code in the encoded picture.
        const auto after = test::runProgram(QStringLiteral("zbarimg"),
                                            {QStringLiteral("-q"), QStringLiteral("--raw"),
                                             QString::fromStdString(frameAt(video, 4.7, dir, "after.png"))});
        CHECK(after.out.empty());
        CHECK(after.exitCode == 4); // zbarimg: no symbol found
    }
}

TEST_CASE("overlay: stream --listen runs the order receiver in process, a signed delivery sells the card out", "[overlay][stream][feed]")
{
    test::TempDir dir;
    const auto db = (dir / "shop.db").string();
    {
        std::ofstream csv(dir / "catalog.csv");
        csv << "sku,code,name,price,currency,unit,stock\nHONEY,B1,Acacia honey,18000,KRW,500 g jar,2\n";
        std::ofstream secret(dir / "secret.txt");
        secret << "whsec_overlay_stream_test_secret";
    }
    REQUIRE(runStallcast({QStringLiteral("--db"), QString::fromStdString(db), QStringLiteral("catalog"),
                          QStringLiteral("import"), QString::fromStdString((dir / "catalog.csv").string())})
                .exitCode == 0);
    const auto report = dir / "card.jsonl";
    QProcess stream;
    stream.setProgram(kExe);
    stream.setArguments({QStringLiteral("stream"), QStringLiteral("--db"), QString::fromStdString(db),
                         QStringLiteral("--feature"), QStringLiteral("HONEY"),
                         QStringLiteral("--payment"), QStringLiteral("promptpay"),
                         QStringLiteral("--payment-field"), QStringLiteral("phone=0812345678"),
                         QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                         QStringLiteral("--secret-file"),
                         QString::fromStdString("stallcast=" + (dir / "secret.txt").string()),
                         QStringLiteral("--duration"), QStringLiteral("4"), QStringLiteral("--record"),
                         QString::fromStdString((dir / "out.mp4").string()),
                         QStringLiteral("--card-report"), QString::fromStdString(report.string())});
    stream.start();
    REQUIRE(stream.waitForStarted(10000));
    // The receiver says where it listens on stderr.
    std::string err;
    int port = 0;
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (port == 0 && std::chrono::steady_clock::now() < until) {
        stream.waitForReadyRead(100);
        err += stream.readAllStandardError().toStdString();
        const auto at = err.find("orders: listening on 127.0.0.1:");
        if (at != std::string::npos && err.find('\n', at) != std::string::npos)
            port = std::stoi(err.substr(at + std::string("orders: listening on 127.0.0.1:").size()));
    }
    INFO("stream stderr: " << err);
    REQUIRE(port > 0);
    waitForStock(report, QStringLiteral("2 left"), 10);

    std::this_thread::sleep_for(std::chrono::milliseconds(1000)); // well into the recording
    httplib::ClientImpl client("127.0.0.1", port);
    const auto sentMs = unixMsNow();
    const auto now = std::chrono::duration_cast<std::chrono::seconds>(
                         std::chrono::system_clock::now().time_since_epoch())
                         .count();
    const auto answer = test::postSigned(client, test::stallcastBody("dlv-1", "shop-1", "HONEY", 2, 18000),
                                         "whsec_overlay_stream_test_secret", now);
    INFO("receiver: " << answer.status << " " << answer.body);
    REQUIRE(answer.status == 201); // created
    const auto soldOut = waitForStock(report, QStringLiteral("SOLD OUT"), 5);
    CHECK(soldOut["canvases"].toArray().at(0).toObject()["qr"].toArray().isEmpty());
    // The buyer ("minji") gets a toast with the handle masked.
    bool toasted = false;
    for (int i = 0; i < 100 && !toasted; ++i) {
        for (const auto &line : readReport(report))
            toasted = toasted || line["toast"].toString() == QStringLiteral("m***i bought 2 \u00D7 Acacia honey");
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    CHECK(toasted);
    REQUIRE(stream.waitForFinished(30000));
    CHECK(stream.exitCode() == 0);

    // Order -> encoded frame: the first frame of the recording without the code. Frame N is
    // composed at the canvas clock's start + N/30 s; the report bounds that start.
    QJsonArray start;
    for (const auto &line : readReport(report))
        if (line.contains(QStringLiteral("streamStartUnixMs")))
            start = line["streamStartUnixMs"].toArray();
    REQUIRE(start.size() == 2);
    const double startBefore = start[0].toDouble(), startAfter = start[1].toDouble();
    // The recording's first frame (tick 0) is not at 0 s: the muxer delays the video by the
    // encoder's B-frame reordering.
    const auto probe = test::runProgram(QStringLiteral("ffprobe"),
                                        {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-select_streams"),
                                         QStringLiteral("v"), QStringLiteral("-show_entries"), QStringLiteral("stream=start_time"),
                                         QStringLiteral("-of"), QStringLiteral("csv=p=0"),
                                         QString::fromStdString((dir / "out.mp4").string())});
    REQUIRE(probe.exitCode == 0);
    const double tickZero = std::stod(probe.out);
    const double from = tickZero + (static_cast<double>(sentMs) - startAfter) / 1000 - 0.1;
    const double to = tickZero + (soldOut["unixMs"].toDouble() - startBefore) / 1000 + 0.2;
    const auto frames = framesBetween(dir / "out.mp4", from, to, dir);
    REQUIRE(!frames.empty());
    std::optional<double> firstWithout;
    bool sawCodeBefore = false;
    for (const auto &[seconds, png] : frames) {
        const auto scan = test::runProgram(QStringLiteral("zbarimg"), {QStringLiteral("-q"), QStringLiteral("--raw"), QString::fromStdString(png)});
        if (scan.exitCode == 0) {
            sawCodeBefore = true;
            continue;
        }
        firstWithout = seconds;
        break;
    }
    CHECK(sawCodeBefore); // the window starts before the order
    REQUIRE(firstWithout.has_value());
    // The presenter reports a render after it has pushed the card to the canvases' layers, and
    // the canvas composes tick N no earlier than its start + N/30 s. So the first frame whose
    // tick comes after the report shows the card: the pipeline adds at most one frame. That is
    // what is checked. How long the order itself took (receive, durable commit, event, render)
    // depends on the machine's load and the disk's fsync; it is measured in the webhooks
    // benchmark, and only reported here.
    const double renderMs = soldOut["unixMs"].toDouble();
    const double frameAtMs = startAfter + (*firstWithout - tickZero) * 1000;
    const double fromRenderMs = frameAtMs - renderMs;
    const double frameMs = 1000.0 / 30;
    WARN("order sent -> first encoded frame showing it: at most " << frameAtMs - static_cast<double>(sentMs)
         << " ms; card pushed -> that frame: at most " << fromRenderMs << " ms (" << fromRenderMs / frameMs
         << " frames at 30 fps; clock start known to " << startAfter - startBefore << " ms; render at +"
         << renderMs - static_cast<double>(sentMs) << " ms)");
    // One frame, the clock start's uncertainty, a millisecond of rounding in each of the two
    // reported times, and one frame of slack for the encoder's timestamps.
    CHECK(fromRenderMs <= 2 * frameMs + (startAfter - startBefore) + 2);
}

TEST_CASE("overlay: stream --flash-sale counts down on the card and ends, bad flash sales are refused", "[overlay][stream]")
{
    test::TempDir dir;
    const auto db = (dir / "shop.db").string();
    {
        std::ofstream csv(dir / "catalog.csv");
        csv << "sku,code,name,price,currency,unit,stock\nPEAR,C1,Asian pear,9000,KRW,box,8\n";
    }
    REQUIRE(runStallcast({QStringLiteral("--db"), QString::fromStdString(db), QStringLiteral("catalog"),
                          QStringLiteral("import"), QString::fromStdString((dir / "catalog.csv").string())})
                .exitCode == 0);
    const auto stream = [&](const QString &flash) {
        return runStallcast(QStringList{QStringLiteral("stream"), QStringLiteral("--db"), QString::fromStdString(db),
                             QStringLiteral("--feature"), QStringLiteral("PEAR"), QStringLiteral("--flash-sale")}
                            + flash.split(QLatin1Char(' '))
                            + QStringList{QStringLiteral("--duration"), QStringLiteral("3"),
                             QStringLiteral("--record"), QString::fromStdString((dir / "out.mp4").string()),
                             QStringLiteral("--card-report"),
                             QString::fromStdString((dir / "card.jsonl").string())});
    };
    // 1.8 s of flash sale in a 3 s stream.
    const auto run = stream(QStringLiteral("7000,0.03,5,2"));
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    std::vector<std::string> flash;
    for (const auto &line : readReport(dir / "card.jsonl"))
        if (line.contains(QStringLiteral("render")))
            flash.push_back(line["flash"].toString().toStdString());
    REQUIRE(flash.size() == 3);
    CHECK(flash[0] == "FLASH 00:02 \xC2\xB7 0/5 sold \xC2\xB7 max 2 each");
    CHECK(flash[1] == "FLASH 00:01 \xC2\xB7 0/5 sold \xC2\xB7 max 2 each");
    CHECK(flash[2] == "FLASH SALE ENDED");
    // The sale was started in the shop database: the order book charged it while it ran.
    const auto sales = runStallcast({QStringLiteral("--db"), QString::fromStdString(db), QStringLiteral("flash"),
                                     QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(sales.exitCode == 0);
    const auto sale = QJsonDocument::fromJson(QByteArray::fromStdString(sales.out)).array()[0].toObject();
    CHECK(sale["state"].toString() == QStringLiteral("ended"));
    CHECK(sale["price"].toInteger() == 7000);
    CHECK(sale["ends_ms"].toInteger() - sale["starts_ms"].toInteger() == 1800);
    CHECK(sale["started_by"].toString() == QStringLiteral("stream"));

    for (const auto &[bad, says] : std::vector<std::pair<QString, std::string>>{
             {QStringLiteral("7000,x,5"), "expected PRICE,MINUTES,QUANTITY[,CAP]"},
             {QStringLiteral("7000,5,0"), "QUANTITY"},
             {QStringLiteral("7000.5,5,5"), "KRW"},
             {QStringLiteral("9000,5,5"), "below the product's price"},
             {QStringLiteral("7000,5,5 --sales-goal 0"), "--sales-goal"}}) {
        const auto r = stream(bad);
        INFO(bad.toStdString() << ": " << r.err);
        CHECK(r.exitCode == 2);
        CHECK(r.err.find(says) != std::string::npos);
    }
}

TEST_CASE("overlay: a flash sale started from the command line shows on a running stream and follows its orders", "[overlay][stream][flash]")
{
    test::TempDir dir;
    const auto db = QString::fromStdString((dir / "shop.db").string());
    {
        std::ofstream csv(dir / "catalog.csv");
        csv << "sku,code,name,price,currency,unit,stock\nPEAR,C1,Asian pear,9000,KRW,box,8\n";
    }
    REQUIRE(runStallcast({QStringLiteral("--db"), db, QStringLiteral("catalog"), QStringLiteral("import"),
                          QString::fromStdString((dir / "catalog.csv").string())})
                .exitCode == 0);
    const auto report = dir / "card.jsonl";
    QProcess stream;
    stream.setProgram(kExe);
    stream.setArguments({QStringLiteral("stream"), QStringLiteral("--db"), db, QStringLiteral("--feature"),
                         QStringLiteral("PEAR"), QStringLiteral("--duration"), QStringLiteral("6"),
                         QStringLiteral("--record"), QString::fromStdString((dir / "out.mp4").string()),
                         QStringLiteral("--card-report"), QString::fromStdString(report.string())});
    stream.start();
    REQUIRE(stream.waitForStarted(10000));
    CHECK_FALSE(waitForStock(report, QStringLiteral("8 left"), 20).contains(QStringLiteral("flash")));

    // Every report line's flash text, in order, once `wanted` has been shown.
    const auto waitForFlash = [&](const std::string &wanted) {
        const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(5);
        while (std::chrono::steady_clock::now() < until) {
            for (const auto &line : readReport(report))
                if (line["flash"].toString().toStdString().find(wanted) != std::string::npos)
                    return line;
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        FAIL("the card never showed a flash text with \"" << wanted << "\"");
        return QJsonObject{};
    };
    const auto run = [&](QStringList args) {
        const auto r = runStallcast(QStringList{QStringLiteral("--db"), db} + args);
        INFO(r.out << r.err);
        REQUIRE(r.exitCode == 0);
    };
    run({QStringLiteral("flash"), QStringLiteral("start"), QStringLiteral("PEAR"), QStringLiteral("--price"),
         QStringLiteral("7000"), QStringLiteral("--minutes"), QStringLiteral("5"), QStringLiteral("--quantity"),
         QStringLiteral("5"), QStringLiteral("--cap"), QStringLiteral("2")});
    waitForFlash("0/5 sold \xC2\xB7 max 2 each");
    run({QStringLiteral("orders"), QStringLiteral("add"), QStringLiteral("--buyer"), QStringLiteral("kim"),
         QStringLiteral("--line"), QStringLiteral("PEAR:3")});
    // kim's cap: 2 units counted toward the sale, the third at the normal price.
    CHECK(waitForFlash("2/5 sold")["stock"].toString() == QStringLiteral("5 left"));
    run({QStringLiteral("flash"), QStringLiteral("stop"), QStringLiteral("PEAR")});
    waitForFlash("FLASH SALE ENDED");

    REQUIRE(stream.waitForFinished(30000));
    INFO("stream stderr: " << stream.readAllStandardError().toStdString());
    CHECK(stream.exitCode() == 0);
}
