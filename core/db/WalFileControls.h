#pragma once

namespace stallcast::db {

// File-control opcodes of the WAL-batching VFS (db/WalWriteBatching.h), on a database file
// (sqlite3_file_control with "main"). SQLite passes opcodes it does not know to the VFS; these
// are far from its own (1..50). Internal to core/db.
inline constexpr int kControlDeferCommitSyncs = 0x53430001; // arg: const int *, 1 = defer
inline constexpr int kControlTakeOwedSync = 0x53430002;     // arg: std::shared_ptr<WalDescriptor> *
inline constexpr int kControlFailNextSync = 0x53430003;     // arg: unused (tests)

} // namespace stallcast::db
