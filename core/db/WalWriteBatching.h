#pragma once

#include <cstdint>

namespace stallcast::db {

// An SQLite VFS over the platform's own that gathers the writes SQLite makes to a WAL file and
// hands them to the operating system in writes of up to 120 KiB.
//
// Why: SQLite appends a commit to the WAL frame by frame, a 24-byte header and then the page,
// each with its own write() call: two system calls per page, ~300 for a group commit of 30
// orders, each taking the file's locks and touching two page-cache pages because frames do not
// line up with them. Gathered, it is about five pwrite() calls.
//
// What stays the same: SQLite's durability. The gathered bytes go to the file before every
// sync of the WAL, and with synchronous=FULL (or EXTRA) SQLite syncs the WAL at every commit,
// before the WAL index publishes the commit to other connections: so a commit is written and
// fsynced before COMMIT returns, and nobody can look for its frames earlier. They also go out
// before the file is read, sized, truncated or controlled, and before any write that is not
// contiguous with them, so the file sees SQLite's writes in SQLite's order.
//
// On Linux each gathered write is followed by a request to start writing it to disk
// (sync_file_range with SYNC_FILE_RANGE_WRITE, which does not wait): the first frames of a large
// commit are on their way while SQLite prepares the rest, and the fsync that ends the commit has
// less to wait for. It is a hint, not a sync; the fsync is what makes the commit durable.
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

// Registers the VFS (once, thread-safe; not as the default). Throws if SQLite refuses.
void registerWalWriteBatching();

// Process-wide counts since start, for tests and diagnostics.
struct WalWriteBatchingStats {
    std::uint64_t writesGathered = 0; // WAL writes SQLite made
    std::uint64_t writesIssued = 0;   // writes handed to the operating system for them
    std::uint64_t writebacksStarted = 0; // of those, the ones whose write to disk was started
                                         // at once (Linux only)
};
WalWriteBatchingStats walWriteBatchingStats();

} // namespace stallcast::db
