#include "TestFramework.h"

#include "TempDir.h"

#include "db/Database.h"

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

TEST_CASE("wal checkpoints: under a flood of writes the WAL still rewinds at writerFrames",
          "[db][checkpoint]")
{
    TempDir dir;
    const auto file = dir / "flood.db";
    const int writerFrames = 300;
    auto options = smallWal(50, writerFrames);
    options.maxBatch = 40; // many small commits, the writer never idle
    db::Database database(file, options);
    createTable(database);
    floodRows(database, 6'000, 3'000);
    const auto stats = database.checkpointStats();
    INFO("background " << stats.background << ", writer " << stats.byWriter << ", most pages "
                       << stats.largestWal);
    CHECK(stats.byWriter > 0);
    // ~6,000 pages written; a batch is at most 40 rows of one page each (plus index pages).
    CHECK(stats.largestWal < writerFrames + 3 * 60);
    CHECK(std::filesystem::file_size(file.string() + "-wal")
          < static_cast<std::uintmax_t>(writerFrames + 3 * 60) * 4200);
}
