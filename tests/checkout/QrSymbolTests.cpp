// QR symbols from libqrencode: the level rule, the image, and a real scanner (zbarimg) reading
// every kind of payload back byte for byte.
#include "ExternalProgram.h"
#include "TempDir.h"
#include "TestFramework.h"
#include "checkout/EmvProfiles.h"
#include "checkout/QrMatrix.h"
#include "checkout/QrModuleSize.h"
#include "checkout/SepaTransfer.h"
#include "checkout/SignedCheckout.h"
#include "checkout/UpiLink.h"

using namespace stallcast::checkout;
using stallcast::test::scanQr;
using stallcast::test::TempDir;

namespace {

struct Sample {
    const char *kind;
    std::string payload;
    QrLevelRule rule;
};

std::vector<Sample> samples()
{
    PixRequest pix;
    pix.key = "123e4567-e12b-12d1-a456-426655440000";
    pix.name = "Fulano de Tal";
    pix.city = "BRASILIA";
    pix.amount = 12500;
    pix.txid = "A1LIVE";
    PromptPayRequest promptPay;
    promptPay.phone = "0801234567";
    promptPay.amount = 422;
    PayNowRequest payNow;
    payNow.uen = "201403121W";
    payNow.name = "Jurong Fruit Stall";
    payNow.city = "Singapore";
    payNow.amount = 1250;
    payNow.reference = "A1";
    SepaTransferRequest sepa;
    sepa.name = "Hofladen Müller";
    sepa.iban = "DE89370400440532013000";
    sepa.amount = 1290;
    sepa.text = "Stream A1 Äpfel 5 kg";
    UpiRequest upi;
    upi.vpa = "farm.coop@okaxis";
    upi.name = "Nashik Grapes";
    upi.amount = 45000;
    upi.note = "A1 grapes 2 kg";
    CheckoutParameters checkout;
    checkout.sku = "TANG-5KG";
    checkout.qty = 2;
    checkout.stream = "live-42";
    checkout.expires = 1'790'000'000;
    const CheckoutUrlTemplate t(
        "https://shop.example/buy?sku={sku}&qty={qty}&src={stream}&exp={expires}&sig={sig}");
    QrLevelRule epc;
    epc.minimum = epc.maximum = QrErrorCorrection::M; // EPC069-12 asks for M
    return {{"pix", pixPayload(pix), {}},
            {"promptpay", promptPayPayload(promptPay), {}},
            {"paynow", payNowPayload(payNow), {}},
            {"sepa", sepaTransferPayload(sepa), epc},
            {"upi", upiLink(upi), {}},
            {"url", signedCheckoutUrl(t, checkout, "a checkout secret of some length"), {}}};
}

} // namespace

TEST_CASE("checkout: every kind of payload scans back exactly from a rendered QR image", "[checkout][qr][zbarimg]")
{
    TempDir dir;
    for (const auto &sample : samples()) {
        INFO(sample.kind << ": " << sample.payload);
        const auto matrix = QrMatrix::encode(sample.payload, sample.rule);
        const auto image = matrix.toImage(4);
        const auto file = (dir / (std::string(sample.kind) + ".png")).string();
        REQUIRE(image.save(QString::fromStdString(file)));
        CHECK(scanQr(file) == sample.payload + "\n");
    }
}

TEST_CASE("checkout: the level rule: high error correction while the symbol stays small", "[checkout][qr]")
{
    const auto short_ = QrMatrix::encode("00020101021129370016A000000677010111011300668012345675802TH530376463046197",
                                         QrLevelRule{});
    CHECK(short_.level() == QrErrorCorrection::H);
    CHECK(short_.version() <= 10);
    // A 300-byte payload is too big for H or Q at version 10: M, at whatever size it needs.
    const std::string longText(300, 'x');
    const auto long_ = QrMatrix::encode(longText, QrLevelRule{});
    CHECK(long_.level() == QrErrorCorrection::M);
    CHECK(long_.version() > 10);
    // In between: a 120-byte URL fits at Q but not at H within version 10.
    const std::string mid = "https://shop.example/" + std::string(99, 'a');
    const auto middle = QrMatrix::encode(mid, QrLevelRule{});
    CHECK(middle.version() <= 10);
    CHECK(static_cast<int>(middle.level()) >= static_cast<int>(QrErrorCorrection::M));
    CHECK(QrMatrix::encode(mid, QrErrorCorrection::H).version() > 10);
    // The rule can pin a level (EPC codes are M).
    QrLevelRule m;
    m.minimum = m.maximum = QrErrorCorrection::M;
    CHECK(QrMatrix::encode("BCD", m).level() == QrErrorCorrection::M);
    CHECK_THROWS_AS(QrMatrix::encode(std::string(3000, 'x'), QrErrorCorrection::H), std::invalid_argument);
    CHECK_THROWS_AS(QrMatrix::encode("", QrErrorCorrection::M), std::invalid_argument);
}

TEST_CASE("checkout: the image: whole-pixel modules, quiet zone, RGBA", "[checkout][qr]")
{
    const auto matrix = QrMatrix::encode("stallcast", QrErrorCorrection::M);
    CHECK(matrix.size() == 21); // version 1
    const auto image = matrix.toImage(5, 4, Qt::black, Qt::white);
    CHECK(image.format() == QImage::Format_RGBA8888);
    CHECK(image.width() == (21 + 8) * 5);
    CHECK(image.height() == image.width());
    CHECK(image.pixelColor(0, 0) == QColor(Qt::white));       // quiet zone
    CHECK(image.pixelColor(19, 19) == QColor(Qt::white));     // still quiet zone
    CHECK(image.pixelColor(20, 20) == QColor(Qt::black));     // the finder pattern's corner
    CHECK(image.pixelColor(24, 24) == QColor(Qt::black));     // the same module, all 5 px
    CHECK(image.pixelColor(25, 25) == QColor(Qt::white));     // the finder's light ring
    for (int y = 0; y < matrix.size(); ++y)
        for (int x = 0; x < matrix.size(); ++x)
            REQUIRE((image.pixelColor(20 + 5 * x + 2, 20 + 5 * y + 2) == QColor(Qt::black))
                    == matrix.dark(x, y));
    const auto tinted = matrix.toImage(1, 0, QColor(10, 20, 30), QColor(250, 240, 230, 200));
    CHECK(tinted.width() == 21);
    CHECK(tinted.pixelColor(0, 0) == QColor(10, 20, 30));
    CHECK(tinted.pixelColor(7, 7) == QColor(250, 240, 230, 200));
    CHECK_THROWS_AS(matrix.toImage(0), std::invalid_argument);
}

TEST_CASE("checkout: the module-size rule scales with the canvas and the bitrate", "[checkout][qr]")
{
    CHECK(minimumModulePixels({1280, 720, 30, 2'500'000}) == 4);
    CHECK(minimumModulePixels({720, 1280, 30, 2'500'000}) == 4);   // vertical 720p
    CHECK(minimumModulePixels({1920, 1080, 30, 4'500'000}) == 6);
    CHECK(minimumModulePixels({1080, 1920, 30, 4'500'000}) == 6);
    CHECK(minimumModulePixels({1280, 720, 30, 800'000}) == 4);
    CHECK(minimumModulePixels({1280, 720, 30, 600'000}) == 5);     // starved encoder
    CHECK(minimumModulePixels({640, 360, 30, 800'000}) == 4);      // never under 4
    // A version-3 symbol (29 modules + 8 quiet) in a 240 px box: 6 px modules.
    CHECK(modulePixelsForBox(29, 4, 240, {1280, 720, 30, 2'500'000}) == 6);
    // In a 140 px box only 3 px: refused at 720p.
    CHECK_FALSE(modulePixelsForBox(29, 4, 140, {1280, 720, 30, 2'500'000}).has_value());
    CHECK(modulePixelsForBox(29, 4, 148, {1280, 720, 30, 2'500'000}) == 4);
    CHECK_FALSE(modulePixelsForBox(29, 4, 221, {1920, 1080, 30, 4'500'000}).has_value());
}
