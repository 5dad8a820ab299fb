#pragma once

#include <filesystem>
#include <memory>

namespace stallcast::db {
class Database;
}

namespace stallcast::ui {

struct OpenedShop {
    std::shared_ptr<db::Database> database;
    bool seededDemo = false; // the shop was empty and now holds the demo catalogue
};

// Opens (creating and migrating as needed) the shop database and seeds the demo shop on a first
// run. Blocks on disk: call it off the UI thread. Throws with a message fit for the merchant when
// the file cannot be used (newer schema, another application's file, no permission...).
OpenedShop openShop(const std::filesystem::path &databaseFile);

} // namespace stallcast::ui
