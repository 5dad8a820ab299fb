#pragma once

#include <map>
#include <ostream>
#include <string>
#include <vector>

namespace stallcast::db {
class Database;
}

namespace stallcast::test {

// Everything stored in a database, table by table: each row as its column values quoted the way
// SQLite's quote() writes them, in rowid order. Two snapshots are equal only when every table
// holds exactly the same rows with exactly the same values.
struct DatabaseContents {
    std::map<std::string, std::vector<std::string>> tables;

    std::size_t rowCount(const std::string &table) const;
    bool operator==(const DatabaseContents &) const = default;
};

DatabaseContents databaseContents(db::Database &database);

// Prints every table and row (so a failed comparison shows what differs).
std::ostream &operator<<(std::ostream &out, const DatabaseContents &contents);

} // namespace stallcast::test
