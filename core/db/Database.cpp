#include "db/Database.h"

#include "db/Migrations.h"
#include "db/WalWriteBatching.h"

#include <sqlite3.h>

#include <algorithm>
#include <string>

namespace stallcast::db {

std::unique_ptr<Connection> Database::openConnection(const std::filesystem::path &path,
                                                     int busyTimeoutMs)
{
    auto conn = std::make_unique<Connection>(path, Connection::Mode::ReadWrite,
                                             Connection::Vfs::WalWriteBatching);
    sqlite3_busy_timeout(conn->handle(), busyTimeoutMs);
    // Refuse a newer or foreign database before anything (even the journal mode) is changed.
    try {
        checkSchemaCompatible(*conn, path.string());
    } catch (const SqliteError &e) {
        throw SchemaError(path.string() + ": cannot open as a Stallcast database: " + e.what());
    }
    const std::string mode = [&] {
        Statement &stmt = conn->prepare("PRAGMA journal_mode = WAL");
        stmt.step();
        std::string m = stmt.columnText(0);
        stmt.reset();
        return m;
    }();
    if (mode != "wal")
        throw SchemaError(path.string() + ": cannot switch the database to WAL mode (got "
                          + mode + ")");
    conn->exec("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;");
    return conn;
}

Database::Database(std::filesystem::path path) : Database(std::move(path), Options{}) {}

Database::Database(std::filesystem::path path, Options options)
    : m_path(std::move(path)), m_options(std::move(options))
{
    if (m_path.has_parent_path())
        std::filesystem::create_directories(m_path.parent_path());
    auto writeConn = openConnection(m_path, m_options.busyTimeoutMs);
    migrate(*writeConn, m_path.string());
    writeConn->exec("PRAGMA cache_size = -" + std::to_string(std::max(m_options.writerCacheKiB, 1)));
    if (m_options.deferCommitSyncs)
        deferCommitSyncs(*writeConn);
    m_reader = openConnection(m_path, m_options.busyTimeoutMs);
    m_checkpointer = std::make_unique<WalCheckpointer>(
        openConnection(m_path, m_options.busyTimeoutMs), m_options.checkpoints);
    m_checkpointer->install(*writeConn);
    m_writer = std::make_unique<TransactionQueue>(std::move(writeConn),
                                                  TransactionQueue::Options{m_options.maxBatch});
    // A failed fsync: the WAL may hold frames the disk lost. No checkpoint may copy them into
    // the database file, now or when the connections close (the writer's own connection is
    // seen to by the queue).
    m_writer->onDurabilityLost([this] {
        m_checkpointer->halt();
        std::lock_guard lock(m_readMutex);
        sqlite3_db_config(m_reader->handle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    });
}

Database::~Database() = default;

Database::ReadSnapshot::ReadSnapshot(Connection &c) : conn(c)
{
    conn.prepare("BEGIN DEFERRED").run();
}

Database::ReadSnapshot::~ReadSnapshot()
{
    // A reader that threw mid-step leaves its statement open, and with it the snapshot.
    conn.resetBusyStatements();
    try {
        conn.prepare("COMMIT").run();
    } catch (...) {
    }
}

} // namespace stallcast::db
