#pragma once

#include <QColor>
#include <QRect>
#include <QSize>

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

// Where the card goes on a canvas and how it looks: a data file (resources/overlay/*.json,
// docs/OVERLAY.md), not code, so the merchant can move and scale it.
struct CardTemplate {
    SafeArea safeArea;
    CardAnchor anchor = CardAnchor::BottomLeft;
    double width = 0.5, height = 0.4; // fractions of the canvas's width and height
    double scale = 1.0;
    double offsetX = 0, offsetY = 0;  // fractions of the canvas, from the anchored position
    CardTheme theme;
};

// Parses a template's JSON. Throws FieldError naming the field (e.g. "card.width") and the rule.
CardTemplate parseCardTemplate(const std::string &json);
// Reads a template file; ":/stallcast/overlay/landscape.json" and ".../vertical.json" are the
// built-in ones. Throws std::runtime_error naming the file, or FieldError prefixed with it.
CardTemplate loadCardTemplate(const std::string &path);
// The built-in template for a canvas: vertical when it is taller than wide.
CardTemplate builtInCardTemplate(QSize canvas);

// The card's rectangle on a canvas: its size from the template, anchored inside the safe area,
// moved by the offset, kept inside the safe area, corners on even pixels (YUV 4:2:0).
QRect placeCard(const CardTemplate &cardTemplate, QSize canvas);
// The ticker of recent sales: a strip at the top of the safe area, on the card's side, as wide
// as the card, a seventh of its height (at least 24 px).
QRect placeTicker(const CardTemplate &cardTemplate, QSize canvas);

} // namespace stallcast::overlay
