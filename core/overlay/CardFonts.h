#pragma once

#include <QFont>
#include <QStringList>

namespace stallcast::overlay {

// Registers the card's Qt resources (fonts, built-in templates under :/stallcast/); idempotent.
void ensureCardResources();

// The card's fonts, shipped in the Qt resources (resources/fonts): Latin, Thai and CJK
// (Hangul + common Han), so the card looks the same on every machine. Loaded into
// QFontDatabase once, on first use (needs a QGuiApplication). Throws std::runtime_error when a
// font cannot be loaded.
QStringList cardFontFamilies();

// A font of the card's families at this pixel size, without hinting (the same glyph shapes on
// every machine and at every size).
QFont cardFont(int pixelSize, bool bold = false);

} // namespace stallcast::overlay
