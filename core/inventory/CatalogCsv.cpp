#include "inventory/CatalogCsv.h"

#include "common/FieldError.h"
#include "common/TextKey.h"
#include "db/Database.h"
#include "io/AtomicFile.h"
#include "io/Csv.h"
#include "inventory/ProductTable.h"
#include "money/Money.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

namespace stallcast::inventory {

namespace {

struct Row {
    std::size_t line;
    Product product;
    std::int64_t stock;
};

struct ParsedFile {
    std::set<std::string> columns; // the columns the header names
    std::vector<Row> rows;
};

std::optional<std::int64_t> parseCount(const std::string &text, const std::string &field)
{
    std::string_view s = text;
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    if (s.empty())
        return std::nullopt;
    std::int64_t value = 0;
    for (char c : s) {
        if (c < '0' || c > '9')
            throw FieldError(field, "\"" + text + "\" is not a whole number");
        if (value > (INT64_MAX - (c - '0')) / 10)
            throw FieldError(field, "\"" + text + "\" is too large");
        value = value * 10 + (c - '0');
    }
    return value;
}

bool parseBool(const std::string &text)
{
    std::string lower;
    for (char c : text)
        if (c != ' ' && c != '\t')
            lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower.empty() || lower == "true" || lower == "yes" || lower == "1")
        return true;
    if (lower == "false" || lower == "no" || lower == "0")
        return false;
    throw FieldError("active", "\"" + text + "\" must be true or false");
}

std::string trimmed(const std::string &s)
{
    const auto first = s.find_first_not_of(" \t");
    if (first == std::string::npos)
        return {};
    const auto last = s.find_last_not_of(" \t");
    return s.substr(first, last - first + 1);
}

Product rowToProduct(const std::map<std::string, std::string> &cells, std::int64_t &stock)
{
    auto cell = [&](const char *name) -> std::string {
        const auto it = cells.find(name);
        return it == cells.end() ? std::string{} : it->second;
    };
    Product p;
    p.sku = trimmed(cell("sku"));
    p.code = trimmed(cell("code"));
    p.name = trimmed(cell("name"));
    p.description = cell("description");
    p.currency = trimmed(cell("currency"));
    if (p.currency.empty())
        throw FieldError("currency", "is empty");
    const auto currency = findCurrency(p.currency);
    if (!currency)
        throw FieldError("currency", "\"" + p.currency + "\" is not an ISO 4217 currency code");
    p.currency = std::string(currency->code);
    try {
        p.price = parseMajorAmount(cell("price"), *currency);
    } catch (const AmountError &e) {
        throw FieldError("price", e.what());
    }
    if (!trimmed(cell("sale_price")).empty()) {
        try {
            p.salePrice = parseMajorAmount(cell("sale_price"), *currency);
        } catch (const AmountError &e) {
            throw FieldError("sale_price", e.what());
        }
    }
    p.unit = trimmed(cell("unit"));
    p.origin = trimmed(cell("origin"));
    p.farm = trimmed(cell("farm"));
    if (const auto date = trimmed(cell("harvest_date")); !date.empty())
        p.harvestDate = date;
    p.image = trimmed(cell("image"));
    p.perBuyerLimit = parseCount(cell("per_buyer_limit"), "per_buyer_limit");
    p.active = parseBool(cell("active"));
    const auto parsedStock = parseCount(cell("stock"), "stock");
    if (!parsedStock)
        throw FieldError("stock", "is empty");
    stock = *parsedStock;
    validateProduct(p);
    return p;
}

// An existing product keeps the values of the optional columns the file leaves out (a price list
// with only the required columns must not clear codes and photos, or put archived products back
// on sale).
Product keepAbsentColumns(Product fromFile, const Product &existing,
                          const std::set<std::string> &columns)
{
    const auto absent = [&](const char *column) { return !columns.count(column); };
    if (absent("code"))
        fromFile.code = existing.code;
    if (absent("description"))
        fromFile.description = existing.description;
    if (absent("sale_price"))
        fromFile.salePrice = existing.salePrice;
    if (absent("unit"))
        fromFile.unit = existing.unit;
    if (absent("origin"))
        fromFile.origin = existing.origin;
    if (absent("farm"))
        fromFile.farm = existing.farm;
    if (absent("harvest_date"))
        fromFile.harvestDate = existing.harvestDate;
    if (absent("image"))
        fromFile.image = existing.image;
    if (absent("per_buyer_limit"))
        fromFile.perBuyerLimit = existing.perBuyerLimit;
    if (absent("active"))
        fromFile.active = existing.active;
    return fromFile;
}

bool sameFields(const Product &a, const Product &b, std::int64_t stock)
{
    return a.sku == b.sku && a.code == b.code && a.name == b.name
           && a.description == b.description && a.price == b.price && a.salePrice == b.salePrice
           && a.currency == b.currency && a.unit == b.unit && a.origin == b.origin
           && a.farm == b.farm && a.harvestDate == b.harvestDate && a.image == b.image
           && a.perBuyerLimit == b.perBuyerLimit && a.active == b.active && b.onHand == stock;
}

ParsedFile parseRows(std::string_view text, const std::string &where)
{
    std::vector<io::CsvRecord> records;
    try {
        records = io::parseCsv(text);
    } catch (const io::CsvError &e) {
        throw CatalogImportError(where + ":" + std::to_string(e.line()) + ": " + e.reason());
    }
    // Spreadsheets save rows they once formatted as ",,,,": as blank as an empty line, wherever
    // they are (before the header too).
    const auto blank = [](const io::CsvRecord &record) {
        return std::all_of(record.fields.begin(), record.fields.end(),
                           [](const std::string &f) { return trimmed(f).empty(); });
    };
    records.erase(std::remove_if(records.begin(), records.end(), blank), records.end());
    if (records.empty())
        throw CatalogImportError(where + ":1: header: the file is empty (expected a header row)");

    const auto &header = records.front();
    std::vector<std::string> columns;
    std::set<std::string> seen;
    for (const auto &raw : header.fields) {
        std::string name = trimmed(raw);
        std::transform(name.begin(), name.end(), name.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        if (std::find(std::begin(kCatalogColumns), std::end(kCatalogColumns), name)
            == std::end(kCatalogColumns))
            throw CatalogImportError(where + ":" + std::to_string(header.line) + ": header: unknown column \""
                                     + raw + "\"");
        if (!seen.insert(name).second)
            throw CatalogImportError(where + ":" + std::to_string(header.line) + ": header: column \"" + name
                                     + "\" appears twice");
        columns.push_back(name);
    }
    for (const char *required : {"sku", "name", "price", "currency", "stock"})
        if (!seen.count(required))
            throw CatalogImportError(where + ":" + std::to_string(header.line)
                                     + ": header: required column \"" + required + "\" is missing");

    std::vector<Row> rows;
    std::map<std::string, std::size_t> skuLines;
    for (std::size_t r = 1; r < records.size(); ++r) {
        const auto &record = records[r];
        const std::string at = where + ":" + std::to_string(record.line) + ": ";
        if (record.fields.size() != columns.size())
            throw CatalogImportError(at + "row: has " + std::to_string(record.fields.size())
                                     + " fields, the header has " + std::to_string(columns.size()));
        std::map<std::string, std::string> cells;
        for (std::size_t c = 0; c < columns.size(); ++c)
            cells[columns[c]] = record.fields[c];
        Row row{record.line, {}, 0};
        try {
            row.product = rowToProduct(cells, row.stock);
        } catch (const FieldError &e) {
            throw CatalogImportError(at + e.what());
        }
        const auto key = foldedKey(row.product.sku);
        if (const auto [it, fresh] = skuLines.emplace(key, record.line); !fresh)
            throw CatalogImportError(at + "sku: \"" + row.product.sku + "\" already appears on line "
                                     + std::to_string(it->second));
        rows.push_back(std::move(row));
    }
    return {std::move(seen), std::move(rows)};
}

} // namespace

ImportSummary importCatalogCsvText(db::Database &database, std::string_view text,
                                   const std::string &displayName)
{
    const auto parsed = parseRows(text, displayName);
    const auto now = database.nowMs();
    const std::string actor = "import:" + displayName;
    return database.write([&](db::Connection &conn) {
        ImportSummary summary;
        for (const auto &row : parsed.rows) {
            try {
                const auto existing = ProductTable::findBySku(conn, row.product.sku);
                const Product product = existing
                                            ? keepAbsentColumns(row.product, *existing, parsed.columns)
                                            : row.product;
                if (!existing) {
                    ++summary.created;
                } else if (sameFields(product, *existing, row.stock)) {
                    ++summary.unchanged;
                    continue; // nothing to write: leave updated_ms alone too
                } else {
                    ++summary.updated;
                }
                ProductTable::save(conn, product, row.stock, StockReason::Import, actor, now);
            } catch (const FieldError &e) {
                throw CatalogImportError(displayName + ":" + std::to_string(row.line) + ": "
                                         + e.what());
            }
        }
        return summary;
    });
}

ImportSummary importCatalogCsv(db::Database &database, const std::filesystem::path &file)
{
    return importCatalogCsvText(database, io::readWholeFile(file), file.string());
}

std::string catalogToCsv(const std::vector<Product> &products)
{
    std::string out = io::formatCsvRecord(
        std::vector<std::string>(std::begin(kCatalogColumns), std::end(kCatalogColumns)));
    for (const auto &p : products) {
        const auto currency = findCurrency(p.currency);
        if (!currency)
            throw std::runtime_error(p.sku + ": unknown currency " + p.currency);
        out += io::formatCsvRecord({
            p.sku,
            p.code,
            p.name,
            p.description,
            formatMajorAmount(p.price, *currency),
            p.salePrice ? formatMajorAmount(*p.salePrice, *currency) : "",
            p.currency,
            p.unit,
            std::to_string(p.onHand),
            p.origin,
            p.farm,
            p.harvestDate.value_or(""),
            p.image,
            p.perBuyerLimit ? std::to_string(*p.perBuyerLimit) : "",
            p.active ? "true" : "false",
        });
    }
    return out;
}

void exportCatalogCsv(db::Database &database, const std::filesystem::path &file)
{
    const auto products = database.read(
        [](db::Connection &c) { return ProductTable::list(c, true); });
    io::writeFileAtomically(file, catalogToCsv(products));
}

} // namespace stallcast::inventory
