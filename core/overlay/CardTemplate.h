#pragma once

#include <QColor>
#include <QRect>
#include <QSize>

#include <optional>
#include <string>

namespace stallcast::overlay {

struct CardTheme {
    QColor background{0x14, 0x1A, 0x22, 0xE0};
    QColor text{Qt::white};
    QColor muted{0xB7, 0xC0, 0xCC};
    QColor accent{0xFF, 0xB3, 0x00};
    QColor sale{0xFF, 0x52, 0x52};
    QColor warning{0xFF, 0x91, 0x00};
    QColor placeholder{0x3A, 0x42, 0x50};
};

// Fractions of the canvas's width (left, right) or height (top, bottom) that the platform's own
// buttons, header and chat cover: nothing is placed there.
struct SafeArea {
    double left = 0, top = 0, right = 0, bottom = 0;
};

enum class CardAnchor { TopLeft, TopRight, BottomLeft, BottomRight };

// Where one overlay element goes: a box anchored to a corner of the safe area.
struct ElementLayout {
    CardAnchor anchor = CardAnchor::BottomLeft;
    double width = 0.5, height = 0.4; // fractions of the canvas's width and height
    double scale = 1.0;
    double offsetX = 0, offsetY = 0;  // fractions of the canvas, from the anchored position
    bool visible = true;              // the toast and the ticker may be switched off
};

// Where the overlay's elements go on a canvas and how they look: a data file
// (resources/overlay/*.json, docs/OVERLAY.md), not code, so the merchant can move and scale
// each one. A template without a "toast" or "ticker" block (the single-card templates from
// before) places that element next to the card, as it always was.
struct CardTemplate {
    SafeArea safeArea;
    ElementLayout card;
    std::optional<ElementLayout> toast;  // nullopt: just above the card, as wide as the card
    std::optional<ElementLayout> ticker; // nullopt: the top of the safe area, as wide as the card
    CardTheme theme;
};

// Parses a template's JSON. Throws FieldError naming the field (e.g. "card.width",
// "ticker.anchor") and the rule; an unknown field inside an element's block is refused too.
CardTemplate parseCardTemplate(const std::string &json);
// Reads a template file; ":/stallcast/overlay/landscape.json" and ".../vertical.json" are the
// built-in ones. Throws std::runtime_error naming the file, or FieldError prefixed with it.
CardTemplate loadCardTemplate(const std::string &path);
// The built-in template for a canvas: vertical when it is taller than wide.
CardTemplate builtInCardTemplate(QSize canvas);

// An element's rectangle on a canvas: its size from the layout (times its scale), anchored
// inside the safe area, moved by the offset, kept inside the safe area, corners on even pixels
// (YUV 4:2:0).
QRect placeElement(const ElementLayout &layout, const SafeArea &safeArea, QSize canvas);
QRect placeCard(const CardTemplate &cardTemplate, QSize canvas);

// Where a toast goes: the box its pill fits in (as tall as the box, at most as wide), and the
// side the pill keeps to. Without a "toast" block: just above the card, a seventh of its height
// (at least 24 px). nullopt: switched off.
struct ToastPlace {
    QRect box;
    bool rightAligned = false;
};
std::optional<ToastPlace> placeToast(const CardTemplate &cardTemplate, QSize canvas);
// The ticker's strip. Without a "ticker" block: the top of the safe area on the card's side, as
// wide as the card, a seventh of its height (at least 24 px). nullopt: switched off.
std::optional<QRect> placeTicker(const CardTemplate &cardTemplate, QSize canvas);

} // namespace stallcast::overlay
