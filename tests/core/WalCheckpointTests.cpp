#include "TestFramework.h"

#include "TempDir.h"

#include "db/Database.h"
#include "db/WalCheckpointer.h"

#include <sqlite3.h>

#include <chrono>
#include <filesystem>
#include <future>
#include <string>
#include <thread>
#include <vector>

using namespace stallcast;
using stallcast::test::TempDir;

namespace {

// Writes `batches` transactions of `rowsPerBatch` rows with 1 KiB of payload each, one batch at
// a time, and returns the largest WAL file size seen after a batch.
std::uintmax_t writeBatches(db::Database &database, const std::filesystem::path &wal,
                            int batches, int rowsPerBatch)
{
    std::uintmax_t largest = 0;
    for (int b = 0; b < batches; ++b) {
        database.write([&](db::Connection &c) {
            auto &stmt = c.prepare("INSERT INTO t (batch, payload) VALUES (?1, randomblob(1024))");
            for (int r = 0; r < rowsPerBatch; ++r)
                stmt.bind(1, std::int64_t{b}).run();
        });
        largest = std::max(largest, std::filesystem::file_size(wal));
    }
    return largest;
}

void createTable(db::Database &database)
{
    database.write([](db::Connection &c) {
        c.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, batch INTEGER, payload BLOB)");
    });
}

// Submits `rows` one-row jobs at once (the writer group-commits them) and waits for them all.
void floodRows(db::Database &database, int rows, int payloadBytes)
{
    std::vector<std::future<void>> done;
    for (int i = 0; i < rows; ++i)
        done.push_back(database.writer().submit([i, payloadBytes](db::Connection &c) {
            c.prepare("INSERT INTO t (batch, payload) VALUES (?1, randomblob(?2))")
                .bind(1, std::int64_t{i})
                .bind(2, std::int64_t{payloadBytes})
                .run();
        }));
    for (auto &f : done)
        f.get();
}

db::Database::Options smallWal(int startFrames, int writerFrames)
{
    db::Database::Options options;
    options.checkpoints.startFrames = startFrames;
    options.checkpoints.writerFrames = writerFrames;
    return options;
}

} // namespace

TEST_CASE("wal checkpoints: the background thread copies the WAL back, the writer never has to",
          "[db][checkpoint]")
{
    TempDir dir;
    const auto file = dir / "ckpt.db";
    db::Database database(file, smallWal(50, 100'000));
    createTable(database);
    const auto sizeBefore = std::filesystem::file_size(file);
    writeBatches(database, file.string() + "-wal", 60, 20); // ~20 pages per batch
    // Give the background thread a moment to finish the checkpoint it was woken for.
    for (int i = 0; i < 200 && database.checkpointStats().background == 0; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    const auto stats = database.checkpointStats();
    CHECK(stats.background > 0);
    CHECK(stats.byWriter == 0);
    // Everything committed is readable, and the database file itself grew by the pages copied
    // (a checkpoint starts at 50 pages).
    CHECK(database.read([](db::Connection &c) { return c.queryInt("SELECT count(*) FROM t"); })
          == 60 * 20);
    CHECK(std::filesystem::file_size(file) >= sizeBefore + 50 * 4096);
}

TEST_CASE("wal checkpoints: past writerFrames the writer checkpoints and the WAL starts over, "
          "so it stays bounded", "[db][checkpoint]")
{
    TempDir dir;
    const auto file = dir / "bounded.db";
    const int writerFrames = 200;
    db::Database database(file, smallWal(50, writerFrames));
    createTable(database);
    // ~4,000 pages written in all: twenty times the bound.
    const auto largest = writeBatches(database, file.string() + "-wal", 200, 20);
    const auto stats = database.checkpointStats();
    INFO("largest WAL " << largest << " bytes; background " << stats.background << ", writer "
                        << stats.byWriter << ", most pages " << stats.largestWal);
    CHECK(stats.background + stats.byWriter > 0);
    // The WAL file is rewound, not grown: at most the bound plus one batch and slack for the
    // checkpoint that was running when the bound was crossed (4 KiB pages + frame headers).
    CHECK(largest < static_cast<std::uintmax_t>(writerFrames + 200) * 4200);
    CHECK(stats.largestWal < writerFrames + 200);
    CHECK(database.read([](db::Connection &c) { return c.queryInt("SELECT count(*) FROM t"); })
          == 200 * 20);
}

TEST_CASE("wal checkpoints: close to writerFrames the background thread catches up, so the "
          "writer's own checkpoint copies only the last batches", "[db][checkpoint]")
{
    const db::WalCheckpointer::Options o; // 4,000 / 8,192, catching up from 7,192
    using db::WalCheckpointer;
    CHECK_FALSE(WalCheckpointer::backgroundDue(3'999, 0, o)); // too short yet
    CHECK(WalCheckpointer::backgroundDue(4'000, 0, o));
    CHECK_FALSE(WalCheckpointer::backgroundDue(4'140, 4'000, o)); // just copied
    CHECK_FALSE(WalCheckpointer::backgroundDue(7'191, 4'000, o));
    // Grown by less than startFrames, but close to the writer's turn: without this the writer
    // would copy the ~4,000 pages since the last background checkpoint itself.
    CHECK(WalCheckpointer::backgroundDue(7'250, 4'000, o));
    CHECK_FALSE(WalCheckpointer::backgroundDue(7'400, 7'250, o)); // caught up
    CHECK(WalCheckpointer::backgroundDue(8'000, 3'999, o));       // grown by startFrames
    CHECK_FALSE(WalCheckpointer::backgroundDue(8'192, 0, o));     // the writer's turn
    // Small settings as the other tests use them: a margin wider than the gap changes nothing.
    db::WalCheckpointer::Options small;
    small.startFrames = 50;
    small.writerFrames = 300;
    CHECK_FALSE(WalCheckpointer::backgroundDue(60, 50, small));
    CHECK(WalCheckpointer::backgroundDue(100, 50, small));
}

TEST_CASE("wal checkpoints: a reopened database has every committed row after background "
          "checkpoints", "[db][checkpoint]")
{
    TempDir dir;
    const auto file = dir / "reopen.db";
    {
        db::Database database(file, smallWal(20, 100));
        createTable(database);
        // Concurrent writers: many small transactions group-committed while checkpoints run.
        floodRows(database, 2'000, 600);
    }
    db::Database reopened(file);
    CHECK(reopened.read([](db::Connection &c) { return c.queryInt("SELECT count(*) FROM t"); })
          == 2'000);
    CHECK(reopened.read([](db::Connection &c) {
        return c.queryInt("SELECT count(DISTINCT batch) FROM t");
    }) == 2'000);
    CHECK(reopened.read([](db::Connection &c) {
        auto &s = c.prepare("PRAGMA integrity_check");
        s.step();
        auto r = s.columnText(0);
        s.reset();
        return r;
    }) == "ok");
}

namespace {

// Floods a database whose WAL the writer rewinds at 300 pages with ~6,000 pages in commits of
// at most 40 rows, and checks that the WAL never held `allowedPastWriterFrames` more pages
// than that, plus three batches (a batch is at most 40 rows of one page each, plus index
// pages).
void checkFloodRewinds(bool deferCommitSyncs, int allowedPastWriterFrames)
{
    TempDir dir;
    const auto file = dir / "flood.db";
    const int writerFrames = 300;
    auto options = smallWal(50, writerFrames);
    options.maxBatch = 40; // many small commits, the writer never idle
    options.deferCommitSyncs = deferCommitSyncs;
    db::Database database(file, options);
    createTable(database);
    floodRows(database, 6'000, 3'000);
    const auto stats = database.checkpointStats();
    INFO("background " << stats.background << ", writer " << stats.byWriter << ", most pages "
                       << stats.largestWal);
    CHECK(stats.byWriter > 0);
    const int bound = writerFrames + allowedPastWriterFrames + 3 * 60;
    CHECK(stats.largestWal < bound);
    CHECK(std::filesystem::file_size(file.string() + "-wal")
          < static_cast<std::uintmax_t>(bound) * 4200);
}

} // namespace

TEST_CASE("wal checkpoints: under a flood of writes the WAL still rewinds, by 2 x writerFrames at "
          "the latest",
          "[db][checkpoint]")
{
    // Each commit waiting for its own fsync paces the writer like a disk does, and the WAL
    // then ends a few batches past writerFrames; but a preempted checkpoint thread or a fast
    // disk lets it grow further. What holds whatever the timing: at 2 x writerFrames the
    // writer waits for a running background checkpoint and rewinds.
    checkFloodRewinds(false, 300);
    // The default: the fsync is left to the delivery thread and the writer commits at CPU
    // speed, past writerFrames while a background checkpoint (with its own fsync of the
    // database file) finishes.
    checkFloodRewinds(true, 300);
}

TEST_CASE("wal checkpoints: an I/O error stops checkpointing, a busy or locked database does not",
          "[db][checkpoint]")
{
    // After an I/O error (a failed fsync of the WAL) a retry would find the fsync "succeeding"
    // and copy frames the disk may have lost; busy means another checkpoint runs.
    CHECK(db::WalCheckpointer::isIoError(SQLITE_IOERR));
    CHECK(db::WalCheckpointer::isIoError(SQLITE_IOERR_FSYNC));
    CHECK(db::WalCheckpointer::isIoError(SQLITE_IOERR_WRITE));
    CHECK_FALSE(db::WalCheckpointer::isIoError(SQLITE_OK));
    CHECK_FALSE(db::WalCheckpointer::isIoError(SQLITE_BUSY));
    CHECK_FALSE(db::WalCheckpointer::isIoError(SQLITE_LOCKED));
}
