#include "CatalogShop.h"

#include "ThrownMessage.h"

#include <fstream>
#include <stdexcept>

namespace stallcast::test {

std::string fullCatalogHeader()
{
    std::string header;
    for (const auto column : inventory::kCatalogColumns) {
        if (!header.empty())
            header += ',';
        header += column;
    }
    return header + "\n";
}

CatalogShop::CatalogShop()
{
    db::Database::Options options;
    options.clock = [clock = m_clock] { return clock->load(); };
    m_db = std::make_unique<db::Database>(m_dir / "shop.db", options);
    m_catalog = std::make_unique<inventory::Catalog>(*m_db);
}

std::filesystem::path CatalogShop::writeFile(const std::string &name, const std::string &text) const
{
    const auto file = m_dir / name;
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << text;
    out.close();
    if (!out)
        throw std::runtime_error("cannot write " + file.string());
    return file;
}

inventory::ImportSummary CatalogShop::import(const std::string &name, const std::string &text)
{
    return inventory::importCatalogCsv(*m_db, writeFile(name, text));
}

std::string CatalogShop::importError(const std::string &name, const std::string &text)
{
    const auto file = writeFile(name, text);
    return thrownMessage<inventory::CatalogImportError>(
        [&] { inventory::importCatalogCsv(*m_db, file); });
}

inventory::Product CatalogShop::product(const std::string &sku) const
{
    const auto found = m_catalog->findBySku(sku);
    if (!found)
        throw std::runtime_error("no product " + sku);
    return *found;
}

std::vector<inventory::StockMovement> CatalogShop::movements(const std::string &sku) const
{
    return m_catalog->history(sku);
}

std::vector<std::string> CatalogShop::ledgerProblems()
{
    return m_db->read([](db::Connection &c) { return inventory::StockLedger::verifyInvariant(c); });
}

} // namespace stallcast::test
