#pragma once

#include <string>

namespace stallcast::db {
class Database;
}

namespace stallcast::ui {

// The name the demo catalogue is imported under (it shows in the stock ledger and in errors).
inline constexpr const char *kDemoCatalogName = "demo-shop/catalog.csv";

// The demo shop's catalogue CSV (a farm cooperative's produce), compiled into the binary.
// Throws std::runtime_error if the resource is missing from the build.
std::string demoCatalogCsv();

// Imports the demo catalogue when the shop has no products yet (a first run). Returns true when it
// did. Blocks on the database: call it off the UI thread.
bool seedDemoShopIfEmpty(db::Database &database);

} // namespace stallcast::ui
