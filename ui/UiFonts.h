#pragma once

#include <QStringList>

namespace stallcast::ui {

// Makes the fonts shipped inside the binary (resources/fonts: Stallcast Card Sans, Thai and CJK,
// the same files the product card uses) the fallbacks of every widget's font, so Korean, Chinese
// and Thai text renders on a machine that has no font for them (a fresh Debian 12 has no CJK
// font: Qt would draw empty boxes). The system's own UI font stays first; the shipped families
// follow it, and are also the substitutes of the common family names a widget may ask for.
// Needs a QApplication; call once at start, before any widget exists. Returns the application
// font's family list after the change. Throws std::runtime_error if a shipped font cannot load.
QStringList installUiFonts();

// The shipped families, in fallback order (Latin, Thai, CJK).
QStringList shippedFontFamilies();

} // namespace stallcast::ui
