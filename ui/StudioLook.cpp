#include "StudioLook.h"

#include "StudioTranslations.h"
#include "UiFonts.h"
#include "UiTheme.h"

#include <QGuiApplication>

namespace stallcast::ui {

void prepareHighDpi()
{
    QGuiApplication::setHighDpiScaleFactorRoundingPolicy(
        Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
}

void applyStudioLook()
{
    installTranslations(studioLocale());
    installUiFonts();
    applyTheme(savedTheme());
}

} // namespace stallcast::ui
