#include "DatabaseContents.h"

#include "db/Database.h"

#include <sqlite3.h>

#include <stdexcept>

namespace stallcast::test {

namespace {

// A statement on the raw handle, finalised on scope exit.
class RawQuery final {
public:
    RawQuery(sqlite3 *db, const std::string &sql)
    {
        if (sqlite3_prepare_v2(db, sql.c_str(), -1, &m_stmt, nullptr) != SQLITE_OK)
            throw std::runtime_error("cannot prepare " + sql + ": " + sqlite3_errmsg(db));
    }
    RawQuery(const RawQuery &) = delete;
    RawQuery &operator=(const RawQuery &) = delete;
    ~RawQuery() { sqlite3_finalize(m_stmt); }

    bool next()
    {
        const int rc = sqlite3_step(m_stmt);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            throw std::runtime_error(std::string("query failed: ")
                                     + sqlite3_errmsg(sqlite3_db_handle(m_stmt)));
        return rc == SQLITE_ROW;
    }
    int columns() const { return sqlite3_column_count(m_stmt); }
    std::string text(int column) const
    {
        const auto *bytes = sqlite3_column_text(m_stmt, column);
        return bytes ? std::string(reinterpret_cast<const char *>(bytes),
                                   static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column)))
                     : std::string("<null>");
    }

private:
    sqlite3_stmt *m_stmt = nullptr;
};

std::vector<std::string> tableNames(sqlite3 *db)
{
    RawQuery query(db, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE "
                       "'sqlite_%' ORDER BY name");
    std::vector<std::string> names;
    while (query.next())
        names.push_back(query.text(0));
    return names;
}

std::vector<std::string> tableRows(sqlite3 *db, const std::string &table)
{
    // Learn the columns, then select quote(column) for each so NULL, integers and text differ.
    std::vector<std::string> columns;
    {
        RawQuery info(db, "SELECT name FROM pragma_table_info('" + table + "') ORDER BY cid");
        while (info.next())
            columns.push_back(info.text(0));
    }
    std::string select;
    for (const auto &column : columns)
        select += (select.empty() ? "" : ", ") + std::string("quote(\"") + column + "\")";
    // WITHOUT ROWID tables have no rowid: order by every column instead.
    std::string order;
    for (std::size_t i = 1; i <= columns.size(); ++i)
        order += (order.empty() ? "" : ", ") + std::to_string(i);
    RawQuery query(db, "SELECT " + select + " FROM \"" + table + "\" ORDER BY " + order);
    std::vector<std::string> rows;
    while (query.next()) {
        std::string row;
        for (int c = 0; c < query.columns(); ++c)
            row += (c ? "|" : "") + query.text(c);
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace

std::size_t DatabaseContents::rowCount(const std::string &table) const
{
    const auto it = tables.find(table);
    if (it == tables.end())
        throw std::runtime_error("no table " + table);
    return it->second.size();
}

std::ostream &operator<<(std::ostream &out, const DatabaseContents &contents)
{
    for (const auto &[table, rows] : contents.tables) {
        out << "\n" << table << " (" << rows.size() << " rows)";
        for (const auto &row : rows)
            out << "\n  " << row;
    }
    return out;
}

DatabaseContents databaseContents(db::Database &database)
{
    return database.read([](db::Connection &conn) {
        DatabaseContents contents;
        for (const auto &table : tableNames(conn.handle()))
            contents.tables[table] = tableRows(conn.handle(), table);
        return contents;
    });
}

} // namespace stallcast::test
