#include "OffscreenGui.h"

#include <QGuiApplication>

#include <memory>

namespace stallcast::test {

void ensureOffscreenGui()
{
    static int argc = 1;
    static char name[] = "test_overlay";
    static char *argv[] = {name, nullptr};
    static std::unique_ptr<QGuiApplication> app;
    if (QGuiApplication::instance())
        return;
    qputenv("QT_QPA_PLATFORM", "offscreen");
    app = std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace stallcast::test
