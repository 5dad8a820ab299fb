#pragma once

#include "checkout/QrModuleSize.h"
#include "media/overlay/OverlayImage.h"
#include "overlay/CardTemplate.h"
#include "overlay/ProductCard.h"

#include <QImage>
#include <QRect>
#include <QSize>

#include <string>
#include <vector>

namespace stallcast::overlay {

// One rendered card and what was drawn on it (tests and the presenter's hook read these).
struct RenderedCard {
    QImage image;            // QImage::Format_RGBA8888, straight alpha
    std::string nameShown;   // the name as drawn: elided with "…" when it did not fit
    std::string stockShown;  // "3 left", "SOLD OUT"
    std::string flashShown;  // the flash sale's line; empty without one
    QRect qrRect;            // the QR symbol with its quiet zone, in card pixels; empty: no code
    int qrModulePixels = 0;
};

// Draws a ProductCard with QPainter into an offscreen image: no widgets, any thread (a
// QGuiApplication must exist for the fonts). The QR code is drawn at whole pixels per module,
// as large as its box allows and never under checkout::minimumModulePixels for the stream.
class CardRenderer final {
public:
    CardRenderer(CardTheme theme, checkout::StreamPicture picture);

    // Throws std::runtime_error when the card's QR box is too small for the payload at the
    // stream's minimum module size (the card must get bigger or the payload shorter).
    RenderedCard render(const ProductCard &card, QSize size);

private:
    const QImage &photo(const std::string &path);

    CardTheme m_theme;
    checkout::StreamPicture m_picture;
    std::string m_photoPath; // the photo last loaded, kept decoded
    QImage m_photo;
};

// A "just bought" toast: a rounded pill with the text (elided to maxWidth) and, for a burst,
// a "+N more" badge; as wide as it needs, RGBA8888 straight alpha, even width and height.
QImage renderToast(const std::string &text, std::int64_t more, int height, int maxWidth,
                   const CardTheme &theme);

// The ticker of recent sales: a rounded strip of exactly `size` with the items side by side,
// each after an accent dot; what does not fit is elided. RGBA8888 straight alpha.
QImage renderTicker(const std::vector<std::string> &items, QSize size, const CardTheme &theme);

// Copies an image into the overlay layer's straight RGBA.
media::RgbaImage toRgbaImage(const QImage &image);

} // namespace stallcast::overlay
