#pragma once

namespace stallcast::ui {

// Before the QApplication exists: fractional scale factors (125 %, 150 %) are used as they are,
// not rounded to whole numbers, so the studio is neither tiny nor huge on a laptop's screen.
void prepareHighDpi();

// Once the QApplication exists, before the first window: the language (StudioTranslations),
// the shipped fonts as fallbacks (UiFonts), the saved theme (UiTheme).
void applyStudioLook();

} // namespace stallcast::ui
