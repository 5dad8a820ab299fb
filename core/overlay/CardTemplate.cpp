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
        throw FieldError(field, "must be between " + std::to_string(min).substr(0, 4) + " and "
                                    + std::to_string(max).substr(0, 4));
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

CardAnchor anchor(const QJsonObject &card)
{
    const auto value = card.value(QLatin1String("anchor"));
    if (value.isUndefined())
        return CardAnchor::BottomLeft;
    const auto text = value.toString();
    if (text == QLatin1String("top-left"))
        return CardAnchor::TopLeft;
    if (text == QLatin1String("top-right"))
        return CardAnchor::TopRight;
    if (text == QLatin1String("bottom-left"))
        return CardAnchor::BottomLeft;
    if (text == QLatin1String("bottom-right"))
        return CardAnchor::BottomRight;
    throw FieldError("card.anchor", "must be top-left, top-right, bottom-left or bottom-right");
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
    const auto card = object(root, "card");
    t.anchor = anchor(card);
    t.width = fraction(card, "width", "card", t.width, 0.05, 1);
    t.height = fraction(card, "height", "card", t.height, 0.05, 1);
    t.scale = fraction(card, "scale", "card", 1, 0.25, 4);
    t.offsetX = fraction(card, "offsetX", "card", 0, -1, 1);
    t.offsetY = fraction(card, "offsetY", "card", 0, -1, 1);
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

QRect placeCard(const CardTemplate &t, QSize canvas)
{
    const double w = canvas.width(), h = canvas.height();
    // The safe area in whole even pixels, rounded inwards.
    const int safeLeft = evenUp(t.safeArea.left * w);
    const int safeTop = evenUp(t.safeArea.top * h);
    const int safeRight = evenDown((1 - t.safeArea.right) * w);
    const int safeBottom = evenDown((1 - t.safeArea.bottom) * h);
    const int width = std::min(evenDown(t.width * t.scale * w), safeRight - safeLeft);
    const int height = std::min(evenDown(t.height * t.scale * h), safeBottom - safeTop);
    const bool left = t.anchor == CardAnchor::TopLeft || t.anchor == CardAnchor::BottomLeft;
    const bool top = t.anchor == CardAnchor::TopLeft || t.anchor == CardAnchor::TopRight;
    const int x = (left ? safeLeft : safeRight - width) + evenNearest(t.offsetX * w);
    const int y = (top ? safeTop : safeBottom - height) + evenNearest(t.offsetY * h);
    return {std::clamp(x, safeLeft, safeRight - width), std::clamp(y, safeTop, safeBottom - height),
            width, height};
}

} // namespace stallcast::overlay

namespace stallcast::overlay {

QRect placeTicker(const CardTemplate &t, QSize canvas)
{
    const QRect card = placeCard(t, canvas);
    const int height = std::max(24, evenDown(card.height() / 7.0));
    return {card.x(), evenUp(t.safeArea.top * canvas.height()), card.width(), height};
}

} // namespace stallcast::overlay
