#pragma once

#include <filesystem>
#include <string>

namespace stallcast::test {

// Database files in particular states, for the schema and open tests.

// A Stallcast database at schema version 1 (catalogue and ledger, no order book), written with
// raw SQL the way a v1 build would have: two products (JEJU-5KG: 25,000 KRW, 10 on hand after
// import 12 and adjustment -2; DURIAN: 1,500.00 THB on sale at 1,290.00, 3 on hand).
void createVersion1Shop(const std::filesystem::path &file);

// An SQLite file that is a current Stallcast schema with user_version set to `version`
// (left in the default rollback-journal mode, as an older tool would leave it).
void createStallcastFileWithVersion(const std::filesystem::path &file, int version);

// An SQLite file belonging to some other program: a table, the given user_version and
// application_id.
void createForeignSqliteFile(const std::filesystem::path &file, int userVersion, int applicationId);

// SHA-256 of the file's bytes, in hex.
std::string sha256OfFile(const std::filesystem::path &file);

// True when SQLite left a -wal, -shm or -journal file beside `file`.
bool hasSidecarFiles(const std::filesystem::path &file);

} // namespace stallcast::test
