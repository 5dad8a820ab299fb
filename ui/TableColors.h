#pragma once

#include <QColor>

namespace stallcast::ui {

// The few colours the tables use to draw the merchant's eye.
namespace colors {
inline QColor alertText() { return QColor(0xb0, 0x1c, 0x1c); }       // sold out, oversold
inline QColor alertBackground() { return QColor(0xfd, 0xe2, 0xe2); } // rows that need action
inline QColor warningBackground() { return QColor(0xfe, 0xf3, 0xc7); }
inline QColor saleText() { return QColor(0x1b, 0x7a, 0x3a); }         // sale prices, paid
inline QColor pendingText() { return QColor(0x9a, 0x5b, 0x00); }
inline QColor featuredBackground() { return QColor(0xdb, 0xea, 0xfe); } // the product on stream
inline QColor mutedText() { return QColor(0x80, 0x80, 0x80); }        // archived, closed
} // namespace colors

} // namespace stallcast::ui
