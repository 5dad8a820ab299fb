// The product card rendered offscreen: each state against its golden image, the long name
// elided inside its column, and the QR code on the card read back by zbarimg.
#include "../checkout/ExternalProgram.h"
#include "GoldenImage.h"
#include "OffscreenGui.h"
#include "TempDir.h"
#include "TestFramework.h"

#include "checkout/QrModuleSize.h"
#include "overlay/CardFonts.h"
#include "overlay/CardRenderer.h"
#include "overlay/CardTemplate.h"

#include <QFontMetrics>
#include <QLinearGradient>
#include <QPainter>

using namespace stallcast;
using namespace stallcast::overlay;

namespace {

const checkout::StreamPicture k720p{1280, 720, 30, 2'500'000};

// A photo drawn here (not a file from the net): a gradient with a disc, the same on every run.
std::string writePhoto(const test::TempDir &dir)
{
    QImage photo(320, 240, QImage::Format_RGB32);
    QPainter p(&photo);
    QLinearGradient gradient(0, 0, 320, 240);
    gradient.setColorAt(0, QColor(0xFF, 0x8C, 0x00));
    gradient.setColorAt(1, QColor(0x2E, 0x7D, 0x32));
    p.fillRect(photo.rect(), gradient);
    p.setBrush(QColor(0xFF, 0xA7, 0x26));
    p.setPen(Qt::NoPen);
    p.drawEllipse(QPoint(160, 120), 80, 80);
    p.end();
    const auto file = (dir / "tangerine.png").string();
    REQUIRE(photo.save(QString::fromStdString(file)));
    return file;
}

ProductCard tangerines()
{
    ProductCard card;
    card.code = "A1";
    card.name = "Jeju tangerines";
    card.unit = "box of 3 kg";
    card.origin = "Jeju";
    card.farm = "Halla Farm";
    card.harvestDate = "2026-11-20";
    card.price = 25000;
    card.currency = "KRW";
    card.available = 42;
    card.qrPayload = "https://shop.example/buy?sku=TANG-3KG&qty=1&src=live&exp=1795000000&sig=0123456789abcdef";
    return card;
}

QSize landscapeCardSize()
{
    return placeCard(builtInCardTemplate({1280, 720}), {1280, 720}).size();
}

RenderedCard render(const ProductCard &card, QSize size = landscapeCardSize())
{
    test::ensureOffscreenGui();
    CardRenderer renderer(CardTheme{}, k720p);
    return renderer.render(card, size);
}

} // namespace

TEST_CASE("overlay: the card's fonts load from the resources and cover Latin, Thai, Hangul and Han", "[overlay][card]")
{
    test::ensureOffscreenGui();
    const auto families = cardFontFamilies();
    REQUIRE(families.size() == 3);
    CHECK(families.contains(QStringLiteral("Stallcast Card Sans")));
    CHECK(families.contains(QStringLiteral("Stallcast Card Thai")));
    CHECK(families.contains(QStringLiteral("Stallcast Card CJK")));
    for (const auto &[family, sample] :
         std::vector<std::pair<QString, QString>>{{QStringLiteral("Stallcast Card Sans"), QStringLiteral("Açaí €")},
                                                  {QStringLiteral("Stallcast Card Thai"), QStringLiteral("มะม่วง")},
                                                  {QStringLiteral("Stallcast Card CJK"), QStringLiteral("제주 감귤")},
                                                  {QStringLiteral("Stallcast Card CJK"), QStringLiteral("新鲜草莓")}}) {
        QFont font(family);
        font.setPixelSize(20);
        const QFontMetrics metrics(font);
        INFO(family.toStdString() << ": " << sample.toStdString());
        for (const QChar c : sample)
            if (!c.isSpace())
                CHECK(metrics.inFont(c));
    }
}

TEST_CASE("overlay: golden card, in stock with a photo", "[overlay][card][golden]")
{
    test::TempDir dir;
    auto card = tangerines();
    card.photoPath = writePhoto(dir);
    const auto r = render(card);
    CHECK(r.nameShown == "Jeju tangerines");
    CHECK(r.stockShown == "42 left");
    CHECK(r.qrModulePixels >= checkout::minimumModulePixels(k720p));
    test::checkGolden(r.image, "card-in-stock");
}

TEST_CASE("overlay: golden card, on sale with the original price struck through", "[overlay][card][golden]")
{
    auto card = tangerines();
    card.salePrice = 19900;
    const auto r = render(card);
    CHECK(card.onSale());
    test::checkGolden(r.image, "card-on-sale");
}

TEST_CASE("overlay: golden card, low stock", "[overlay][card][golden]")
{
    auto card = tangerines();
    card.available = 3;
    const auto r = render(card);
    CHECK(r.stockShown == "3 left");
    CHECK(card.lowStock());
    test::checkGolden(r.image, "card-low-stock");
}

TEST_CASE("overlay: golden card, sold out: no QR code, SOLD OUT in its place", "[overlay][card][golden]")
{
    auto card = tangerines();
    card.available = 0;
    const auto r = render(card);
    CHECK(r.stockShown == "SOLD OUT");
    CHECK(r.qrRect.isEmpty());
    CHECK(r.qrModulePixels == 0);
    test::checkGolden(r.image, "card-sold-out");
}

TEST_CASE("overlay: golden card, sold out with a waitlist link: the code stays and says so, and scans", "[overlay][card][golden][zbarimg]")
{
    auto card = tangerines();
    card.available = 0;
    card.qrPayload = "https://shop.example/buy?sku=TANG-3KG&do=waitlist&exp=1795000000&sig=0123456789abcdef";
    card.qrWaitlist = true;
    const auto r = render(card);
    CHECK(r.stockShown == "SOLD OUT \xC2\xB7 waitlist");
    CHECK_FALSE(r.qrRect.isEmpty());
    CHECK(r.qrModulePixels >= 4);
    test::checkGolden(r.image, "card-sold-out-waitlist");
    test::TempDir dir;
    const auto file = (dir / "waitlist.png").string();
    REQUIRE(r.image.save(QString::fromStdString(file)));
    CHECK(test::scanQr(file) == card.qrPayload + "\n");
}

TEST_CASE("overlay: golden card, a long Korean name is elided inside its column", "[overlay][card][golden]")
{
    auto card = tangerines();
    card.name = "제주 서귀포 유기농 한라봉 선물세트 특大 프리미엄 감귤 농장 직송 당일 수확";
    card.origin = "ประเทศไทย";
    card.unit = "상자";
    const auto r = render(card);
    const QString shown = QString::fromStdString(r.nameShown);
    CHECK(shown.endsWith(QChar(0x2026)));
    CHECK(shown.size() < QString::fromStdString(card.name).size());
    // Nothing of the text column is drawn over the gap before the code: that strip is plain card.
    REQUIRE(!r.qrRect.isEmpty());
    const int pad = static_cast<int>(std::lround(r.image.height() * 0.06));
    const int codeBoxLeft = r.image.width() - pad - (r.image.height() - 2 * pad);
    const QRgb plain = r.image.pixel(codeBoxLeft - pad / 2, r.image.height() / 2);
    for (int x = codeBoxLeft - pad + 1; x < codeBoxLeft - 1; ++x)
        for (int y = pad; y < r.image.height() - pad; ++y) {
            INFO("x " << x << " y " << y);
            REQUIRE(r.image.pixel(x, y) == plain);
        }
    test::checkGolden(r.image, "card-long-korean-name");
}

TEST_CASE("overlay: the QR code on the card scans back to exactly the payload (zbarimg)", "[overlay][card][zbarimg]")
{
    test::TempDir dir;
    for (const QSize canvas : {QSize(1280, 720), QSize(720, 1280)}) {
        const auto size = placeCard(builtInCardTemplate(canvas), canvas).size();
        auto card = tangerines();
        const auto r = render(card, size);
        INFO("canvas " << canvas.width() << "x" << canvas.height() << ", card " << size.width()
                       << "x" << size.height() << ", module " << r.qrModulePixels);
        CHECK(r.qrModulePixels >= 4);
        const auto file = (dir / "card.png").string();
        REQUIRE(r.image.save(QString::fromStdString(file)));
        CHECK(test::scanQr(file) == card.qrPayload + "\n");
    }
}

TEST_CASE("overlay: a QR box too small for the payload at the stream's module size is refused", "[overlay][card]")
{
    auto card = tangerines();
    card.qrPayload = std::string(600, 'x');
    try {
        render(card, QSize(400, 160));
        FAIL("no error");
    } catch (const std::runtime_error &e) {
        CHECK_THAT(e.what(), Catch::Matchers::Contains("QR box") && Catch::Matchers::Contains("px a module"));
    }
}

TEST_CASE("overlay: cards render as straight RGBA for the overlay layer", "[overlay][card]")
{
    const auto r = render(tangerines());
    const auto rgba = toRgbaImage(r.image);
    REQUIRE(rgba.valid());
    CHECK(rgba.width == r.image.width());
    // A corner is outside the rounded card: transparent.
    CHECK(rgba.pixels[3] == 0);
    // The middle of the card's background is its theme colour at its alpha.
    const auto at = (static_cast<std::size_t>(r.image.height() - 3) * rgba.width + rgba.width / 3) * 4;
    CHECK(int(rgba.pixels[at + 3]) == CardTheme{}.background.alpha());
}

TEST_CASE("overlay: golden card, flash sale running: countdown, sold count and cap, flash price", "[overlay][card][golden]")
{
    auto card = tangerines();
    card.flashSale = FlashSale{15000, 4 * 60 + 59, 50, 12, 2};
    const auto r = render(card);
    CHECK(card.currentPrice() == 15000);
    CHECK(r.flashShown == "FLASH 04:59 \xC2\xB7 12/50 sold \xC2\xB7 max 2 each");
    test::checkGolden(r.image, "card-flash-sale");
}

TEST_CASE("overlay: a flash sale's end and sell-out change the card's state and price", "[overlay][card]")
{
    auto card = tangerines();
    card.salePrice = 19900;
    card.flashSale = FlashSale{15000, 3725, 50, 49, 0};
    CHECK(card.flashState() == FlashState::Running);
    CHECK(flashText(card) == "FLASH 1:02:05 \xC2\xB7 49/50 sold");
    CHECK(card.currentPrice() == 15000);
    card.flashSale->secondsLeft = 0;
    CHECK(card.flashState() == FlashState::Ended);
    CHECK(card.currentPrice() == 19900); // back to the ordinary sale price
    CHECK(render(card).flashShown == "FLASH SALE ENDED");
    card.flashSale->secondsLeft = 30;
    card.flashSale->sold = 50;
    CHECK(card.flashState() == FlashState::SoldOut);
    CHECK(render(card).flashShown == "FLASH SALE SOLD OUT");
    CHECK(card.currentPrice() == 19900);
}

TEST_CASE("overlay: golden card, sold-count goal bar", "[overlay][card][golden]")
{
    auto card = tangerines();
    card.available = 18;
    card.salesGoal = ProductCard::SalesGoal{32, 50};
    const auto r = render(card);
    CHECK(r.stockShown == "18 left \xC2\xB7 32/50 sold");
    test::checkGolden(r.image, "card-sales-goal");
}
