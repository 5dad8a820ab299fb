#pragma once

#include "inventory/Product.h"

#include <cstddef>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace stallcast::db {
class Database;
}

namespace stallcast::inventory {

// The catalogue CSV contract (docs/CSV.md): a header row naming any of these columns in any order.
// Required: sku, name, price, currency, stock. Unknown or repeated columns are an error.
inline constexpr std::string_view kCatalogColumns[] = {
    "sku",    "code", "name",         "description", "price", "sale_price",      "currency", "unit",
    "stock",  "origin", "farm",       "harvest_date", "image", "per_buyer_limit", "active"};

// "file:line: field: reason". Nothing was imported.
class CatalogImportError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct ImportSummary {
    std::size_t created = 0;
    std::size_t updated = 0;
    std::size_t unchanged = 0;
};

// Imports a catalogue CSV all-or-nothing: every row is parsed and validated, then all are written
// in one transaction; the first bad row aborts the whole import and leaves the database exactly as
// it was. Existing SKUs are updated (optional columns the file leaves out keep their values; rows
// identical to the product are not rewritten), and their stock difference is recorded in the ledger.
ImportSummary importCatalogCsv(db::Database &database, const std::filesystem::path &file);
ImportSummary importCatalogCsvText(db::Database &database, std::string_view text,
                                   const std::string &displayName);

// Writes every product (archived ones too) as CSV with all columns; stock is the on-hand figure.
std::string catalogToCsv(const std::vector<Product> &products);
// Writes the catalogue to a file atomically (a temporary file renamed over the target).
void exportCatalogCsv(db::Database &database, const std::filesystem::path &file);

} // namespace stallcast::inventory
