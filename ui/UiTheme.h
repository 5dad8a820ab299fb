#pragma once

#include <QPalette>
#include <QString>

#include <optional>

namespace stallcast::ui {

// The studio's colours: the desktop's own look, or Qt's Fusion style in light or dark.
enum class Theme { System, Light, Dark };

QString themeKey(Theme theme); // "system", "light", "dark": what QSettings keeps
std::optional<Theme> themeFromKey(const QString &key);

// The saved choice (QSettings "view/theme"); System when none or unreadable.
Theme savedTheme();
void saveTheme(Theme theme);

// Applies a theme to the whole application (style and palette); the first call remembers the
// desktop's own style and palette, which is what System goes back to.
void applyTheme(Theme theme);

// The palettes used by Light and Dark (Fusion).
QPalette lightPalette();
QPalette darkPalette();

// True when the application's window background is dark (any theme, the desktop's included).
bool paletteIsDark();

} // namespace stallcast::ui
