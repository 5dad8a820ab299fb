#include "OffscreenGui.h"

#include <QGuiApplication>

#include <memory>

namespace stallcast::test {

void ensureOffscreenGui()
{
    static int argc = 1;
    static char name[] = "test_overlay";
    static char *argv[] = {name, nullptr};
    if (QGuiApplication::instance())
        return;
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Kept until the process ends and deliberately never destroyed: the tests have no scope
    // that outlives them all, and QGuiApplication's destructor run from exit() touches Qt's
    // thread storage after it is gone (a crash at exit).
    [[maybe_unused]] static QGuiApplication *app
        = std::make_unique<QGuiApplication>(argc, argv).release();
}

} // namespace stallcast::test
