#include "CommandLine.h"

#ifdef STALLCAST_WITH_GUI
#include "AppPaths.h"
#include "StudioLauncher.h"
#endif

#include <QCoreApplication>

#include <exception>
#include <iostream>

int main(int argc, char **argv)
{
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
