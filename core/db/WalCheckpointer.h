#pragma once

#include "db/SqliteConnection.h"

#include <condition_variable>
#include <cstddef>
#include <memory>
#include <mutex>
#include <thread>

namespace stallcast::db {

// Copies the write-ahead log back into the database file on its own thread and connection.
//
// SQLite's automatic checkpoint runs inside the COMMIT that takes the WAL past 1,000 pages, on
// the committing thread: for the group-committing writer that meant reading those pages back,
// writing them into the database file and fsyncing it between two batches, about a fifth of the
// writer's time under load. Installed as the writer connection's WAL hook instead, this class
// wakes its own thread, which runs PASSIVE checkpoints (they never block the writer or readers)
// while the writer goes on with the next batch. Durability does not change: nobody hears
// "committed" before the WAL holding the commit is fsynced (db/TransactionQueue.h), and each
// checkpoint fsyncs the WAL before it copies and the database file it wrote.
//
// A checkpoint running beside a busy writer never quite catches up, and SQLite only rewinds the
// WAL to its start once everything in it has been copied. So when the WAL passes
// Options::writerFrames pages the background thread stands aside and the writer runs one PASSIVE
// checkpoint itself, right after its commit (if a background checkpoint is still running, the
// commit after it), and the next write starts the WAL from the beginning again. That bounds the
// WAL file at about writerFrames pages plus what the writer commits while a background
// checkpoint it found running finishes: a few batches when each commit waits for its fsync,
// more when the writer leaves its fsyncs to the delivery thread (Database::Options::
// deferCommitSyncs) and commits at the speed of its CPU. At twice writerFrames the writer waits
// for that checkpoint to end and then runs its own, whatever the disk's speed: the WAL never
// holds much more than 2 x writerFrames pages. So that the writer's checkpoint has
// only the last batches to copy, the background thread runs one more checkpoint once the WAL is
// within Options::catchUpFrames of writerFrames, whenever it last ran.
class WalCheckpointer final {
public:
    struct Options {
        // The WAL length (pages) from which the background thread checkpoints, and how much
        // the WAL must have grown since its last checkpoint before it runs another. SQLite's
        // own automatic checkpoint uses 1,000. A checkpoint copies each page once however
        // often it was rewritten since the last one, and a busy writer rewrites the same pages
        // commit after commit (product rows, index interior pages, the last leaf of each
        // table): at 4,000 the webhooks bench's checkpoints wrote half as many pages as at
        // 1,000 (docs/BENCHMARKS.md). The WAL's bound is writerFrames either way.
        int startFrames = 4000;
        // The WAL length from which the writer checkpoints itself, to rewind the WAL.
        int writerFrames = 8192;
        // From writerFrames - catchUpFrames on, the background thread checkpoints once more
        // if it has not since that point. Without it, a WAL grown by less than startFrames
        // since the last background checkpoint would be left to the writer: up to 4,000 pages
        // copied on the writer thread between two commits.
        int catchUpFrames = 1000;
    };

    struct Stats {
        std::size_t background = 0; // checkpoints run by the background thread
        std::size_t byWriter = 0;   // checkpoints the writer ran itself
        int largestWal = 0;         // the most pages the WAL held after a commit
        int mostLeftToWriter = 0;   // the most pages a writer's checkpoint found not yet
                                    // copied by the background thread
    };

    // `own` is a connection to the same database, used only by the background thread.
    WalCheckpointer(std::unique_ptr<Connection> own, Options options);
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;
    // Stops the thread (a checkpoint in progress finishes first). Uninstall or close the writer
    // connection before this object goes.
    ~WalCheckpointer();

    // Makes `writer` report its commits here (replaces SQLite's automatic checkpoint on it).
    void install(Connection &writer);

    Stats stats() const;

    // No checkpoint starts any more, by the thread or by the writer, and this object's
    // connection will not checkpoint when it closes. For a WAL that may hold frames whose
    // pages the kernel dropped (a failed fsync): copying them into the database file would
    // make the loss permanent, while SQLite's recovery at the next open reads what the disk
    // holds. Thread-safe.
    void halt();
    // Whether a checkpoint's result is an I/O error: the checkpointer then halts itself.
    static bool isIoError(int rc);

    // Whether the background thread checkpoints a WAL of `frames` pages of which it copied
    // `copiedUpTo` last time (0 after the WAL rewound): once it holds startFrames pages and has
    // grown by startFrames since, or once it is within catchUpFrames of writerFrames and was
    // not copied since that point; never from writerFrames on (the writer's turn).
    static bool backgroundDue(int frames, int copiedUpTo, const Options &options);

private:
    static int onCommit(void *self, struct sqlite3 *db, const char *schema, int frames) noexcept;
    void checkpointAsWriter(struct sqlite3 *db, const char *schema, int frames);
    void haltAfterIoError();
    bool backgroundDue() const { return backgroundDue(m_walFrames, m_copiedUpTo, m_options); }
    void loop();

    std::unique_ptr<Connection> m_conn;
    Options m_options;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    int m_walFrames = 0;     // pages in the WAL after the writer's last commit
    int m_copiedUpTo = 0;    // the WAL length the last background checkpoint started from
    unsigned m_rewinds = 0;  // times the WAL was seen starting over
    bool m_stopping = false;
    bool m_halted = false;
    bool m_backgroundRunning = false; // the thread is inside a checkpoint
    Stats m_stats;
    std::thread m_thread;
};

} // namespace stallcast::db
