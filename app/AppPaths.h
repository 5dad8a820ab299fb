#pragma once

#include <filesystem>

namespace stallcast::app {

// The database to use: --db wins, then $STALLCAST_DB, then stallcast.db in the platform's
// app-data folder (~/.local/share/Stallcast on Linux, %APPDATA%\Stallcast on Windows,
// ~/Library/Application Support/Stallcast on macOS).
std::filesystem::path defaultDatabasePath();

} // namespace stallcast::app
