#include "CheckoutSettings.h"
#include "CheckoutSettingsDialog.h"
#include "ExternalProgram.h"
#include "MainWindow.h"
#include "SecretStore.h"
#include "ShopSide.h"
#include "ShopTestSupport.h"
#include "TestFramework.h"

#include "checkout/PaymentCode.h"
#include "checkout/SignedCheckout.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTest>

using namespace stallcast;

namespace {

// Waits for the preview built after the last change.
void waitForPreview(ui::CheckoutSettingsDialog &dialog, std::uint64_t before)
{
    REQUIRE(test::waitUntil([&] { return dialog.previewsShown() > before; }));
    // A keystroke may have started a newer one meanwhile: let it settle.
    std::uint64_t seen = 0;
    do {
        seen = dialog.previewsShown();
        test::waitUntil([&] { return false; }, std::chrono::milliseconds(300));
    } while (dialog.previewsShown() != seen);
}

void chooseKind(ui::CheckoutSettingsDialog &dialog, const char *kind)
{
    QComboBox *box = dialog.kindBox();
    const int index = box->findData(QString::fromLatin1(kind));
    REQUIRE(index >= 0);
    box->setFocus();
    while (box->currentIndex() < index)
        QTest::keyClick(box, Qt::Key_Down);
    while (box->currentIndex() > index)
        QTest::keyClick(box, Qt::Key_Up);
}

void type(ui::CheckoutSettingsDialog &dialog, const char *field, const QString &text)
{
    QLineEdit *edit = dialog.fieldEdit(field);
    REQUIRE(edit);
    edit->clear();
    QTest::keyClicks(edit, text);
}

std::string scanPreview(const ui::CheckoutSettingsDialog &dialog, const test::TempDir &dir)
{
    const auto file = (dir / "preview.png").string();
    REQUIRE(!dialog.previewImage().isNull());
    REQUIRE(dialog.previewImage().save(QString::fromStdString(file)));
    auto scanned = test::scanQr(file);
    while (!scanned.empty() && scanned.back() == '\n')
        scanned.pop_back();
    return scanned;
}

QPushButton *saveButton(ui::CheckoutSettingsDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
}

} // namespace

TEST_CASE("shop: the checkout settings preview a Pix QR that scans to the payload, and name a refused field", "[ui][shop][checkout][zbarimg]")
{
    test::DemoStudio studio;
    const auto &dir = studio.dir;
    ui::MainWindow &window = *studio.window;

    window.shop().checkoutSettingsAction()->trigger();
    auto *dialog = window.findChild<ui::CheckoutSettingsDialog *>();
    REQUIRE(dialog);
    auto shown = dialog->previewsShown();
    chooseKind(*dialog, "pix");
    type(*dialog, "key", QStringLiteral("vendas@fazendaboavista.com.br"));
    type(*dialog, "name", QStringLiteral("Fazenda Boa Vista"));
    type(*dialog, "city", QStringLiteral("Sao Jose dos Campos")); // 19 characters: over 15
    type(*dialog, "amount", QStringLiteral("12.50"));
    waitForPreview(*dialog, shown);
    CHECK(dialog->errorText().startsWith(QStringLiteral("city: at most 15 characters")));
    CHECK(dialog->fieldEdit("city")->styleSheet().contains(QStringLiteral("#b01c1c")));
    CHECK(dialog->previewImage().isNull());
    CHECK_FALSE(saveButton(*dialog)->isEnabled());

    shown = dialog->previewsShown();
    type(*dialog, "city", QStringLiteral("Sao Jose"));
    waitForPreview(*dialog, shown);
    CHECK(dialog->errorText().isEmpty());
    CHECK(dialog->fieldEdit("city")->styleSheet().isEmpty());
    const auto expected = checkout::paymentCode("pix",
                                                {{"key", "vendas@fazendaboavista.com.br"},
                                                 {"name", "Fazenda Boa Vista"},
                                                 {"city", "Sao Jose"},
                                                 {"amount", "12.50"}},
                                                0)
                              .payload;
    CHECK(dialog->payloadText().toStdString() == expected);
    CHECK(scanPreview(*dialog, dir) == expected);
    CHECK(expected.find("br.gov.bcb.pix") != std::string::npos);
    CHECK(expected.find("540512.50") != std::string::npos);

    REQUIRE(saveButton(*dialog)->isEnabled());
    QTest::mouseClick(saveButton(*dialog), Qt::LeftButton);
    const auto saved = ui::CheckoutSettings::load();
    CHECK(saved.kind == "pix");
    CHECK(saved.fields.at("city") == "Sao Jose");
    CHECK(saved.fields.at("amount") == "12.50");
    // What the product card will show is the code the preview showed.
    const auto card = ui::cardPaymentSource(saved, {});
    REQUIRE_FALSE(card.empty());
    CHECK(card.build("JEJU-TANGERINE-3KG", 0).payload == expected);
}

TEST_CASE("shop: a signed checkout link previews as a QR that verifies, its secret kept out of the settings file", "[ui][shop][checkout][zbarimg]")
{
    test::DemoStudio studio;
    const auto &dir = studio.dir;
    auto &secrets = studio.secrets;

    ui::CheckoutSettingsDialog *dialog = studio.shop().openCheckoutSettings();
    auto shown = dialog->previewsShown();
    chooseKind(*dialog, "url");
    const QString urlTemplate = QStringLiteral("https://shop.example/buy?sku={sku}&exp={expires}&sig={sig}");
    type(*dialog, "template", urlTemplate);
    type(*dialog, "secret", QStringLiteral("too-short"));
    waitForPreview(*dialog, shown);
    CHECK(dialog->errorText().startsWith(QStringLiteral("secret: at least 16 characters")));
    CHECK(dialog->fieldEdit("secret")->echoMode() == QLineEdit::Password);

    const std::string secret = "checkout-secret-0123456789abcdef";
    shown = dialog->previewsShown();
    type(*dialog, "secret", QString::fromStdString(secret));
    waitForPreview(*dialog, shown);
    REQUIRE(dialog->errorText().isEmpty());
    const auto url = scanPreview(*dialog, dir);
    CHECK(url.rfind("https://shop.example/buy?sku=JEJU-TANGERINE-3KG&exp=", 0) == 0);
    checkout::CheckoutParameters read;
    CHECK(checkout::verifyCheckoutUrl(checkout::CheckoutUrlTemplate(urlTemplate.toStdString()), url,
                                      secret, QDateTime::currentSecsSinceEpoch(), &read)
          == checkout::CheckoutVerdict::Valid);
    CHECK(read.sku == "JEJU-TANGERINE-3KG");
    CHECK(checkout::verifyCheckoutUrl(checkout::CheckoutUrlTemplate(urlTemplate.toStdString()), url,
                                      "another-secret-0123456789abcdef",
                                      QDateTime::currentSecsSinceEpoch())
          == checkout::CheckoutVerdict::BadSignature);

    QTest::mouseClick(saveButton(*dialog), Qt::LeftButton);
    REQUIRE(test::waitUntil([&] { return secrets->peek(ui::kCheckoutSecretKey).has_value(); }));
    CHECK(secrets->peek(ui::kCheckoutSecretKey)->toStdString() == secret);
    CHECK(ui::CheckoutSettings::load().kind == "url");
    const QByteArray stored = test::settingsFileBytes();
    CHECK(stored.contains("shop.example"));
    CHECK_FALSE(stored.contains(QByteArray::fromStdString(secret)));

    // The product card signs its links the same way, with the secret from the store.
    const auto card = ui::cardPaymentSource(ui::CheckoutSettings::load(), secret);
    const auto now = QDateTime::currentSecsSinceEpoch();
    const auto cardUrl = card.build("NAJU-PEAR-7KG", now).payload;
    CHECK(card.lifetimeSeconds == 900);
    CHECK(checkout::verifyCheckoutUrl(checkout::CheckoutUrlTemplate(urlTemplate.toStdString()), cardUrl,
                                      secret, now, &read)
          == checkout::CheckoutVerdict::Valid);
    CHECK(read.sku == "NAJU-PEAR-7KG");
}
