// The studio's widgets render Korean, Chinese and Thai with the fonts shipped in the binary.
#include "StudioTestSupport.h"
#include "TempDir.h"
#include "TestFramework.h"
#include "UiFonts.h"

#include <QFontMetrics>
#include <QGlyphRun>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QRawFont>
#include <QTextLayout>

using namespace stallcast;

namespace {

const QString kSample = QStringLiteral("제주 감귤 한라봉 · 有机苹果 新鲜 · ส้มสด ทุเรียน");

// The text as `font` draws it, black on white, tightly cropped to the widget's size.
QImage rendered(const QString &text, const QFont &font)
{
    QLabel label(text);
    label.setFont(font);
    label.setAutoFillBackground(true);
    QPalette palette = label.palette();
    palette.setColor(QPalette::Window, Qt::white);
    palette.setColor(QPalette::WindowText, Qt::black);
    label.setPalette(palette);
    label.adjustSize();
    return label.grab().toImage().convertToFormat(QImage::Format_RGB32);
}

bool isLetter(char32_t c)
{
    return c != U' ' && c != U'·';
}

} // namespace

TEST_CASE("widgets draw Korean, Chinese and Thai with the shipped fonts", "[ui][look][fonts]")
{
    test::TempDir dir;
    test::OffscreenStudioApp app(dir / "settings");
    const QStringList families = ui::installUiFonts();
    const QStringList shipped = ui::shippedFontFamilies();
    REQUIRE(shipped.size() == 3);
    for (const QString &family : shipped)
        CHECK(families.contains(family));

    QLabel label(kSample);
    label.show();
    const QFont font = label.font();
    CHECK(font.families().mid(font.families().size() - 3) == shipped);

    // Every letter is in the label's font (its family list, fallbacks included).
    const QFontMetrics metrics(font);
    for (const char32_t c : kSample.toStdU32String())
        CHECK(metrics.inFontUcs4(c));

    // Laid out the way the label lays it out, every glyph is a real one (index 0 is the
    // missing-glyph box) and comes from a font that has it: Hangul and Han from the shipped CJK
    // font, Thai from the shipped Thai font — never from whatever the machine happens to have.
    QTextLayout layout(kSample, font);
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    const auto runs = layout.glyphRuns();
    REQUIRE(!runs.isEmpty());
    QStringList usedFamilies;
    for (const QGlyphRun &run : runs) {
        const QRawFont raw = run.rawFont();
        usedFamilies << raw.familyName();
        for (const quint32 glyph : run.glyphIndexes())
            CHECK(glyph != 0);
    }
    CHECK(usedFamilies.contains(QStringLiteral("Stallcast Card CJK")));
    CHECK(usedFamilies.contains(QStringLiteral("Stallcast Card Thai")));
    for (const char32_t c : kSample.toStdU32String()) {
        if (!isLetter(c))
            continue;
        bool covered = false;
        for (const QString &family : shipped)
            covered = covered || QRawFont::fromFont(QFont(family)).supportsCharacter(c);
        INFO("U+" << QString::number(static_cast<uint>(c), 16).toStdString());
        CHECK(covered);
    }

    // And what is drawn is not tofu: each letter's picture differs from the picture of a
    // character no font has (U+FFFF draws the missing-glyph box), and has ink. (Thai vowel and
    // tone marks have no width of their own: the glyph check above covers them.)
    const QImage tofu = rendered(QString(QChar(0xFFFF)), font);
    for (const char32_t c : kSample.toStdU32String()) {
        if (!isLetter(c) || QChar::category(c) == QChar::Mark_NonSpacing)
            continue;
        const QImage letter = rendered(QString::fromStdU32String(std::u32string(1, c)), font);
        INFO("U+" << QString::number(static_cast<uint>(c), 16).toStdString());
        CHECK(letter != tofu);
        CHECK(letter.pixel(0, 0) == qRgb(255, 255, 255));
        bool ink = false;
        for (int y = 0; y < letter.height() && !ink; ++y)
            for (int x = 0; x < letter.width() && !ink; ++x)
                ink = qGray(letter.pixel(x, y)) < 128;
        CHECK(ink);
    }
}
