// The studio's "on stream" wiring, clicked through the real window: a product featured from the
// shelf goes onto the live session's canvas as its card, an order through the in-studio receiver
// changes the stock the card shows, a flash sale asked for on the shelf reaches the order book,
// and stopping the stream opens its summary.
#include "CatalogTableModel.h"
#include "EndOfStreamDialog.h"
#include "LiveStudio.h"
#include "MainWindow.h"
#include "NginxRtmp.h"
#include "OnStreamCard.h"
#include "ReceiverSettings.h"
#include "SecretStore.h"
#include "ShelfPanel.h"
#include "ShopSide.h"
#include "ShopTestSupport.h"
#include "StallcastDelivery.h"
#include "StudioReceiver.h"
#include "TestFramework.h"
#include "orders/FlashSaleBook.h"
#include "studio/LiveSession.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <chrono>
#include <utility>

using namespace stallcast;

namespace {

constexpr const char *kSecret = "whsec_on_stream_test_secret_0001";

std::int64_t unixNow()
{
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// Where the product card is on the landscape canvas (x, y), or (-1, -1) when it is not there.
std::pair<int, int> cardPosition(studio::LiveSession &session)
{
    const auto snapshot = session.overlays(studio::CanvasRole::Landscape).snapshot();
    for (const auto &item : *snapshot)
        if (item->id == "product-card")
            return {item->x, item->y};
    return {-1, -1};
}

} // namespace

TEST_CASE("on stream: number key 1 puts the first product's card on the canvas, orders change its stock, flash sales reach the order book",
          "[ui][onstream]")
{
    test::DemoStudio studio;
    ui::MainWindow &window = *studio.window;
    ui::ShopSide &shop = studio.shop();
    ui::OnStreamCard &card = window.onStreamCard();
    REQUIRE(test::waitUntil([&] { return window.liveStudio().sessionRunning(); }));
    auto session = window.liveStudio().session();
    CHECK(cardPosition(*session).first < 0);

    QSignalSpy featured(&shop, &ui::ShopSide::featureRequested);
    QSignalSpy rendered(&card, &ui::OnStreamCard::rendered);
    window.show();
    QTest::keyClick(&window, Qt::Key_1);
    REQUIRE(featured.count() == 1);
    const QString sku = featured.at(0).at(0).toString();
    CHECK(card.featuredSku() == sku);
    const auto product = *std::find_if(shop.products().begin(), shop.products().end(),
                                       [&](const auto &p) { return QString::fromStdString(p.sku) == sku; });
    REQUIRE(test::waitUntil([&] { return rendered.count() >= 1; }, std::chrono::seconds(20)));
    CHECK(rendered.last().at(0).toString() == QString::fromStdString(product.code));
    const qint64 before = rendered.last().at(1).toLongLong();
    CHECK(before == product.available());
    CHECK(cardPosition(*session).first >= 0);

    // An order for it through the studio's own receiver: the card shows the new stock.
    studio.secrets->write(QStringLiteral("receiver/stallcast"), kSecret, [](const QString &) {});
    ui::ReceiverSettings settings = ui::ReceiverSettings::load();
    settings.listen = QStringLiteral("127.0.0.1:0");
    settings.save();
    shop.receiver()->restart();
    REQUIRE(test::waitUntil([&] { return shop.receiver()->state() == ui::StudioReceiver::State::Listening; }));
    const int port = shop.receiver()->boundAddress().section(QLatin1Char(':'), -1).toInt();
    httplib::ClientImpl client("127.0.0.1", port);
    const auto body = test::stallcastBody("dlv-onstream-1", "web-onstream-1", sku.toStdString(), 2,
                                          product.price);
    REQUIRE(test::postSigned(client, body, kSecret, unixNow()).status == 201);
    REQUIRE(test::waitUntil([&] { return rendered.last().at(1).toLongLong() == before - 2; }));

    // Flash sale from the shelf's request: the order book has it, then it is stopped.
    const qint64 flashPrice = product.price / 2;
    emit shop.flashSaleRequested(sku, flashPrice, QString::fromStdString(product.currency), 5, 10, 2);
    REQUIRE(test::waitUntil([&] {
        return orders::FlashSaleBook(*studio.database).current(sku.toStdString()).has_value();
    }));
    const auto sale = *orders::FlashSaleBook(*studio.database).current(sku.toStdString());
    CHECK(sale.price == flashPrice);
    CHECK(sale.quantity == 10);
    CHECK(sale.perBuyerCap == std::optional<std::int64_t>(2));
    emit shop.flashSaleStopRequested(sku);
    REQUIRE(test::waitUntil([&] {
        return !orders::FlashSaleBook(*studio.database).current(sku.toStdString()).has_value();
    }));

    // Number key 2 switches the card to the second product.
    QTest::keyClick(&window, Qt::Key_2);
    REQUIRE(featured.count() == 2);
    const QString second = featured.at(1).at(0).toString();
    CHECK(second != sku);
    const auto secondProduct = *std::find_if(shop.products().begin(), shop.products().end(),
                                             [&](const auto &p) { return QString::fromStdString(p.sku) == second; });
    REQUIRE(test::waitUntil([&] {
        return rendered.last().at(0).toString() == QString::fromStdString(secondProduct.code);
    }));
}

TEST_CASE("on stream: stopping the stream opens its summary", "[ui][onstream]")
{
    test::DemoStudio studio;
    ui::MainWindow &window = *studio.window;
    ui::LiveStudio &live = window.liveStudio();
    REQUIRE(test::waitUntil([&] { return live.sessionRunning(); }));
    ui::Destination destination;
    destination.id = QStringLiteral("nobody");
    destination.name = QStringLiteral("Nobody listening");
    destination.server = QStringLiteral("rtmp://127.0.0.1:%1/live").arg(test::freeLoopbackPort());
    live.setDestinations({destination});
    studio.secrets->write(destination.secretKey(), "streamkey", [](const QString &) {});
    REQUIRE(test::waitUntil([&] { return studio.secrets->peek(destination.secretKey()).has_value(); }));
    CHECK(window.findChildren<ui::EndOfStreamDialog *>().isEmpty());
    live.goLive();
    REQUIRE(test::waitUntil([&] { return live.isLive(); }));
    live.stopLive();
    REQUIRE(test::waitUntil([&] { return !window.findChildren<ui::EndOfStreamDialog *>().isEmpty(); }));
    REQUIRE(test::waitUntil([&] { return !live.busy(); }));
}

TEST_CASE("on stream: the merchant's layout file moves the card, a bad one is reported and the card stays",
          "[ui][onstream]")
{
    test::DemoStudio studio;
    ui::MainWindow &window = *studio.window;
    ui::OnStreamCard &card = window.onStreamCard();
    REQUIRE(test::waitUntil([&] { return window.liveStudio().sessionRunning(); }));
    auto session = window.liveStudio().session();
    QSignalSpy rendered(&card, &ui::OnStreamCard::rendered);
    QSignalSpy failed(&card, &ui::OnStreamCard::failed);
    window.show();
    QTest::keyClick(&window, Qt::Key_1);
    REQUIRE(test::waitUntil([&] { return rendered.count() >= 1 && cardPosition(*session).first >= 0; },
                            std::chrono::seconds(20)));
    const auto builtIn = cardPosition(*session);
    const auto width = session->canvasFormat(studio::CanvasRole::Landscape).width;
    CHECK(builtIn.first < width / 4); // the built-in layout: bottom-left

    // A layout file with the card in the top-right corner.
    const auto layout = studio.dir / "top-right.json";
    {
        QFile file(QString::fromStdString(layout.string()));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(R"({"card": {"anchor": "top-right", "width": 0.45, "height": 0.40}})");
    }
    QSettings().setValue(ui::kLandscapeLayoutKey, QString::fromStdString(layout.string()));
    card.reloadLayout();
    REQUIRE(test::waitUntil([&] { return cardPosition(*session).first > width / 2; }));
    CHECK(cardPosition(*session).second < builtIn.second);

    // A broken file: said where and what, and the card stays where it was.
    const auto broken = studio.dir / "broken.json";
    {
        QFile file(QString::fromStdString(broken.string()));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(R"({"card": {"anchor": "top-right", "width": 7}})");
    }
    QSettings().setValue(ui::kLandscapeLayoutKey, QString::fromStdString(broken.string()));
    card.reloadLayout();
    REQUIRE(test::waitUntil([&] { return failed.count() >= 1; }));
    const QString message = failed.last().at(0).toString();
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("card.width")));
    CHECK(cardPosition(*session).first > width / 2);
}
