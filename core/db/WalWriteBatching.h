#pragma once

#include <cstdint>
#include <memory>

namespace stallcast::db {

// An SQLite VFS over the platform's own that gathers the writes SQLite makes to a WAL file and
// hands them to the operating system in writes of up to 120 KiB.
//
// Why: SQLite appends a commit to the WAL frame by frame, a 24-byte header and then the page,
// each with its own write() call: two system calls per page, ~300 for a group commit of 30
// orders, each taking the file's locks and touching two page-cache pages because frames do not
// line up with them. Gathered, it is about five pwrite() calls.
//
// What stays the same: what SQLite wrote, in its order. The gathered bytes go to the file
// before every sync of the WAL, and with synchronous=FULL (or EXTRA) SQLite syncs the WAL at
// every commit, before the WAL index publishes the commit to other connections: so a commit's
// frames are in the file before COMMIT returns, and nobody can look for them earlier. They also
// go out before the file is read, sized, truncated or controlled, and before any write that is
// not contiguous with them. Each sync is SQLite's own, made at once, unless the connection
// asked to defer its commits' syncs (deferCommitSyncs, below).
//
// On Linux each gathered write is followed by a request to start writing it to disk
// (sync_file_range with SYNC_FILE_RANGE_WRITE on the WAL's second descriptor,
// db/WalDescriptor.h, which does not wait): the first frames of a large commit are on their way
// while SQLite prepares the rest, and the fsync that ends the commit has less to wait for. It is
// a hint, not a sync; the fsync is what makes the commit durable.
//
// What a rolled-back transaction had gathered is dropped when its write lock is released
// (the database file's WAL-index lock 0) and at close, never written later: by then another
// writer may own those offsets. A failed write of gathered bytes is reported as an I/O error
// (SQLite then rolls back the whole transaction; a "disk full" would undo only the statement)
// and every later operation on that WAL fails until the transaction has ended. While the
// database file is locked EXCLUSIVE (locking_mode=EXCLUSIVE, where SQLite takes no WAL write
// lock per transaction) nothing is gathered.
//
// Only for connections that commit with synchronous=FULL or EXTRA (Database sets FULL on each
// of its connections): with NORMAL or OFF a commit is published without a sync, and its
// gathered frames would be dropped with the write lock.
inline constexpr const char *kWalWriteBatchingVfs = "stallcast-wal-batching";

class Connection;
class WalDescriptor;

// Registers the VFS (once, thread-safe; not as the default). Throws if SQLite refuses.
void registerWalWriteBatching();

// Lets `conn`'s commits return before their WAL is synced: the fsync becomes a debt its caller
// pays with takeOwedSync(conn)->sync() before it tells anybody "committed". The group-commit
// writer does this (db/TransactionQueue.h) so that it can run the next batch while the disk
// flushes the last one: the fsync that took a fifth of its cycle now overlaps with work.
//
// Only a commit's own sync is deferred (inside a write transaction, the WAL-index write lock
// held); these stay SQLite's, at once, on its own descriptor:
// - the sync of a WAL header just written (when the WAL starts or restarts), which must reach
//   the disk before any frame after it;
// - every sync inside a checkpoint (the checkpoint lock held), which must find the WAL durable
//   before it copies frames into the database file.
// Between the COMMIT and the deferred sync the commit is visible to other connections of the
// process but not yet durable, as with synchronous=NORMAL: a power cut in that window loses it,
// and nobody has been told it was committed. SQLite documents WAL with NORMAL as safe from
// corruption; this is NORMAL plus an fsync before every acknowledgement, so it is as durable as
// FULL for everything acknowledged.
//
// Linux only (other platforms have no second descriptor: every sync stays SQLite's). Throws
// SqliteError if `conn` is not on this VFS. Call on the thread that uses `conn`.
void deferCommitSyncs(Connection &conn);

// The sync that `conn`'s commits since the last call owe, or null when they owe none (each
// commit's sync was SQLite's, or `conn` is not on this VFS or does not defer). Syncing the
// WAL covers every commit before it. Call on the thread that uses `conn`.
std::shared_ptr<WalDescriptor> takeOwedSync(Connection &conn);

// Tests only: the next sync of `conn`'s WAL through its second descriptor fails as if the disk
// had reported EIO (WalDescriptor::failNextSyncForTesting). Throws if it has none (yet: it is
// opened with the first write to the WAL).
void failNextDeferredSyncForTesting(Connection &conn);

// Process-wide counts since start, for tests and diagnostics.
struct WalWriteBatchingStats {
    std::uint64_t writesGathered = 0; // WAL writes SQLite made
    std::uint64_t writesIssued = 0;   // writes handed to the operating system for them
    std::uint64_t writebacksStarted = 0; // of those, the ones whose write to disk was started
                                         // at once (Linux only)
    std::uint64_t commitSyncsDeferred = 0; // commit syncs left to takeOwedSync's caller
    std::uint64_t walSyncsBySqlite = 0;   // syncs of a gathering WAL SQLite made itself
};
WalWriteBatchingStats walWriteBatchingStats();

} // namespace stallcast::db
