#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>

namespace stallcast::db {

// A second descriptor of a WAL file, opened by the WAL-batching VFS (db/WalWriteBatching.h)
// beside SQLite's own. It does two things SQLite's descriptor cannot do from outside SQLite:
//
// - startWriteback: asks the kernel to start writing gathered frames to disk without waiting
//   (Linux only; a hint, never a sync).
// - sync: makes every byte written to the WAL so far durable (fdatasync), from any thread.
//   The group-commit writer's commits leave their sync to this, on the thread that tells
//   callers "committed" (db/TransactionQueue.h), so the writer can run the next batch while
//   the disk flushes the last one.
//
// Shared: the VFS file and every batch that still owes a sync hold it; the descriptor closes
// with the last of them, so a sync owed at shutdown never uses a closed descriptor.
//
// A failed sync is final: Linux reports a failed write-back to a descriptor once and may have
// dropped the pages, so a later fdatasync that succeeds proves nothing about them. Every sync
// after a failure fails too, with the first failure's reason.
class WalDescriptor final {
public:
    // Opens `path` read-only (fdatasync needs no write access on Linux). Null where this is
    // not supported (other platforms) or the file cannot be opened: the VFS then leaves
    // every sync to SQLite, as before.
    static std::shared_ptr<WalDescriptor> open(const char *path);

    explicit WalDescriptor(int fd) : m_fd(fd) {}
    WalDescriptor(const WalDescriptor &) = delete;
    WalDescriptor &operator=(const WalDescriptor &) = delete;
    ~WalDescriptor();

    // Starts writing [offset, offset + length) to disk, whole memory pages only, and returns
    // without waiting. Returns whether the kernel accepted the request.
    bool startWriteback(std::int64_t offset, std::size_t length) noexcept;

    // fdatasync. Throws SqliteError (SQLITE_IOERR_FSYNC) naming the reason when it fails, and
    // on every call after a failure. Thread-safe (calls are serialised).
    void sync();

    // fdatasync calls made (successful or not), by this descriptor and by all in the process.
    std::uint64_t syncs() const;
    static std::uint64_t syncsInProcess();

    // Tests only: the next sync fails as if the disk had reported EIO.
    void failNextSyncForTesting();

private:
    int m_fd;
    mutable std::mutex m_mutex; // serialises sync() and guards the fields below
    std::uint64_t m_syncs = 0;
    int m_failedErrno = 0;      // set by the first failed sync: every later one fails
    bool m_failNext = false;
};

} // namespace stallcast::db
