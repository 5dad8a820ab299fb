#include "TestFramework.h"

#include "TempDir.h"
#include "ThrownMessage.h"

#include "db/Database.h"
#include "db/WalDescriptor.h"
#include "db/WalWriteBatching.h"

#include <sqlite3.h>

#include <atomic>
#include <filesystem>
#include <future>
#include <memory>
#include <string>
#include <vector>

#if defined(__linux__) // elsewhere the VFS has no second descriptor and never defers a sync

using namespace stallcast;
using stallcast::test::TempDir;
using stallcast::test::contains;
using stallcast::test::thrownMessage;

namespace {

std::int64_t rowsIn(const std::filesystem::path &file)
{
    db::Connection plain(file, db::Connection::Mode::ReadOnly);
    return plain.queryInt("SELECT count(*) FROM t");
}

// A connection like Database's writer: on the batching VFS, WAL, synchronous=FULL.
std::unique_ptr<db::Connection> writerConnection(const std::filesystem::path &file)
{
    auto conn = std::make_unique<db::Connection>(file, db::Connection::Mode::ReadWrite,
                                                 db::Connection::Vfs::WalWriteBatching);
    conn->exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;");
    conn->exec("CREATE TABLE IF NOT EXISTS t (v INTEGER)");
    return conn;
}

struct SyncCounts {
    std::uint64_t deferred = 0;
    std::uint64_t bySqlite = 0;
};

SyncCounts countsSince(const db::WalWriteBatchingStats &before)
{
    const auto now = db::walWriteBatchingStats();
    return {now.commitSyncsDeferred - before.commitSyncsDeferred,
            now.walSyncsBySqlite - before.walSyncsBySqlite};
}

} // namespace

TEST_CASE("deferred commit syncs: a commit's sync is owed to the caller, while a new WAL "
          "header and a checkpoint are synced by SQLite at once",
          "[db][wal]")
{
    TempDir dir;
    const auto file = dir / "owed.db";
    auto conn = writerConnection(file);
    conn->exec("INSERT INTO t VALUES (0)"); // the WAL exists, its header is synced
    REQUIRE(db::takeOwedSync(*conn) == nullptr); // nothing deferred yet

    db::deferCommitSyncs(*conn);
    auto before = db::walWriteBatchingStats();
    conn->exec("INSERT INTO t VALUES (1)");
    auto counts = countsSince(before);
    CHECK(counts.deferred == 1);
    CHECK(counts.bySqlite == 0);
    const auto owed = db::takeOwedSync(*conn);
    REQUIRE(owed != nullptr);
    CHECK(db::takeOwedSync(*conn) == nullptr); // taken once
    const auto syncsBefore = owed->syncs();
    owed->sync();
    CHECK(owed->syncs() == syncsBefore + 1);

    // A checkpoint that rewinds the WAL holds the write lock too, but its sync of the WAL
    // (before it copies frames into the database file) must happen at once.
    before = db::walWriteBatchingStats();
    conn->exec("PRAGMA wal_checkpoint(TRUNCATE)");
    counts = countsSince(before);
    CHECK(counts.deferred == 0);
    CHECK(counts.bySqlite >= 1);
    CHECK(db::takeOwedSync(*conn) == nullptr);

    // The first commit after the rewind writes a new WAL header: SQLite syncs that before any
    // frame; the commit's own sync is owed again.
    before = db::walWriteBatchingStats();
    conn->exec("INSERT INTO t VALUES (2)");
    counts = countsSince(before);
    CHECK(counts.bySqlite == 1);
    CHECK(counts.deferred == 1);
    REQUIRE(db::takeOwedSync(*conn) != nullptr);

    // Another connection sees the commits (they are published, as with synchronous=NORMAL).
    CHECK(rowsIn(file) == 3);
}

TEST_CASE("deferred commit syncs: a connection that did not ask syncs every commit itself",
          "[db][wal]")
{
    TempDir dir;
    const auto file = dir / "plain.db";
    auto conn = writerConnection(file);
    conn->exec("INSERT INTO t VALUES (0)");
    const auto before = db::walWriteBatchingStats();
    conn->exec("INSERT INTO t VALUES (1)");
    const auto counts = countsSince(before);
    CHECK(counts.deferred == 0);
    CHECK(counts.bySqlite == 1);
    CHECK(db::takeOwedSync(*conn) == nullptr);

    // A connection on SQLite's own VFS cannot defer, and says so.
    db::Connection platform(dir / "other.db");
    const auto message = thrownMessage<db::SqliteError>([&] { db::deferCommitSyncs(platform); });
    CHECK(contains(message, "cannot defer commit syncs"));
}

TEST_CASE("deferred commit syncs: the writer's callers hear \"committed\" only after the delivery "
          "thread synced the WAL, one sync for many commits",
          "[db][wal][groupcommit]")
{
    TempDir dir;
    const auto file = dir / "queue.db";
    db::Database database(file);
    database.write([](db::Connection &c) { c.exec("CREATE TABLE t (v INTEGER)"); });
    auto &writer = database.writer();
    const auto before = db::walWriteBatchingStats();
    const auto commits0 = writer.commits();
    const auto syncs0 = writer.syncs();
    const auto fdatasyncs0 = db::WalDescriptor::syncsInProcess();
    std::vector<std::future<void>> placed;
    for (int round = 0; round < 20; ++round) {
        for (int i = 0; i < 50; ++i)
            placed.push_back(writer.submit([i](db::Connection &c) {
                c.prepare("INSERT INTO t VALUES (?1)").bind(1, i).run();
            }));
    }
    for (auto &p : placed)
        p.get();
    const auto counts = countsSince(before);
    const auto commits = writer.commits() - commits0;
    const auto syncs = writer.syncs() - syncs0;
    INFO(commits << " commits, " << syncs << " syncs, " << counts.deferred << " deferred");
    CHECK(counts.deferred >= 1);
    CHECK(syncs >= 1);
    CHECK(syncs <= commits);
    // Every sync it counts was an fdatasync of the WAL through the second descriptor, made
    // before the last future above was fulfilled.
    CHECK(db::WalDescriptor::syncsInProcess() - fdatasyncs0 == syncs);
    CHECK(rowsIn(file) == 1000);
}

TEST_CASE("deferred commit syncs: when the sync fails nobody in the batch hears \"committed\", "
          "and nothing is written until the database is opened again",
          "[db][wal][groupcommit]")
{
    TempDir dir;
    const auto file = dir / "failing.db";
    {
        db::Database database(file);
        database.write([](db::Connection &c) {
            c.exec("CREATE TABLE t (v INTEGER)");
            c.exec("INSERT INTO t VALUES (1)");
        });
        auto doomed = database.writer().submit([](db::Connection &c) {
            db::failNextDeferredSyncForTesting(c);
            c.exec("INSERT INTO t VALUES (2)");
        });
        const auto message = thrownMessage<db::SqliteError>([&] { doomed.get(); });
        CHECK(contains(message, "the disk did not confirm the write-ahead log was saved"));

        std::atomic<bool> ran{false};
        auto later = database.writer().submit([&ran](db::Connection &c) {
            ran = true;
            c.exec("INSERT INTO t VALUES (3)");
        });
        try {
            later.get();
            FAIL("a write after a failed sync was reported committed");
        } catch (const db::SqliteError &e) {
            CHECK(e.code() == SQLITE_IOERR_FSYNC);
        }
        CHECK_FALSE(ran);
    }
    // Closed after the failure, the WAL was not copied into the database file (the frames
    // whose sync failed may be lost on the disk): it is left for SQLite's recovery.
    const auto wal = std::filesystem::path(file.string() + "-wal");
    REQUIRE(std::filesystem::exists(wal));
    CHECK(std::filesystem::file_size(wal) > 0);
    // Opened again (as after a restart), the database takes writes; the row whose sync failed
    // may or may not be there (here, with the page cache intact, it is), the refused one is not.
    db::Database reopened(file);
    reopened.write([](db::Connection &c) { c.exec("INSERT INTO t VALUES (4)"); });
    CHECK(reopened.read([](db::Connection &c) {
        return c.queryInt("SELECT count(*) FROM t WHERE v = 3");
    }) == 0);
    CHECK(reopened.read([](db::Connection &c) {
        return c.queryInt("SELECT count(*) FROM t WHERE v IN (1, 4)");
    }) == 2);
}

#endif
