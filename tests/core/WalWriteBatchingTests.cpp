#include "TestFramework.h"

#include "TempDir.h"

#include "db/Database.h"
#include "db/WalWriteBatching.h"

#include <sqlite3.h>

#include <cerrno>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>

#if defined(__unix__)
#include <sys/types.h>
#endif

using namespace stallcast;
using stallcast::test::TempDir;

namespace {

struct Figures {
    std::int64_t rows = 0;
    std::int64_t bytes = 0;
    std::string integrity;
};

std::string integrityOf(const std::filesystem::path &file)
{
    db::Connection plain(file, db::Connection::Mode::ReadOnly);
    auto &check = plain.prepare("PRAGMA integrity_check");
    check.step();
    auto result = check.columnText(0);
    check.reset();
    return result;
}

// Reads the table through a connection of its own on SQLite's platform VFS: what any other
// reader (another process, the studio's reader) finds in the file and its WAL.
Figures readBack(const std::filesystem::path &file)
{
    db::Connection plain(file, db::Connection::Mode::ReadOnly);
    Figures f;
    f.rows = plain.queryInt("SELECT count(*) FROM t");
    f.bytes = plain.queryInt("SELECT coalesce(sum(length(payload)), 0) FROM t");
    f.integrity = integrityOf(file);
    return f;
}

void insertRows(db::Connection &c, int rows, int payloadBytes)
{
    auto &stmt = c.prepare("INSERT INTO t (payload) VALUES (randomblob(?1))");
    for (int r = 0; r < rows; ++r)
        stmt.bind(1, std::int64_t{payloadBytes}).run();
}

} // namespace

TEST_CASE("wal write batching: a commit reaches the OS in a few writes and every row is readable "
          "elsewhere and after reopening",
          "[db][wal]")
{
    TempDir dir;
    for (const bool deferSyncs : {false, true}) {
        INFO("commit syncs deferred: " << deferSyncs);
        const auto file = dir / (deferSyncs ? "deferred.db" : "batch.db");
        {
            db::Database::Options options;
            options.deferCommitSyncs = deferSyncs;
            db::Database database(file, options);
            database.write([](db::Connection &c) {
                c.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, payload BLOB)");
            });
            const auto before = db::walWriteBatchingStats();
            database.write([](db::Connection &c) { insertRows(c, 2000, 300); }); // ~170 pages
            const auto after = db::walWriteBatchingStats();
            const auto gathered = after.writesGathered - before.writesGathered;
            const auto issued = after.writesIssued - before.writesIssued;
            INFO("WAL writes by SQLite: " << gathered << ", handed to the OS: " << issued);
            CHECK(gathered >= 2 * 150);      // a header and a page per frame
            CHECK(issued * 20 <= gathered);  // 120 KiB per write: ~30 frames each
            CHECK(issued >= 1);
#if defined(__linux__)
            // Each gathered write was sent on to the disk at once, ahead of the commit's fsync,
            // unless that fsync is left to another thread (which then starts the write itself).
            CHECK(after.writebacksStarted - before.writebacksStarted
                  == (deferSyncs ? 0 : issued));
#endif

            // While the database is open: another connection sees the whole commit.
            const auto live = readBack(file);
            CHECK(live.rows == 2000);
            CHECK(live.bytes == 2000 * 300);
            CHECK(live.integrity == "ok");
        }
        const auto reopened = readBack(file);
        CHECK(reopened.rows == 2000);
        CHECK(reopened.bytes == 2000 * 300);
        CHECK(reopened.integrity == "ok");
    }
}

TEST_CASE("wal write batching: a transaction larger than the writer's cache spills, rewrites its "
          "own frames and reads them back",
          "[db][wal]")
{
    TempDir dir;
    const auto file = dir / "spill.db";
    db::Database::Options small;
    small.writerCacheKiB = 64; // 16 pages: the transaction below spills to the WAL many times
    {
        db::Database database(file, small);
        database.write([](db::Connection &c) {
            c.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, payload BLOB)");
        });
        const auto inTransaction = database.write([](db::Connection &c) {
            insertRows(c, 3000, 500);
            // Pages already spilled are changed again: SQLite writes their frames anew, in
            // place or further on, and reads them back to do it.
            c.exec("UPDATE t SET payload = randomblob(400) WHERE id % 2 = 0");
            return c.queryInt("SELECT sum(length(payload)) FROM t");
        });
        CHECK(inTransaction == 1500 * 500 + 1500 * 400);

        // A job that fails after writing is rolled back: none of its spilled frames count.
        CHECK_THROWS_AS(database.write([](db::Connection &c) {
            insertRows(c, 3000, 500);
            throw std::runtime_error("changed its mind");
        }),
                        std::runtime_error);
        const auto live = readBack(file);
        CHECK(live.rows == 3000);
        CHECK(live.bytes == 1500 * 500 + 1500 * 400);
        CHECK(live.integrity == "ok");
    }
    const auto reopened = readBack(file);
    CHECK(reopened.rows == 3000);
    CHECK(reopened.bytes == 1500 * 500 + 1500 * 400);
    CHECK(reopened.integrity == "ok");
}

namespace {

std::unique_ptr<db::Connection> openBatching(const std::filesystem::path &file)
{
    auto conn = std::make_unique<db::Connection>(file, db::Connection::Mode::ReadWrite,
                                                 db::Connection::Vfs::WalWriteBatching);
    conn->exec("PRAGMA busy_timeout = 5000; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL");
    return conn;
}

void insertBlobs(db::Connection &c, const std::string &table, int rows)
{
    c.exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
           + std::to_string(rows) + ") INSERT INTO " + table + " (v) SELECT randomblob(3000) FROM n");
}

} // namespace

TEST_CASE("wal write batching: frames of a rolled-back transaction are never written over "
          "another writer's commit",
          "[db][wal]")
{
    TempDir dir;
    const auto file = dir / "two-writers.db";
    {
        auto firstConn = openBatching(file);
        auto secondConn = openBatching(file);
        auto &first = *firstConn;
        auto &second = *secondConn;
        first.exec("CREATE TABLE big (v BLOB); CREATE TABLE paid (id INTEGER PRIMARY KEY, v BLOB)");
        // A small cache, and an empty WAL: the rollback below need not read the WAL back.
        first.exec("PRAGMA cache_size = 5; PRAGMA wal_checkpoint(TRUNCATE)");
        first.exec("BEGIN");
        insertBlobs(first, "big", 15); // spills: frames gathered, not yet written
        first.exec("ROLLBACK");
        // The other writer takes the WAL from the same offset and commits.
        second.exec("BEGIN");
        insertBlobs(second, "paid", 2);
        second.exec("COMMIT");
        // The first connection reads (and, before the fix, wrote its stale frames out first).
        CHECK(first.queryInt("SELECT count(*) FROM big") == 0);
        CHECK(first.queryInt("SELECT count(*) FROM paid") == 2);
        CHECK(integrityOf(file) == "ok");
    }
    db::Connection reopened(file, db::Connection::Mode::ReadOnly);
    CHECK(reopened.queryInt("SELECT count(*) FROM paid") == 2);
    CHECK(integrityOf(file) == "ok");
}

TEST_CASE("wal write batching: a savepoint undone after a spill, and a connection in exclusive "
          "locking mode, leave nothing to be written later",
          "[db][wal]")
{
    TempDir dir;
    const auto file = dir / "modes.db";
    {
        auto firstConn = openBatching(file);
        auto &first = *firstConn;
        first.exec("CREATE TABLE big (v BLOB); CREATE TABLE paid (id INTEGER PRIMARY KEY, v BLOB)");
        first.exec("PRAGMA cache_size = 5");

        // A savepoint undone after its frames were gathered: later frames go to the same
        // offsets, in SQLite's order.
        first.exec("BEGIN; SAVEPOINT s");
        insertBlobs(first, "big", 15);
        first.exec("ROLLBACK TO s; RELEASE s");
        insertBlobs(first, "paid", 1);
        first.exec("COMMIT");
        CHECK(integrityOf(file) == "ok");

        // Exclusive locking mode takes no WAL write lock per transaction: a rolled-back spill
        // there must not be written out after the connection goes back to normal locking and
        // another writer has committed.
        first.exec("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA locking_mode = EXCLUSIVE");
        first.exec("BEGIN");
        insertBlobs(first, "big", 15);
        first.exec("ROLLBACK; PRAGMA locking_mode = NORMAL; BEGIN IMMEDIATE; COMMIT");
        auto secondConn = openBatching(file);
        insertBlobs(*secondConn, "paid", 2);
        first.exec("PRAGMA wal_checkpoint(PASSIVE)"); // reads the first connection's WAL
        CHECK(first.queryInt("SELECT count(*) FROM paid") == 3);
        CHECK(first.queryInt("SELECT count(*) FROM big") == 0);
        CHECK(integrityOf(file) == "ok");
    }
    CHECK(integrityOf(file) == "ok");
    db::Connection reopened(file, db::Connection::Mode::ReadOnly);
    CHECK(reopened.queryInt("SELECT count(*) FROM paid") == 3);
}

#if defined(__unix__)
namespace {

// Makes the unix VFS's next large write fail with ENOSPC (through SQLite's own system-call
// hooks), and puts the real calls back when it goes out of scope.
class FailingDisk {
public:
    FailingDisk() : m_vfs(sqlite3_vfs_find("unix"))
    {
        REQUIRE(m_vfs != nullptr);
        s_pwrite = m_vfs->xGetSystemCall(m_vfs, "pwrite");
        s_pwrite64 = m_vfs->xGetSystemCall(m_vfs, "pwrite64");
        m_vfs->xSetSystemCall(m_vfs, "pwrite", reinterpret_cast<sqlite3_syscall_ptr>(&failingPwrite));
        m_vfs->xSetSystemCall(m_vfs, "pwrite64",
                              reinterpret_cast<sqlite3_syscall_ptr>(&failingPwrite64));
    }
    FailingDisk(const FailingDisk &) = delete;
    FailingDisk &operator=(const FailingDisk &) = delete;
    ~FailingDisk()
    {
        m_vfs->xSetSystemCall(m_vfs, "pwrite", s_pwrite);
        m_vfs->xSetSystemCall(m_vfs, "pwrite64", s_pwrite64);
    }
    void failNextLargeWrite() { s_armed = true; }
    bool failed() const { return !s_armed; }

private:
    using Pwrite = ssize_t (*)(int, const void *, size_t, off_t);
    static ssize_t fail(Pwrite real, int fd, const void *data, size_t size, off_t offset)
    {
        if (s_armed && size > 8192) {
            s_armed = false;
            errno = ENOSPC;
            return -1;
        }
        return real(fd, data, size, offset);
    }
    static ssize_t failingPwrite(int fd, const void *data, size_t size, off_t offset)
    {
        return fail(reinterpret_cast<Pwrite>(s_pwrite), fd, data, size, offset);
    }
    static ssize_t failingPwrite64(int fd, const void *data, size_t size, off_t offset)
    {
        return fail(reinterpret_cast<Pwrite>(s_pwrite64), fd, data, size, offset);
    }

    sqlite3_vfs *m_vfs;
    static inline bool s_armed = false;
    static inline sqlite3_syscall_ptr s_pwrite = nullptr;
    static inline sqlite3_syscall_ptr s_pwrite64 = nullptr;
};

} // namespace

TEST_CASE("wal write batching: a failed write of gathered frames fails the whole transaction, "
          "not one statement",
          "[db][wal]")
{
    TempDir dir;
    const auto file = dir / "enospc.db";
    {
        auto connection = openBatching(file);
        auto &conn = *connection;
        conn.exec("CREATE TABLE paid (id INTEGER PRIMARY KEY, v BLOB); "
                  "CREATE TABLE t2 (v BLOB NOT NULL UNIQUE)");
        conn.exec("PRAGMA cache_size = 5");
        FailingDisk disk;
        conn.exec("BEGIN IMMEDIATE");
        insertBlobs(conn, "paid", 15); // spills: frames gathered
        disk.failNextLargeWrite();
        // Reading the spilled pages back writes the gathered frames first: that write fails.
        CHECK_THROWS_AS(conn.exec("INSERT INTO t2 SELECT v FROM paid"), db::SqliteError);
        CHECK(disk.failed());
        // SQLite rolled the whole transaction back (an I/O error; a full disk would have undone
        // only the statement and let the transaction commit without the lost frames).
        CHECK_FALSE(conn.inTransaction());
        CHECK(conn.queryInt("SELECT count(*) FROM paid") == 0);
        // The disk has room again: the next transaction works.
        conn.exec("INSERT INTO paid (v) VALUES (randomblob(100))");
        CHECK(integrityOf(file) == "ok");
    }
    CHECK(integrityOf(file) == "ok");
    db::Connection reopened(file, db::Connection::Mode::ReadOnly);
    CHECK(reopened.queryInt("SELECT count(*) FROM paid") == 1);
}
#endif
