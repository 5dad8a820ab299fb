#include "StudioLook.h"

#include "UiFonts.h"

#include <QGuiApplication>

namespace stallcast::ui {

void prepareHighDpi()
{
    QGuiApplication::setHighDpiScaleFactorRoundingPolicy(
        Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
}

void applyStudioLook()
{
    installUiFonts();
}

} // namespace stallcast::ui
