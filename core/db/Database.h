#pragma once

#include "common/Clock.h"
#include "db/SqliteConnection.h"
#include "db/TransactionQueue.h"
#include "db/WalCheckpointer.h"

#include <filesystem>
#include <memory>
#include <mutex>
#include <utility>

namespace stallcast::db {

// An open Stallcast database file: schema checked and migrated, WAL mode, synchronous=FULL.
// Writes go through the group-committing TransactionQueue (one writer thread per process);
// reads use a separate connection guarded by a mutex (WAL lets them run beside the writer).
// The WAL is copied back into the database file by a WalCheckpointer on a thread of its own.
// Several processes may open the same file: SQLite's locks serialise their writers.
class Database final {
public:
    struct Options {
        std::size_t maxBatch = 4096;
        int busyTimeoutMs = 30000;
        // The writer connection's page cache. Each claim or order inserts into indexes keyed
        // by buyer, comment and claim code, which land on pages all over the file: with
        // SQLite's default 2 MiB most of those pages had to be read back before every insert.
        // Memory is only taken as pages are used (a small shop never fills it).
        int writerCacheKiB = 64 * 1024;
        // The writer's commits leave their fsync to the thread that tells callers "committed"
        // (db/TransactionQueue.h), so the writer runs the next batch while the disk flushes the
        // last; every caller is still told only once its commit is durable. Off: each COMMIT
        // fsyncs before it returns, on the writer thread. Linux only (elsewhere it is off).
        bool deferCommitSyncs = true;
        WalCheckpointer::Options checkpoints{};
        Clock clock = systemClock();
    };

    explicit Database(std::filesystem::path path);
    Database(std::filesystem::path path, Options options);
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    const std::filesystem::path &path() const { return m_path; }
    const Clock &clock() const { return m_options.clock; }
    std::int64_t nowMs() const { return m_options.clock(); }

    TransactionQueue &writer() { return *m_writer; }
    WalCheckpointer::Stats checkpointStats() const { return m_checkpointer->stats(); }

    // Runs fn(Connection&) on the writer thread inside a durable transaction; returns its result.
    template <typename F>
    auto write(F &&fn)
    {
        return m_writer->run(std::forward<F>(fn));
    }

    // Runs fn(Connection&) on the read connection, in a read transaction (one snapshot). fn
    // must not wait for a write to be committed: the writer's delivery thread may need the
    // read connection's lock when a sync fails.
    template <typename F>
    auto read(F &&fn)
    {
        std::lock_guard lock(m_readMutex);
        ReadSnapshot snapshot(*m_reader);
        return fn(*m_reader);
    }

    // Opens a connection configured like the others (for tools that need their own).
    static std::unique_ptr<Connection> openConnection(const std::filesystem::path &path,
                                                      int busyTimeoutMs);

private:
    struct ReadSnapshot {
        explicit ReadSnapshot(Connection &c);
        ~ReadSnapshot();
        Connection &conn;
    };

    std::filesystem::path m_path;
    Options m_options;
    std::unique_ptr<Connection> m_reader;
    std::mutex m_readMutex;
    std::unique_ptr<WalCheckpointer> m_checkpointer; // outlives the writer: its hook calls it
    std::unique_ptr<TransactionQueue> m_writer;
};

} // namespace stallcast::db
