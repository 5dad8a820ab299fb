#include "db/WalCheckpointer.h"

#include <sqlite3.h>

#include <algorithm>
#include <chrono>

namespace stallcast::db {

WalCheckpointer::WalCheckpointer(std::unique_ptr<Connection> own, Options options)
    : m_conn(std::move(own)), m_options(options)
{
    m_options.startFrames = std::max(1, m_options.startFrames);
    m_options.writerFrames = std::max(m_options.startFrames, m_options.writerFrames);
    m_options.catchUpFrames = std::max(0, m_options.catchUpFrames);
    m_thread = std::thread([this] { loop(); });
}

WalCheckpointer::~WalCheckpointer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    if (m_halted)
        sqlite3_db_config(m_conn->handle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
}

bool WalCheckpointer::isIoError(int rc)
{
    return (rc & 0xff) == SQLITE_IOERR;
}

void WalCheckpointer::haltAfterIoError()
{
    // An I/O error, most likely the fsync of the WAL before copying: Linux reports a failed
    // write-back once per descriptor, so a second attempt would find the fsync "succeeding"
    // and copy frames whose pages the disk may have lost into the database file. The owed
    // sync of the writer's batches (its own descriptor) still reports the error to them.
    halt();
}

void WalCheckpointer::halt()
{
    {
        std::lock_guard lock(m_mutex);
        m_halted = true;
    }
    m_wake.notify_all();
}

void WalCheckpointer::install(Connection &writer)
{
    sqlite3_wal_hook(writer.handle(), &WalCheckpointer::onCommit, this);
}

WalCheckpointer::Stats WalCheckpointer::stats() const
{
    std::lock_guard lock(m_mutex);
    return m_stats;
}

// On the writer thread, after each commit (the write lock is released by then), with the
// number of pages now in the WAL. Never throws: it runs inside SQLite's COMMIT.
int WalCheckpointer::onCommit(void *self, sqlite3 *db, const char *schema, int frames) noexcept
{
    auto &me = *static_cast<WalCheckpointer *>(self);
    try {
        bool writerRuns = false;
        bool wake = false;
        {
            std::lock_guard lock(me.m_mutex);
            if (me.m_halted)
                return SQLITE_OK;
            if (frames < me.m_walFrames) { // the WAL was rewound: it is all new
                me.m_copiedUpTo = 0;
                ++me.m_rewinds;
            }
            me.m_walFrames = frames;
            me.m_stats.largestWal = std::max(me.m_stats.largestWal, frames);
            writerRuns = frames >= me.m_options.writerFrames;
            wake = me.backgroundDue();
        }
        if (writerRuns)
            me.checkpointAsWriter(db, schema, frames);
        else if (wake)
            me.m_wake.notify_one();
    } catch (...) {
        // A checkpoint that does not happen now happens after a later commit; the commit
        // itself is done (and its frames are in the WAL).
    }
    return SQLITE_OK;
}

bool WalCheckpointer::backgroundDue(int frames, int copiedUpTo, const Options &options)
{
    if (frames < options.startFrames || frames >= options.writerFrames)
        return false; // too short yet, or the writer's turn
    if (frames - copiedUpTo >= options.startFrames)
        return true;
    // Close to the writer's turn: copy what has piled up, so the writer finds only the last
    // batches left.
    const int catchUpFrom = options.writerFrames - options.catchUpFrames;
    return frames >= catchUpFrom && copiedUpTo < catchUpFrom;
}

void WalCheckpointer::checkpointAsWriter(sqlite3 *db, const char *schema, int frames)
{
    int walPages = 0;
    int copied = 0;
    // Only one checkpoint runs at a time (SQLite's checkpoint lock), and a PASSIVE one does not
    // wait for another but fails with SQLITE_BUSY. The background thread starts none while the
    // WAL is this long, so after the one it may be running now, the next commit's attempt gets
    // through (waiting for it here would stall the writer for the whole copy). Also BUSY when
    // another process is checkpointing. Any other failure leaves the pages in the WAL, where
    // they are durable.
    int rc = sqlite3_wal_checkpoint_v2(db, schema, SQLITE_CHECKPOINT_PASSIVE, &walPages, &copied);
    if (rc == SQLITE_BUSY && frames >= 2 * m_options.writerFrames) {
        // The WAL has grown by writerFrames more while the background checkpoint ran (a
        // writer whose commits do not wait for their fsync outruns a slow disk): wait for it
        // to end, then rewind. SQLite never waits for the checkpoint lock itself.
        std::unique_lock lock(m_mutex);
        const bool ended = m_wake.wait_for(lock, std::chrono::seconds(10), [this] {
            return !m_backgroundRunning || m_halted;
        });
        const bool halted = m_halted;
        lock.unlock();
        if (ended && !halted)
            rc = sqlite3_wal_checkpoint_v2(db, schema, SQLITE_CHECKPOINT_PASSIVE, &walPages,
                                           &copied);
    }
    if (isIoError(rc)) {
        haltAfterIoError();
        return;
    }
    if (rc == SQLITE_OK) {
        std::lock_guard lock(m_mutex);
        ++m_stats.byWriter;
        m_stats.mostLeftToWriter = std::max(m_stats.mostLeftToWriter, frames - m_copiedUpTo);
        m_copiedUpTo = std::max(m_copiedUpTo, frames);
    }
}

void WalCheckpointer::loop()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stopping || (!m_halted && backgroundDue()); });
        if (m_stopping)
            return;
        const int from = m_walFrames;
        const unsigned rewinds = m_rewinds;
        m_backgroundRunning = true;
        lock.unlock();
        int walPages = 0;
        int copied = 0;
        const int rc = sqlite3_wal_checkpoint_v2(m_conn->handle(), nullptr,
                                                 SQLITE_CHECKPOINT_PASSIVE, &walPages, &copied);
        lock.lock();
        m_backgroundRunning = false;
        m_wake.notify_all(); // a writer may wait for this checkpoint to end
        if (isIoError(rc)) {
            m_halted = true; // see haltAfterIoError
            m_wake.notify_all();
        } else if (rc == SQLITE_OK) {
            ++m_stats.background;
            if (rewinds == m_rewinds) // else `from` counted pages of the WAL before it rewound
                m_copiedUpTo = std::max(m_copiedUpTo, from);
        } else {
            // Busy (another process checkpointing) or failing: the pages stay in the WAL,
            // where they are durable. Try again a little later rather than at once.
            m_wake.wait_for(lock, std::chrono::milliseconds(50), [this] { return m_stopping; });
        }
    }
}

} // namespace stallcast::db
