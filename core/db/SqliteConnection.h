#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace stallcast::db {

// An SQLite failure, carrying the SQLite result code and the statement that failed.
class SqliteError : public std::runtime_error {
public:
    SqliteError(int code, const std::string &message);
    int code() const noexcept { return m_code; }

private:
    int m_code;
};

class Statement;

// One SQLite connection (RAII). Not thread-safe: each thread uses its own connection,
// or serialises access itself.
class Connection final {
public:
    enum class Mode { ReadWrite, ReadOnly };
    // Platform: SQLite's own VFS. WalWriteBatching: the same, with each commit's WAL frames
    // handed to the OS in writes of up to 120 KiB (db/WalWriteBatching.h). The caller must put
    // the connection on synchronous=FULL (Database does, once its busy timeout is set): the
    // VFS's guarantees rest on it.
    enum class Vfs { Platform, WalWriteBatching };

    Connection(const std::filesystem::path &path, Mode mode = Mode::ReadWrite,
               Vfs vfs = Vfs::Platform);
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;
    Connection(Connection &&) noexcept = default;
    Connection &operator=(Connection &&) noexcept = default;
    ~Connection();

    // Runs one or more statements that return no rows.
    void exec(std::string_view sql);
    // Prepares a statement (cached: the same SQL text yields the same reset statement).
    Statement &prepare(std::string_view sql);
    // Runs a query that returns a single integer (e.g. PRAGMA user_version).
    std::int64_t queryInt(std::string_view sql);

    std::int64_t lastInsertRowId() const;
    int changes() const;
    bool inTransaction() const;
    // Rows changed by INSERT/UPDATE/DELETE since the connection opened.
    std::int64_t totalChanges() const;
    // Resets every statement of this connection that is still stepping (one abandoned by an
    // exception keeps its read snapshot open otherwise).
    void resetBusyStatements() noexcept;
    // Rows stepped through by full table scans, summed over this connection's prepared
    // statements since they were prepared (SQLITE_STMTSTATUS_FULLSCAN_STEP): a hot path that
    // should search an index shows up here (tests).
    std::int64_t fullScanSteps() const;
    sqlite3 *handle() const { return m_db.get(); }

private:
    struct Closer {
        void operator()(sqlite3 *db) const noexcept;
    };
    struct Cache;
    std::unique_ptr<sqlite3, Closer> m_db;
    std::unique_ptr<Cache> m_cache;
};

// A prepared statement owned by a Connection's cache. Binding indices start at 1; column
// indices at 0. step() returns true while rows come back.
class Statement final {
public:
    explicit Statement(sqlite3_stmt *stmt) : m_stmt(stmt) {}
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &reset();
    Statement &bind(int index, std::int64_t value);
    Statement &bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement &bind(int index, std::string_view value);
    Statement &bind(int index, const char *value) { return bind(index, std::string_view(value)); }
    Statement &bind(int index, const std::string &value) { return bind(index, std::string_view(value)); }
    Statement &bind(int index, const std::optional<std::int64_t> &value);
    Statement &bind(int index, const std::optional<std::string> &value);
    Statement &bindNull(int index);

    bool step();
    // Steps once and requires completion (for INSERT/UPDATE/DELETE).
    void run();

    std::int64_t columnInt(int column) const;
    std::string columnText(int column) const;
    std::optional<std::int64_t> columnOptInt(int column) const;
    std::optional<std::string> columnOptText(int column) const;
    bool columnIsNull(int column) const;

private:
    friend class Connection;
    struct Finalizer {
        void operator()(sqlite3_stmt *stmt) const noexcept;
    };
    std::unique_ptr<sqlite3_stmt, Finalizer> m_stmt;
};

// RAII transaction (BEGIN IMMEDIATE ... COMMIT); rolled back unless commit() is called.
class Transaction final {
public:
    explicit Transaction(Connection &conn);
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();
    void commit();

private:
    Connection &m_conn;
    bool m_done = false;
};

} // namespace stallcast::db
