#pragma once

#include "TempDir.h"

#include "db/Database.h"
#include "inventory/Catalog.h"
#include "inventory/CatalogCsv.h"
#include "inventory/StockLedger.h"

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace stallcast::test {

// Every catalogue column, in kCatalogColumns order, as a CSV header line (LF-terminated).
std::string fullCatalogHeader();

// A temporary shop database for catalogue tests, with a clock the test moves by hand, and
// helpers that write a CSV file into the shop's folder and import it.
class CatalogShop final {
public:
    CatalogShop();

    db::Database &database() { return *m_db; }
    inventory::Catalog &catalog() { return *m_catalog; }

    // Writes `text` to a file named `name` in the temp folder; returns its path.
    std::filesystem::path writeFile(const std::string &name, const std::string &text) const;
    // Writes and imports the file (importCatalogCsv); returns the summary.
    inventory::ImportSummary import(const std::string &name, const std::string &text);
    // Writes and imports a file that must be refused; returns the CatalogImportError's message.
    std::string importError(const std::string &name, const std::string &text);

    inventory::Product product(const std::string &sku) const;
    std::vector<inventory::StockMovement> movements(const std::string &sku) const;
    // Problems reported by StockLedger::verifyInvariant (empty when every product balances).
    std::vector<std::string> ledgerProblems();

    std::int64_t nowMs() const { return *m_clock; }
    void advanceClock(std::int64_t ms) { *m_clock += ms; }

private:
    TempDir m_dir;
    std::shared_ptr<std::atomic<std::int64_t>> m_clock
        = std::make_shared<std::atomic<std::int64_t>>(1'790'000'000'000);
    std::unique_ptr<db::Database> m_db;
    std::unique_ptr<inventory::Catalog> m_catalog;
};

} // namespace stallcast::test
