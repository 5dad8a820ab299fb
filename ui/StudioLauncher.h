#pragma once

#include <filesystem>

namespace stallcast::ui {

// Runs the studio: creates the QApplication, opens the shop database (seeding the demo shop on a
// first run), shows the main window and runs the event loop. Returns the process exit code: 1 when
// the database cannot be opened (after telling the merchant why).
int runStudio(int argc, char **argv, const std::filesystem::path &database);

} // namespace stallcast::ui
