#include "CommandLine.h"
#include "common/Allocator.h"

#ifdef STALLCAST_WITH_GUI
#include "AppPaths.h"
#include "StudioLauncher.h"
#endif

#include <QCoreApplication>
#include <QGuiApplication>

#include <algorithm>

#include <exception>
#include <iostream>

int main(int argc, char **argv)
{
    stallcast::configureAllocator();
    using namespace stallcast::app;
    QCoreApplication::setOrganizationName("Stallcast");
    QCoreApplication::setApplicationName("Stallcast");

    std::vector<std::string> args(argv + 1, argv + argc);
    try {
        const Invocation inv = parseInvocation(args);
#ifdef STALLCAST_WITH_GUI
        if (inv.words.empty() && !inv.help && !inv.version)
            return stallcast::ui::runStudio(argc, argv,
                                            inv.database.value_or(defaultDatabasePath()));
#endif
        // A stream with a product card draws text: that needs a QGuiApplication, offscreen unless
        // the user picked a platform.
        if (!inv.words.empty() && inv.words.front() == "stream"
            && std::any_of(inv.words.begin(), inv.words.end(),
                           [](const std::string &w) { return w.rfind("--feature", 0) == 0; })) {
            if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            QGuiApplication app(argc, argv);
            return runCommand(inv);
        }
        QCoreApplication app(argc, argv);
        return runCommand(inv);
    } catch (const UsageError &e) {
        std::cerr << "stallcast: " << e.what() << "\n";
        return 2;
    } catch (const std::exception &e) {
        std::cerr << "stallcast: " << e.what() << "\n";
        return 1;
    }
}
