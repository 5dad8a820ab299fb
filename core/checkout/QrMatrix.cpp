#include "checkout/QrMatrix.h"

#include <qrencode.h>

#include <algorithm>
#include <cerrno>
#include <memory>
#include <stdexcept>
#include <string>

namespace stallcast::checkout {

namespace {

struct QrCodeDeleter {
    void operator()(QRcode *code) const noexcept { QRcode_free(code); }
};
using QrCodePtr = std::unique_ptr<QRcode, QrCodeDeleter>;
struct QrInputDeleter {
    void operator()(QRinput *input) const noexcept { QRinput_free(input); }
};
using QrInputPtr = std::unique_ptr<QRinput, QrInputDeleter>;

constexpr unsigned int kEciUtf8 = 26;

bool ascii(std::string_view text)
{
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// ASCII payloads: libqrencode splits them into numeric/alphanumeric/8-bit segments (smallest
// symbol). Anything else: one 8-bit segment after an ECI 26 (UTF-8) designator, so scanners do
// not guess Shift JIS for the bytes of "Müller".
QrCodePtr encodeWithLibrary(const std::string &text, QRecLevel level)
{
    if (ascii(text))
        return QrCodePtr(QRcode_encodeString(text.c_str(), 0, level, QR_MODE_8, 1));
    QrInputPtr input(QRinput_new2(0, level));
    if (!input || QRinput_appendECIheader(input.get(), kEciUtf8) != 0
        || QRinput_append(input.get(), QR_MODE_8, static_cast<int>(text.size()),
                          reinterpret_cast<const unsigned char *>(text.data()))
               != 0)
        return nullptr;
    return QrCodePtr(QRcode_encodeInput(input.get()));
}

QRecLevel toLibrary(QrErrorCorrection level)
{
    switch (level) {
    case QrErrorCorrection::L: return QR_ECLEVEL_L;
    case QrErrorCorrection::M: return QR_ECLEVEL_M;
    case QrErrorCorrection::Q: return QR_ECLEVEL_Q;
    case QrErrorCorrection::H: return QR_ECLEVEL_H;
    }
    return QR_ECLEVEL_M;
}

} // namespace

const char *toString(QrErrorCorrection level)
{
    switch (level) {
    case QrErrorCorrection::L: return "L";
    case QrErrorCorrection::M: return "M";
    case QrErrorCorrection::Q: return "Q";
    case QrErrorCorrection::H: return "H";
    }
    return "?";
}

QrMatrix::QrMatrix(int size, int version, QrErrorCorrection level,
                   std::vector<std::uint8_t> modules)
    : m_size(size), m_version(version), m_level(level), m_modules(std::move(modules))
{
}

QrMatrix QrMatrix::encode(std::string_view payload, QrErrorCorrection level)
{
    if (payload.empty())
        throw std::invalid_argument("QR payload is empty");
    if (payload.find('\0') != std::string_view::npos)
        throw std::invalid_argument("QR payload contains a NUL byte");
    const std::string text(payload);
    errno = 0;
    QrCodePtr code = encodeWithLibrary(text, toLibrary(level));
    if (!code) {
        if (errno == ERANGE)
            throw std::invalid_argument("QR payload of " + std::to_string(payload.size())
                                        + " bytes does not fit a QR code at level "
                                        + toString(level));
        throw std::runtime_error("libqrencode could not encode the payload");
    }
    const auto count = static_cast<std::size_t>(code->width) * static_cast<std::size_t>(code->width);
    std::vector<std::uint8_t> modules(count);
    for (std::size_t i = 0; i < count; ++i)
        modules[i] = code->data[i] & 1; // bit 0: dark module; the other bits are libqrencode's
    return QrMatrix(code->width, code->version, level, std::move(modules));
}

QrMatrix QrMatrix::encode(std::string_view payload, const QrLevelRule &rule)
{
    for (int level = static_cast<int>(rule.maximum); level > static_cast<int>(rule.minimum);
         --level) {
        try {
            auto matrix = encode(payload, static_cast<QrErrorCorrection>(level));
            if (matrix.version() <= rule.preferredMaxVersion)
                return matrix;
        } catch (const std::invalid_argument &) {
            // too big at this level: try a lower one
        }
    }
    return encode(payload, rule.minimum);
}

QImage QrMatrix::toImage(int modulePixels, int quietModules, QColor darkColour,
                         QColor lightColour) const
{
    if (modulePixels < 1 || quietModules < 0)
        throw std::invalid_argument("QR image: module size must be at least 1 pixel");
    const int side = (m_size + 2 * quietModules) * modulePixels;
    QImage image(side, side, QImage::Format_RGBA8888);
    image.fill(lightColour);
    const QRgb darkPixel = darkColour.rgba();
    const uchar dark[4] = {static_cast<uchar>(qRed(darkPixel)), static_cast<uchar>(qGreen(darkPixel)),
                           static_cast<uchar>(qBlue(darkPixel)), static_cast<uchar>(qAlpha(darkPixel))};
    for (int y = 0; y < m_size; ++y) {
        for (int py = 0; py < modulePixels; ++py) {
            uchar *line = image.scanLine((quietModules + y) * modulePixels + py);
            for (int x = 0; x < m_size; ++x) {
                if (!this->dark(x, y))
                    continue;
                uchar *pixel = line + 4 * (quietModules + x) * modulePixels;
                for (int px = 0; px < modulePixels; ++px, pixel += 4)
                    std::copy(dark, dark + 4, pixel);
            }
        }
    }
    return image;
}

} // namespace stallcast::checkout
