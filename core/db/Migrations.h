#pragma once

#include <stdexcept>
#include <string>

namespace stallcast::db {

class Connection;

// The schema version this build writes. Older databases are migrated forward at open;
// newer ones are refused untouched.
inline constexpr int kSchemaVersion = 10;
// PRAGMA application_id marking a file as a Stallcast database ("STLC").
inline constexpr int kApplicationId = 0x53544C43;

class SchemaError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Reads the file's schema version without writing anything. Throws SchemaError for a database
// newer than this build or a file that belongs to another application.
int checkSchemaCompatible(Connection &conn, const std::string &displayPath);

// Migrates the database forward to kSchemaVersion, one transaction per step.
// `targetVersion` exists for tests that need an old schema (e.g. a v1 database).
void migrate(Connection &conn, const std::string &displayPath, int targetVersion = kSchemaVersion);

} // namespace stallcast::db
