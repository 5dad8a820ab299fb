#pragma once

#include "UiTheme.h"

#include <QColor>

namespace stallcast::ui {

// The few colours the tables use to draw the merchant's eye, in a light and a dark variant
// (chosen by the application palette, so they stay readable in the dark theme).
namespace colors {
inline QColor pick(QColor light, QColor dark)
{
    return paletteIsDark() ? dark : light;
}
// Sold out, oversold.
inline QColor alertText() { return pick({0xb0, 0x1c, 0x1c}, {0xff, 0x8a, 0x80}); }
// Rows that need action.
inline QColor alertBackground() { return pick({0xfd, 0xe2, 0xe2}, {0x5c, 0x1f, 0x22}); }
inline QColor warningBackground() { return pick({0xfe, 0xf3, 0xc7}, {0x4d, 0x3d, 0x0f}); }
// Sale prices, paid.
inline QColor saleText() { return pick({0x1b, 0x7a, 0x3a}, {0x6f, 0xd0, 0x8c}); }
inline QColor pendingText() { return pick({0x9a, 0x5b, 0x00}, {0xf0, 0xb4, 0x50}); }
// The product on stream.
inline QColor featuredBackground() { return pick({0xdb, 0xea, 0xfe}, {0x1e, 0x3a, 0x5f}); }
// Archived, closed.
inline QColor mutedText() { return pick({0x80, 0x80, 0x80}, {0x9a, 0xa0, 0xa6}); }
} // namespace colors

} // namespace stallcast::ui
