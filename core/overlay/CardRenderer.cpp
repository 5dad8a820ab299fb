#include "overlay/CardRenderer.h"

#include "checkout/QrMatrix.h"
#include "money/Money.h"
#include "overlay/CardFonts.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <optional>
#include <stdexcept>

namespace stallcast::overlay {

namespace {

int part(int whole, double fraction)
{
    return std::max(1, static_cast<int>(std::lround(whole * fraction)));
}

QString text(const std::string &utf8)
{
    return QString::fromStdString(utf8);
}

std::string price(std::int64_t minor, const std::string &currency)
{
    if (const auto c = findCurrency(currency))
        return formatForDisplay(minor, *c);
    return std::to_string(minor) + " " + currency;
}

// Draws `s` elided to `width` with its top-left at (x, top); returns what was drawn and moves
// `top` below the line.
QString drawLine(QPainter &painter, const QString &s, const QFont &font, QColor colour, int x,
                 int &top, int width)
{
    painter.setFont(font);
    painter.setPen(colour);
    const QFontMetrics metrics(font);
    const QString shown = metrics.elidedText(s, Qt::ElideRight, width);
    painter.drawText(x, top + metrics.ascent(), shown);
    top += metrics.height();
    return shown;
}

// A transparent image holding a pill (rounded at both ends) in the theme's background.
QImage pill(int width, int height, const CardTheme &theme)
{
    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(theme.background);
    painter.drawRoundedRect(QRectF(0, 0, width, height), height / 2.0, height / 2.0);
    return image;
}

} // namespace

CardRenderer::CardRenderer(CardTheme theme, checkout::StreamPicture picture)
    : m_theme(std::move(theme)), m_picture(picture)
{
}

const QImage &CardRenderer::photo(const std::string &path)
{
    if (path != m_photoPath) {
        m_photoPath = path;
        m_photo = path.empty() ? QImage() : QImage(text(path));
    }
    return m_photo;
}

RenderedCard CardRenderer::render(const ProductCard &card, QSize size)
{
    const int w = size.width(), h = size.height();
    if (w < 64 || h < 64)
        throw std::invalid_argument("the card must be at least 64 x 64 pixels");
    RenderedCard out;
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);

    const int pad = part(h, 0.06);
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_theme.background);
    painter.drawRoundedRect(QRectF(0, 0, w, h), pad, pad);

    // The code's box on the right, a square as tall as the card allows.
    const bool hasCode = !card.qrPayload.empty();
    const int box = h - 2 * pad;
    const QRect codeBox(w - pad - box, pad, box, box);
    if (hasCode && card.soldOut() && !card.qrWaitlist) {
        painter.setBrush(m_theme.placeholder);
        painter.drawRoundedRect(codeBox, pad / 2.0, pad / 2.0);
        painter.setFont(cardFont(part(h, 0.09), true));
        painter.setPen(m_theme.sale);
        painter.drawText(codeBox, Qt::AlignCenter | Qt::TextWordWrap, QStringLiteral("SOLD OUT"));
    } else if (hasCode) {
        // The strongest error correction the payload allows whose symbol still fits the box at
        // the stream's minimum module size (a busy vertical card gets M rather than no code).
        constexpr int quiet = 4;
        std::optional<checkout::QrMatrix> matrix;
        std::optional<int> module;
        for (int level = static_cast<int>(card.qrMaximum); level >= static_cast<int>(card.qrMinimum); --level) {
            matrix = checkout::QrMatrix::encode(card.qrPayload, static_cast<checkout::QrErrorCorrection>(level));
            module = checkout::modulePixelsForBox(matrix->size(), quiet, box, m_picture);
            if (module)
                break;
        }
        if (!module)
            throw std::runtime_error(
                "the card's QR box is " + std::to_string(box) + " px: too small for a "
                + std::to_string(matrix->size()) + "-module code at "
                + std::to_string(checkout::minimumModulePixels(m_picture))
                + " px a module; make the card bigger or the payload shorter");
        const QImage symbol = matrix->toImage(*module, quiet);
        out.qrRect = QRect(codeBox.x() + (box - symbol.width()) / 2,
                           codeBox.y() + (box - symbol.height()) / 2, symbol.width(), symbol.height());
        out.qrModulePixels = *module;
        painter.drawImage(out.qrRect.topLeft(), symbol); // 1:1, no smoothing
    }
    const int right = hasCode ? codeBox.left() - pad : w - pad;

    // The photo (or a placeholder) at the top left.
    const int side = part(h, 0.36);
    const QRect photoRect(pad, pad, side, side);
    QPainterPath clip;
    clip.addRoundedRect(photoRect, pad / 2.0, pad / 2.0);
    const QImage &picture = photo(card.photoPath);
    if (!picture.isNull()) {
        painter.save();
        painter.setClipPath(clip);
        const QImage scaled = picture.scaled(photoRect.size(), Qt::KeepAspectRatioByExpanding,
                                             Qt::SmoothTransformation);
        painter.drawImage(photoRect, scaled,
                          QRect((scaled.width() - side) / 2, (scaled.height() - side) / 2, side, side));
        painter.restore();
    } else {
        painter.fillPath(clip, m_theme.placeholder);
        painter.setFont(cardFont(part(h, 0.12), true));
        painter.setPen(m_theme.muted);
        painter.drawText(photoRect, Qt::AlignCenter,
                         card.code.empty() ? text(card.name).left(1) : text(card.code));
    }

    // Beside the photo: the on-stream code, the name, the unit.
    const int tx = photoRect.right() + 1 + pad;
    int top = pad;
    if (!card.code.empty()) {
        const QFont badgeFont = cardFont(part(h, 0.075), true);
        const QFontMetrics metrics(badgeFont);
        const QString code = text(card.code);
        const QRect badge(tx, top, metrics.horizontalAdvance(code) + pad, metrics.height());
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_theme.accent);
        painter.drawRoundedRect(badge, pad / 3.0, pad / 3.0);
        painter.setFont(badgeFont);
        painter.setPen(m_theme.background.rgb()); // opaque: dark on the accent
        painter.drawText(badge, Qt::AlignCenter, code);
        top += badge.height() + pad / 3;
    }
    out.nameShown = drawLine(painter, text(card.name), cardFont(part(h, 0.088), true), m_theme.text,
                             tx, top, right - tx)
                        .toStdString();
    if (!card.unit.empty())
        drawLine(painter, QStringLiteral("per ") + text(card.unit), cardFont(part(h, 0.062)),
                 m_theme.muted, tx, top, right - tx);

    // Below the photo: the price (struck-through original when discounted), the provenance or
    // the flash sale's line, the stock.
    top = photoRect.bottom() + 1 + pad / 2;
    const bool discounted = card.currentPrice() < card.price;
    const QFont priceFont = cardFont(part(h, 0.12), true);
    const QFontMetrics priceMetrics(priceFont);
    const QString shownPrice = text(price(card.currentPrice(), card.currency));
    painter.setFont(priceFont);
    painter.setPen(discounted ? m_theme.sale : m_theme.text);
    painter.drawText(pad, top + priceMetrics.ascent(), shownPrice);
    if (discounted) {
        QFont was = cardFont(part(h, 0.065));
        was.setStrikeOut(true);
        painter.setFont(was);
        painter.setPen(m_theme.muted);
        const int x = pad + priceMetrics.horizontalAdvance(shownPrice) + pad / 2;
        painter.drawText(x, top + priceMetrics.ascent(), text(price(card.price, card.currency)));
    }
    top += priceMetrics.height();
    const auto flash = card.flashState();
    if (flash != FlashState::None) {
        out.flashShown = flashText(card);
        drawLine(painter, text(out.flashShown), cardFont(part(h, 0.058), true),
                 flash == FlashState::Running ? m_theme.accent : m_theme.muted, pad, top, right - pad);
    } else if (const std::string provenance = provenanceText(card); !provenance.empty()) {
        drawLine(painter, text(provenance), cardFont(part(h, 0.058)), m_theme.muted, pad, top,
                 right - pad);
    }
    top += pad / 4;
    out.stockShown = stockText(card);
    if (card.soldOut() && hasCode && card.qrWaitlist)
        out.stockShown += " \xC2\xB7 waitlist";
    if (flash == FlashState::None && card.salesGoal && card.salesGoal->goal > 0)
        out.stockShown += " \xC2\xB7 " + std::to_string(card.salesGoal->sold) + "/"
                          + std::to_string(card.salesGoal->goal) + " sold";
    const QColor stockColour = card.soldOut()    ? m_theme.sale
                               : card.lowStock() ? m_theme.warning
                                                 : m_theme.accent;
    drawLine(painter, text(out.stockShown), cardFont(part(h, 0.08), true), stockColour, pad, top,
             right - pad);
    // The sold-count bar along the bottom of the text column: the flash sale's, else the goal's.
    std::int64_t barSold = 0, barOf = 0;
    if (flash != FlashState::None) {
        barSold = card.flashSale->sold;
        barOf = card.flashSale->quantity;
    } else if (card.salesGoal) {
        barSold = card.salesGoal->sold;
        barOf = card.salesGoal->goal;
    }
    if (barOf > 0) {
        const int barHeight = std::max(2, pad / 3);
        const QRectF bar(pad, h - pad / 2.0 - barHeight, right - pad, barHeight);
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_theme.placeholder);
        painter.drawRoundedRect(bar, barHeight / 2.0, barHeight / 2.0);
        const double done = std::clamp(double(barSold) / double(barOf), 0.0, 1.0);
        if (done > 0) {
            const bool live = flash == FlashState::Running || flash == FlashState::None;
            painter.setBrush(live ? m_theme.accent : m_theme.muted);
            painter.drawRoundedRect(QRectF(bar.x(), bar.y(), bar.width() * done, bar.height()),
                                    barHeight / 2.0, barHeight / 2.0);
        }
    }
    painter.end();

    out.image = image.convertToFormat(QImage::Format_RGBA8888);
    return out;
}

QImage renderToast(const std::string &message, std::int64_t more, int height, int maxWidth,
                   const CardTheme &theme)
{
    const int pad = part(height, 0.3);
    const QFont font = cardFont(part(height, 0.42), true);
    const QFontMetrics metrics(font);
    const QString badge = more > 0 ? QStringLiteral("+%1 more").arg(more) : QString();
    const int badgeWidth = badge.isEmpty() ? 0 : metrics.horizontalAdvance(badge) + pad;
    const QString shown = metrics.elidedText(text(message), Qt::ElideRight,
                                             std::max(1, maxWidth - 3 * pad - badgeWidth));
    int width = metrics.horizontalAdvance(shown) + 2 * pad + (badgeWidth > 0 ? badgeWidth + pad : 0);
    width = std::min(maxWidth, width + width % 2);
    QImage image = pill(width, height + height % 2, theme);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(font);
    painter.setPen(theme.text);
    const int baseline = (image.height() + metrics.ascent() - metrics.descent()) / 2;
    painter.drawText(pad, baseline, shown);
    if (badgeWidth > 0) {
        const QRectF pill(image.width() - pad / 2.0 - badgeWidth, height * 0.18, badgeWidth, height * 0.64);
        painter.setBrush(theme.accent);
        painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
        painter.setPen(theme.background.rgb());
        painter.drawText(pill, Qt::AlignCenter, badge);
    }
    painter.end();
    return image.convertToFormat(QImage::Format_RGBA8888);
}

QImage renderTicker(const std::vector<std::string> &items, QSize size, const CardTheme &theme)
{
    const int height = size.height();
    const int pad = part(height, 0.3);
    const QFont font = cardFont(part(height, 0.42));
    const QFontMetrics metrics(font);
    QImage image = pill(size.width() + size.width() % 2, height + height % 2, theme);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(font);
    const int baseline = (image.height() + metrics.ascent() - metrics.descent()) / 2;
    const int dot = std::max(2, height / 5);
    int x = pad;
    for (const auto &item : items) {
        const int room = image.width() - pad - x - dot - pad / 2;
        if (room < metrics.averageCharWidth() * 4)
            break;
        painter.setPen(Qt::NoPen);
        painter.setBrush(theme.accent);
        painter.drawEllipse(QRectF(x, (image.height() - dot) / 2.0, dot, dot));
        x += dot + pad / 2;
        const QString shown = metrics.elidedText(text(item), Qt::ElideRight, room);
        painter.setPen(theme.text);
        painter.drawText(x, baseline, shown);
        x += metrics.horizontalAdvance(shown) + 2 * pad;
    }
    painter.end();
    return image.convertToFormat(QImage::Format_RGBA8888);
}

media::RgbaImage toRgbaImage(const QImage &image)
{
    const QImage rgba = image.convertToFormat(QImage::Format_RGBA8888);
    media::RgbaImage out;
    out.width = rgba.width();
    out.height = rgba.height();
    const auto rowBytes = static_cast<std::size_t>(out.width) * 4;
    out.pixels.resize(rowBytes * static_cast<std::size_t>(out.height));
    for (int y = 0; y < out.height; ++y)
        std::copy_n(rgba.constScanLine(y), rowBytes, out.pixels.data() + rowBytes * static_cast<std::size_t>(y));
    return out;
}

} // namespace stallcast::overlay
