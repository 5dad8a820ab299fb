#include "overlay/CardTemplate.h"

#include "common/FieldError.h"
#include "overlay/CardFonts.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace stallcast::overlay {

namespace {

double fraction(const QJsonObject &object, const char *key, const std::string &where, double fallback,
                double min, double max)
{
    const auto value = object.value(QLatin1String(key));
    if (value.isUndefined())
        return fallback;
    const std::string field = where + "." + key;
    if (!value.isDouble())
        throw FieldError(field, "must be a number");
    const double v = value.toDouble();
    if (!(v >= min && v <= max))
        throw FieldError(field, "must be between " + QString::number(min, 'f', 2).toStdString() + " and "
                                    + QString::number(max, 'f', 2).toStdString());
    return v;
}

QColor colour(const QJsonObject &theme, const char *key, QColor fallback)
{
    const auto value = theme.value(QLatin1String(key));
    if (value.isUndefined())
        return fallback;
    const std::string field = std::string("theme.") + key;
    if (!value.isString())
        throw FieldError(field, "must be a colour string like \"#FFB300\" or \"#E0141A22\"");
    const QColor c = QColor::fromString(value.toString());
    if (!c.isValid())
        throw FieldError(field, "is not a colour: \"" + value.toString().toStdString() + "\"");
    return c;
}

CardAnchor anchor(const QJsonObject &block, const std::string &where, CardAnchor fallback)
{
    const auto value = block.value(QLatin1String("anchor"));
    if (value.isUndefined())
        return fallback;
    const auto text = value.toString();
    if (text == QLatin1String("top-left"))
        return CardAnchor::TopLeft;
    if (text == QLatin1String("top-right"))
        return CardAnchor::TopRight;
    if (text == QLatin1String("bottom-left"))
        return CardAnchor::BottomLeft;
    if (text == QLatin1String("bottom-right"))
        return CardAnchor::BottomRight;
    throw FieldError(where + ".anchor", "must be top-left, top-right, bottom-left or bottom-right");
}

// One element's block ("card", "toast", "ticker"); unknown fields are refused (a typo such as
// "ofsetX" would otherwise be silently ignored).
ElementLayout element(const QJsonObject &block, const std::string &where, ElementLayout layout,
                      double minimumSize, bool mayHide)
{
    static const QStringList known{QStringLiteral("anchor"), QStringLiteral("width"),
                                   QStringLiteral("height"), QStringLiteral("scale"),
                                   QStringLiteral("offsetX"), QStringLiteral("offsetY"),
                                   QStringLiteral("visible")};
    for (const auto &key : block.keys())
        if (!known.contains(key) || (key == QLatin1String("visible") && !mayHide))
            throw FieldError(where + "." + key.toStdString(),
                             mayHide ? "unknown field (anchor, width, height, scale, offsetX, offsetY, visible)"
                                     : "unknown field (anchor, width, height, scale, offsetX, offsetY)");
    layout.anchor = anchor(block, where, layout.anchor);
    layout.width = fraction(block, "width", where, layout.width, minimumSize, 1);
    layout.height = fraction(block, "height", where, layout.height, minimumSize, 1);
    layout.scale = fraction(block, "scale", where, 1, 0.25, 4);
    layout.offsetX = fraction(block, "offsetX", where, 0, -1, 1);
    layout.offsetY = fraction(block, "offsetY", where, 0, -1, 1);
    const auto visible = block.value(QLatin1String("visible"));
    if (!visible.isUndefined() && !visible.isBool())
        throw FieldError(where + ".visible", "must be true or false");
    layout.visible = visible.toBool(true);
    return layout;
}

QJsonObject object(const QJsonObject &root, const char *key)
{
    const auto value = root.value(QLatin1String(key));
    if (value.isUndefined())
        return {};
    if (!value.isObject())
        throw FieldError(key, "must be an object");
    return value.toObject();
}

int evenNearest(double v)
{
    return static_cast<int>(std::lround(v / 2.0)) * 2;
}

int evenUp(double v)
{
    return static_cast<int>(std::ceil(v / 2.0 - 1e-9)) * 2;
}

int evenDown(double v)
{
    return static_cast<int>(std::floor(v / 2.0 + 1e-9)) * 2;
}

} // namespace

CardTemplate parseCardTemplate(const std::string &json)
{
    QJsonParseError error{};
    const auto document = QJsonDocument::fromJson(QByteArray::fromStdString(json), &error);
    if (error.error != QJsonParseError::NoError)
        throw FieldError("template", "is not JSON: " + error.errorString().toStdString()
                                         + " at offset " + std::to_string(error.offset));
    if (!document.isObject())
        throw FieldError("template", "must be a JSON object");
    const auto root = document.object();
    CardTemplate t;
    const auto safe = object(root, "safeArea");
    t.safeArea.left = fraction(safe, "left", "safeArea", 0, 0, 0.45);
    t.safeArea.top = fraction(safe, "top", "safeArea", 0, 0, 0.45);
    t.safeArea.right = fraction(safe, "right", "safeArea", 0, 0, 0.45);
    t.safeArea.bottom = fraction(safe, "bottom", "safeArea", 0, 0, 0.45);
    t.card = element(object(root, "card"), "card", t.card, 0.05, false);
    // The toast and the ticker: defaults a strip a sixteenth of the canvas tall on the left.
    const ElementLayout strip{CardAnchor::BottomLeft, 0.5, 0.0625, 1, 0, 0, true};
    if (root.contains(QLatin1String("toast")))
        t.toast = element(object(root, "toast"), "toast", strip, 0.02, true);
    if (root.contains(QLatin1String("ticker")))
        t.ticker = element(object(root, "ticker"), "ticker",
                           {CardAnchor::TopLeft, 0.5, 0.0625, 1, 0, 0, true}, 0.02, true);
    const auto theme = object(root, "theme");
    t.theme.background = colour(theme, "background", t.theme.background);
    t.theme.text = colour(theme, "text", t.theme.text);
    t.theme.muted = colour(theme, "muted", t.theme.muted);
    t.theme.accent = colour(theme, "accent", t.theme.accent);
    t.theme.sale = colour(theme, "sale", t.theme.sale);
    t.theme.warning = colour(theme, "warning", t.theme.warning);
    t.theme.placeholder = colour(theme, "placeholder", t.theme.placeholder);
    return t;
}

CardTemplate loadCardTemplate(const std::string &path)
{
    ensureCardResources();
    QFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read the card template " + path + ": "
                                 + file.errorString().toStdString());
    try {
        return parseCardTemplate(file.readAll().toStdString());
    } catch (const FieldError &e) {
        throw FieldError(path + ": " + e.field(), e.reason());
    }
}

CardTemplate builtInCardTemplate(QSize canvas)
{
    return loadCardTemplate(canvas.height() > canvas.width() ? ":/stallcast/overlay/vertical.json"
                                                             : ":/stallcast/overlay/landscape.json");
}

QRect placeElement(const ElementLayout &t, const SafeArea &safeArea, QSize canvas)
{
    const double w = canvas.width(), h = canvas.height();
    // The safe area in whole even pixels, rounded inwards.
    const int safeLeft = evenUp(safeArea.left * w);
    const int safeTop = evenUp(safeArea.top * h);
    const int safeRight = evenDown((1 - safeArea.right) * w);
    const int safeBottom = evenDown((1 - safeArea.bottom) * h);
    const int width = std::min(evenDown(t.width * t.scale * w), safeRight - safeLeft);
    const int height = std::min(evenDown(t.height * t.scale * h), safeBottom - safeTop);
    const bool left = t.anchor == CardAnchor::TopLeft || t.anchor == CardAnchor::BottomLeft;
    const bool top = t.anchor == CardAnchor::TopLeft || t.anchor == CardAnchor::TopRight;
    const int x = (left ? safeLeft : safeRight - width) + evenNearest(t.offsetX * w);
    const int y = (top ? safeTop : safeBottom - height) + evenNearest(t.offsetY * h);
    return {std::clamp(x, safeLeft, safeRight - width), std::clamp(y, safeTop, safeBottom - height),
            width, height};
}

QRect placeCard(const CardTemplate &t, QSize canvas)
{
    return placeElement(t.card, t.safeArea, canvas);
}

std::optional<ToastPlace> placeToast(const CardTemplate &t, QSize canvas)
{
    if (t.toast) {
        if (!t.toast->visible)
            return std::nullopt;
        const bool right = t.toast->anchor == CardAnchor::TopRight || t.toast->anchor == CardAnchor::BottomRight;
        return ToastPlace{placeElement(*t.toast, t.safeArea, canvas), right};
    }
    const QRect card = placeCard(t, canvas);
    const int height = std::max(24, card.height() / 7 / 2 * 2);
    const int gap = height / 4 * 2;
    return ToastPlace{QRect(card.x(), std::max(0, card.y() - height - gap), card.width(), height), false};
}

std::optional<QRect> placeTicker(const CardTemplate &t, QSize canvas)
{
    if (t.ticker)
        return t.ticker->visible ? std::optional<QRect>(placeElement(*t.ticker, t.safeArea, canvas))
                                 : std::nullopt;
    const QRect card = placeCard(t, canvas);
    const int height = std::max(24, evenDown(card.height() / 7.0));
    return QRect(card.x(), evenUp(t.safeArea.top * canvas.height()), card.width(), height);
}

} // namespace stallcast::overlay
