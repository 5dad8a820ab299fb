#include "db/SqliteConnection.h"

#include "db/WalWriteBatching.h"

#include <sqlite3.h>

#include <array>
#include <cstdint>
#include <mutex>
#include <unordered_map>

namespace stallcast::db {

namespace {

// Process-wide SQLite settings, applied once before the first connection opens (sqlite3_config
// only works before SQLite initialises; if something else initialised it first, the defaults
// stay: slower, equally correct).
//  - Memory statistics off: with them on, every allocation SQLite makes takes a process-wide
//    mutex, a measurable cost per statement on the group-commit writer; nothing reads them.
//  - Statement journals stay in memory up to 120 KiB (default 64 KiB). Inside a transaction
//    SQLite copies pages a statement changes into a statement journal so that the statement
//    alone can be undone; past the limit the journal moves to a temporary file for the rest of
//    the transaction, and every later page copy of the batch becomes a write() system call. (When
//    the writer still ran each job in a SAVEPOINT this was the biggest cost; see
//    docs/BENCHMARKS.md.) Not 128 KiB or more: SQLite then writes the journal to the file in
//    chunks of that size, and the unix VFS takes at most 128 KiB - 1 per write (it masks the
//    length to 17 bits), so a statement that changed more than the limit failed with "database
//    or disk is full" (it did at 256 KiB; WalWriteBatchingTests).
void configureSqliteOnce()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK) {
            sqlite3_config(SQLITE_CONFIG_STMTJRNL_SPILL, 120 * 1024);
            sqlite3_initialize();
        }
    });
}

[[noreturn]] void fail(sqlite3 *db, int code, std::string_view context)
{
    std::string message(context);
    message += ": ";
    message += db ? sqlite3_errmsg(db) : sqlite3_errstr(code);
    throw SqliteError(code, message);
}

} // namespace

SqliteError::SqliteError(int code, const std::string &message)
    : std::runtime_error(message), m_code(code)
{
}

struct Connection::Cache {
    // Transparent hash and equality: prepare() looks statements up by string_view, without
    // building a std::string for every call.
    struct SqlHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view sql) const noexcept
        {
            return std::hash<std::string_view>{}(sql);
        }
    };
    std::unordered_map<std::string, std::unique_ptr<Statement>, SqlHash, std::equal_to<>>
        statements;

    // Statements recently prepared, by the address of the SQL text the caller passed. Most SQL is
    // a string literal, so the same text comes back at the same address and the lookup need not
    // hash it; a slot is used only after comparing its text with the caller's.
    struct Recent {
        std::uintptr_t address = 0;
        const std::string *sql = nullptr;
        Statement *statement = nullptr;
    };
    std::array<Recent, 64> recent{};

    Recent &slotFor(std::string_view sql)
    {
        const auto address = reinterpret_cast<std::uintptr_t>(sql.data());
        return recent[(address >> 4) % recent.size()];
    }
};

void Connection::Closer::operator()(sqlite3 *db) const noexcept
{
    sqlite3_close_v2(db);
}

void Statement::Finalizer::operator()(sqlite3_stmt *stmt) const noexcept
{
    sqlite3_finalize(stmt);
}

Connection::Connection(const std::filesystem::path &path, Mode mode, Vfs vfs)
    : m_cache(std::make_unique<Cache>())
{
    configureSqliteOnce();
    if (vfs == Vfs::WalWriteBatching)
        registerWalWriteBatching();
    const int flags = (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY
                                              : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
                      | SQLITE_OPEN_NOMUTEX;
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(path.string().c_str(), &raw, flags,
                                   vfs == Vfs::WalWriteBatching ? kWalWriteBatchingVfs : nullptr);
    m_db.reset(raw);
    if (rc != SQLITE_OK)
        fail(raw, rc, "cannot open database " + path.string());
    sqlite3_extended_result_codes(raw, 1);
}

Connection::~Connection()
{
    // Statements must be finalised before the connection closes.
    m_cache.reset();
}

void Connection::exec(std::string_view sql)
{
    char *error = nullptr;
    const std::string text(sql);
    const int rc = sqlite3_exec(m_db.get(), text.c_str(), nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        std::string message = error ? error : sqlite3_errstr(rc);
        sqlite3_free(error);
        throw SqliteError(rc, message + " (in: " + text.substr(0, 120) + ")");
    }
}

Statement &Connection::prepare(std::string_view sql)
{
    Cache::Recent &slot = m_cache->slotFor(sql);
    if (slot.address == reinterpret_cast<std::uintptr_t>(sql.data()) && slot.sql && *slot.sql == sql)
        return slot.statement->reset();
    auto it = m_cache->statements.find(sql);
    if (it != m_cache->statements.end()) {
        slot = {reinterpret_cast<std::uintptr_t>(sql.data()), &it->first, it->second.get()};
        return it->second->reset();
    }
    std::string key(sql);
    sqlite3_stmt *raw = nullptr;
    const int rc = sqlite3_prepare_v3(m_db.get(), key.data(), static_cast<int>(key.size()),
                                      SQLITE_PREPARE_PERSISTENT, &raw, nullptr);
    if (rc != SQLITE_OK)
        fail(m_db.get(), rc, "cannot prepare \"" + key.substr(0, 120) + "\"");
    auto stmt = std::make_unique<Statement>(raw);
    Statement &ref = *stmt;
    const auto inserted = m_cache->statements.emplace(std::move(key), std::move(stmt)).first;
    slot = {reinterpret_cast<std::uintptr_t>(sql.data()), &inserted->first, &ref};
    return ref;
}

std::int64_t Connection::queryInt(std::string_view sql)
{
    Statement &stmt = prepare(sql);
    if (!stmt.step())
        throw SqliteError(SQLITE_ERROR, "query returned no row: " + std::string(sql));
    const auto value = stmt.columnInt(0);
    stmt.reset();
    return value;
}

std::int64_t Connection::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db.get());
}

int Connection::changes() const
{
    return sqlite3_changes(m_db.get());
}

std::int64_t Connection::totalChanges() const
{
    return sqlite3_total_changes64(m_db.get());
}

void Connection::resetBusyStatements() noexcept
{
    for (sqlite3_stmt *stmt = sqlite3_next_stmt(m_db.get(), nullptr); stmt;
         stmt = sqlite3_next_stmt(m_db.get(), stmt))
        if (sqlite3_stmt_busy(stmt))
            sqlite3_reset(stmt);
}

std::int64_t Connection::fullScanSteps() const
{
    std::int64_t steps = 0;
    for (sqlite3_stmt *stmt = sqlite3_next_stmt(m_db.get(), nullptr); stmt;
         stmt = sqlite3_next_stmt(m_db.get(), stmt))
        steps += sqlite3_stmt_status(stmt, SQLITE_STMTSTATUS_FULLSCAN_STEP, 0);
    return steps;
}

bool Connection::inTransaction() const
{
    return sqlite3_get_autocommit(m_db.get()) == 0;
}

Statement &Statement::reset()
{
    sqlite3_reset(m_stmt.get());
    sqlite3_clear_bindings(m_stmt.get());
    return *this;
}

namespace {
void checkBind(sqlite3_stmt *stmt, int rc)
{
    if (rc != SQLITE_OK)
        fail(sqlite3_db_handle(stmt), rc, "cannot bind parameter");
}
} // namespace

Statement &Statement::bind(int index, std::int64_t value)
{
    checkBind(m_stmt.get(), sqlite3_bind_int64(m_stmt.get(), index, value));
    return *this;
}

Statement &Statement::bind(int index, std::string_view value)
{
    checkBind(m_stmt.get(), sqlite3_bind_text64(m_stmt.get(), index, value.data(), value.size(),
                                                SQLITE_TRANSIENT, SQLITE_UTF8));
    return *this;
}

Statement &Statement::bind(int index, const std::optional<std::int64_t> &value)
{
    return value ? bind(index, *value) : bindNull(index);
}

Statement &Statement::bind(int index, const std::optional<std::string> &value)
{
    return value ? bind(index, std::string_view(*value)) : bindNull(index);
}

Statement &Statement::bindNull(int index)
{
    checkBind(m_stmt.get(), sqlite3_bind_null(m_stmt.get(), index));
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt.get());
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3 *db = sqlite3_db_handle(m_stmt.get());
    std::string sql = sqlite3_sql(m_stmt.get());
    std::string message = sqlite3_errmsg(db);
    sqlite3_reset(m_stmt.get());
    throw SqliteError(rc, message + " (in: " + sql.substr(0, 120) + ")");
}

void Statement::run()
{
    while (step()) {
    }
    sqlite3_reset(m_stmt.get());
}

std::int64_t Statement::columnInt(int column) const
{
    return sqlite3_column_int64(m_stmt.get(), column);
}

std::string Statement::columnText(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt.get(), column));
    if (!text)
        return {};
    return std::string(text, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt.get(), column)));
}

std::optional<std::int64_t> Statement::columnOptInt(int column) const
{
    if (columnIsNull(column))
        return std::nullopt;
    return columnInt(column);
}

std::optional<std::string> Statement::columnOptText(int column) const
{
    if (columnIsNull(column))
        return std::nullopt;
    return columnText(column);
}

bool Statement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_stmt.get(), column) == SQLITE_NULL;
}

Transaction::Transaction(Connection &conn) : m_conn(conn)
{
    m_conn.prepare("BEGIN IMMEDIATE").run();
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    try {
        m_conn.prepare("ROLLBACK").run();
    } catch (...) {
    }
}

void Transaction::commit()
{
    m_conn.prepare("COMMIT").run();
    m_done = true;
}

} // namespace stallcast::db
