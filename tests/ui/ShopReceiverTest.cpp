#include "CatalogTableModel.h"
#include "MainWindow.h"
#include "ManualOrderDialog.h"
#include "OrderAlert.h"
#include "OrderFeedPanel.h"
#include "OrdersTableModel.h"
#include "ReceiverSettingsDialog.h"
#include "SecretStore.h"
#include "ShelfPanel.h"
#include "ShopSide.h"
#include "StallcastDelivery.h"
#include "StudioReceiver.h"
#include "ShopTestSupport.h"
#include "TestFramework.h"


#include "orders/FlashSaleBook.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <chrono>

using namespace stallcast;

namespace {

constexpr const char *kSecret = "whsec_studio_receiver_test_1234";

using test::availableOf;
using test::cell;

std::int64_t unixNow()
{
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// Row of the order whose id is `id` in the model, or -1.
int rowOfOrder(const ui::OrdersTableModel &model, std::int64_t id)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.rowAt(row).id == id)
            return row;
    return -1;
}

} // namespace

TEST_CASE("shop: an order posted to the in-studio receiver shows in the feed and the stock column", "[ui][shop][receiver]")
{
    test::DemoStudio studio;
    ui::MainWindow &window = *studio.window;
    auto &secrets = studio.secrets;
    ui::ShopSide &shop = studio.shop();
    ui::OrderFeedPanel &feed = *shop.feed();
    const auto &shelf = shop.shelf()->model();
    // No secret yet: the receiver does not run, and says why.
    REQUIRE(test::waitUntil([&] { return feed.receiverText().contains(QStringLiteral("no webhook secret")); }));
    CHECK(shop.receiver()->state() == ui::StudioReceiver::State::Off);

    // Settings › Order receiver, through the panel's button: a free port and the secret.
    test::clickButton(&feed, "receiverSettingsButton");
    auto *dialog = window.findChild<ui::ReceiverSettingsDialog *>();
    REQUIRE(dialog);
    REQUIRE(dialog->isVisible());
    dialog->listenEdit()->clear();
    QTest::keyClicks(dialog->listenEdit(), QStringLiteral("127.0.0.1:0"));
    QLineEdit *secretField = dialog->secretEdit(feed::WebhookSource::Stallcast);
    CHECK(secretField->echoMode() == QLineEdit::Password);
    QTest::keyClicks(secretField, QStringLiteral("short"));
    auto *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    CHECK_FALSE(save->isEnabled()); // "Stallcast secret: at least 16 characters"
    CHECK(dialog->problem().startsWith(QStringLiteral("Stallcast secret:")));
    secretField->clear();
    QTest::keyClicks(secretField, QString::fromLatin1(kSecret));
    REQUIRE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);

    // The secret is in the secret store, and nowhere in the settings file.
    REQUIRE(test::waitUntil([&] { return secrets->peek(QStringLiteral("receiver/stallcast")).has_value(); }));
    CHECK(*secrets->peek(QStringLiteral("receiver/stallcast")) == QByteArray(kSecret));
    const QByteArray stored = test::settingsFileBytes();
    CHECK(stored.contains("127.0.0.1:0"));
    CHECK_FALSE(stored.contains(kSecret));

    // The receiver restarts with the secret on a free port.
    REQUIRE(test::waitUntil([&] { return shop.receiver()->state() == ui::StudioReceiver::State::Listening; }));
    const QString bound = shop.receiver()->boundAddress();
    CHECK(feed.receiverText() == QStringLiteral("Receiving orders at %1").arg(bound));
    const int port = bound.section(QLatin1Char(':'), -1).toInt();
    REQUIRE(port > 0);

    // The webhook URL to copy names the bound port.
    shop.openReceiverSettings();
    auto dialogs = window.findChildren<ui::ReceiverSettingsDialog *>();
    REQUIRE(!dialogs.isEmpty());
    CHECK(dialogs.back()->urlEdit(feed::WebhookSource::Shopify)->text()
          == QStringLiteral("http://%1/webhooks/shopify").arg(bound));
    dialogs.back()->reject();

    // A real HTTP client posts a signed order; a badly signed one is refused and not recorded.
    httplib::ClientImpl client("127.0.0.1", port);
    const auto body = test::stallcastBody("dlv-1", "web-1001", "JEJU-TANGERINE-3KG", 2, 19900);
    const auto forged = test::postSigned(client, body, "whsec_not_the_right_secret", unixNow());
    CHECK(forged.status == 401);
    const auto answer = test::postSigned(client, body, kSecret, unixNow());
    REQUIRE(answer.status == 201); // created
    const auto orderId = answer.json.value(QStringLiteral("order_id")).toInteger();
    REQUIRE(orderId > 0);

    const auto &orders = feed.model();
    REQUIRE(test::waitUntil([&] { return rowOfOrder(orders, orderId) >= 0; }));
    const int row = rowOfOrder(orders, orderId);
    CHECK(cell(orders, row, ui::OrdersTableModel::Source) == QStringLiteral("web shop"));
    CHECK(cell(orders, row, ui::OrdersTableModel::Buyer) == QStringLiteral("minji (김민지)"));
    CHECK(cell(orders, row, ui::OrdersTableModel::Items) == QStringLiteral("제주 감귤 Jeju tangerines × 2"));
    CHECK(cell(orders, row, ui::OrdersTableModel::Total) == QStringLiteral("39,800 KRW"));
    CHECK(cell(orders, row, ui::OrdersTableModel::Status) == QStringLiteral("paid"));
    CHECK(cell(orders, row, ui::OrdersTableModel::Flags).isEmpty());
    // Newest first in the view.
    CHECK(feed.table()->model()->data(feed.table()->model()->index(0, ui::OrdersTableModel::Id))
              .toLongLong() == orderId);
    // The stock column follows: 40 -> 38.
    REQUIRE(test::waitUntil([&] { return availableOf(shelf, QStringLiteral("JEJU-TANGERINE-3KG")) == QStringLiteral("38"); }));
    CHECK(orders.rowCount() == 1);
    REQUIRE(test::waitUntil([&] { return shop.alert()->soundsPlayed() == 1; }));
    CHECK(shop.alert()->lastMessage().startsWith(QStringLiteral("New order #%1: minji").arg(orderId)));
    CHECK(feed.sessionText().contains(QStringLiteral("1 order (1 paid)")));
    CHECK(feed.sessionText().contains(QStringLiteral("2 units sold")));
    CHECK(feed.sessionText().contains(QStringLiteral("39,800 KRW")));

    // With the sound box unticked (a microphone nearby), new orders still notify, silently.
    QTest::mouseClick(feed.soundBox(), Qt::LeftButton);
    CHECK_FALSE(feed.soundBox()->isChecked());
    CHECK(test::settingsFileBytes().contains("newOrderSound=false"));

    // A webhook charging another price than the shelf's stands out.
    const auto cheap = test::stallcastBody("dlv-2", "web-1002", "NAJU-PEAR-7KG", 1, 1000);
    const auto cheapAnswer = test::postSigned(client, cheap, kSecret, unixNow());
    REQUIRE(cheapAnswer.status == 201);
    const auto cheapId = cheapAnswer.json.value(QStringLiteral("order_id")).toInteger();
    REQUIRE(test::waitUntil([&] { return rowOfOrder(orders, cheapId) >= 0; }));
    CHECK(cell(orders, rowOfOrder(orders, cheapId), ui::OrdersTableModel::Flags)
          == QStringLiteral("price mismatch"));
    REQUIRE(test::waitUntil([&] { return shop.alert()->lastMessage().startsWith(QStringLiteral("New order #%1").arg(cheapId)); }));
    CHECK(shop.alert()->soundsPlayed() == 1);
    QTest::mouseClick(feed.soundBox(), Qt::LeftButton); // sound back on

    // A flash sale's price is not a mismatch: the order book prices those units itself.
    orders::FlashSaleStart sale;
    sale.sku = "CHEONGSONG-APPLE-5KG";
    sale.price = 30000;
    sale.durationMs = 10 * 60 * 1000;
    sale.quantity = 5;
    orders::FlashSaleBook(*studio.database).start(sale);
    const auto flash = test::stallcastBody("dlv-3", "web-1003", "CHEONGSONG-APPLE-5KG", 1, 30000);
    const auto flashAnswer = test::postSigned(client, flash, kSecret, unixNow());
    REQUIRE(flashAnswer.status == 201);
    const auto flashId = flashAnswer.json.value(QStringLiteral("order_id")).toInteger();
    REQUIRE(test::waitUntil([&] { return rowOfOrder(orders, flashId) >= 0; }));
    REQUIRE(orders.rowAt(rowOfOrder(orders, flashId)).flashLines.size() == 1);
    CHECK(cell(orders, rowOfOrder(orders, flashId), ui::OrdersTableModel::Flags).isEmpty());
    REQUIRE(test::waitUntil([&] { return shop.alert()->soundsPlayed() == 2; }));
}

TEST_CASE("shop: a manual order typed into the studio goes through the intake and shows as pending", "[ui][shop][receiver]")
{
    test::DemoStudio studio;
    ui::ShopSide &shop = studio.shop();
    ui::OrderFeedPanel &feed = *shop.feed();
    const auto &shelf = shop.shelf()->model();

    test::clickButton(&feed, "newOrderButton");
    auto *dialog = studio.window->findChild<ui::ManualOrderDialog *>();
    REQUIRE(dialog);
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled()); // no lines, no buyer
    dialog->addLine(QStringLiteral("NAJU-PEAR-7KG"), 3);
    QTest::keyClicks(dialog->buyerEdit(), QStringLiteral("grandma_park"));
    REQUIRE(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);

    const auto &orders = feed.model();
    REQUIRE(test::waitUntil([&] { return orders.rowCount() == 1; }));
    CHECK(cell(orders, 0, ui::OrdersTableModel::Source) == QStringLiteral("manual"));
    CHECK(cell(orders, 0, ui::OrdersTableModel::Buyer) == QStringLiteral("grandma_park"));
    CHECK(cell(orders, 0, ui::OrdersTableModel::Status) == QStringLiteral("pending"));
    CHECK(cell(orders, 0, ui::OrdersTableModel::Flags) == QStringLiteral("payment pending"));
    CHECK(cell(orders, 0, ui::OrdersTableModel::Total) == QStringLiteral("165,000 KRW"));
    REQUIRE(test::waitUntil([&] { return availableOf(shelf, QStringLiteral("NAJU-PEAR-7KG")) == QStringLiteral("12"); }));
}
