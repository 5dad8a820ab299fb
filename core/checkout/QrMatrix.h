#pragma once

#include <QColor>
#include <QImage>

#include <cstdint>
#include <string_view>
#include <vector>

namespace stallcast::checkout {

enum class QrErrorCorrection { L, M, Q, H };
const char *toString(QrErrorCorrection level);

// Which error-correction level a payload gets (docs/CHECKOUT.md, "QR matrices"): the highest
// level from `maximum` down to `minimum` whose symbol stays at or below `preferredMaxVersion`;
// when even `minimum` needs a bigger symbol, `minimum` at the version the payload needs.
struct QrLevelRule {
    QrErrorCorrection minimum = QrErrorCorrection::M;
    QrErrorCorrection maximum = QrErrorCorrection::H;
    int preferredMaxVersion = 10; // 57 x 57 modules
};

// A QR code symbol from libqrencode: a square of dark/light modules (no quiet zone).
class QrMatrix final {
public:
    // Encodes the payload's bytes at exactly this level: ASCII in the segments libqrencode picks
    // (numeric/alphanumeric/8-bit), other UTF-8 as 8-bit behind an ECI 26 (UTF-8) designator.
    // Throws std::invalid_argument for an empty payload, a NUL byte, or a payload too big for a
    // version-40 symbol at this level.
    static QrMatrix encode(std::string_view payload, QrErrorCorrection level);
    // Encodes at the level the rule picks for this payload's size.
    static QrMatrix encode(std::string_view payload, const QrLevelRule &rule);

    int size() const noexcept { return m_size; } // modules per side
    int version() const noexcept { return m_version; }
    QrErrorCorrection level() const noexcept { return m_level; }
    bool dark(int x, int y) const
    {
        return m_modules[static_cast<std::size_t>(y * m_size + x)] != 0;
    }

    // The symbol as an RGBA image (QImage::Format_RGBA8888): quietModules light modules around
    // it, each module modulePixels x modulePixels, sharp edges (no scaling, no smoothing).
    QImage toImage(int modulePixels, int quietModules = 4, QColor darkColour = Qt::black,
                   QColor lightColour = Qt::white) const;

private:
    QrMatrix(int size, int version, QrErrorCorrection level, std::vector<std::uint8_t> modules);

    int m_size = 0;
    int m_version = 0;
    QrErrorCorrection m_level = QrErrorCorrection::M;
    std::vector<std::uint8_t> m_modules;
};

} // namespace stallcast::checkout
