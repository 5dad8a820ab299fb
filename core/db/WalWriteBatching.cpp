#include "db/WalWriteBatching.h"

#include "db/SqliteConnection.h"
#include "db/WalDescriptor.h"
#include "db/WalFileControls.h"

#include <sqlite3.h>

#include <atomic>
#include <cstddef>
#include <memory>
#include <mutex>
#include <new>
#include <optional>
#include <string>
#include <vector>

namespace stallcast::db {

namespace {

// The most bytes handed over in one write; more are written out and a new gather begun. The
// unix VFS writes at most 128 KiB - 1 per call (it masks the length to 17 bits, and a write of
// exactly 128 KiB would come out as nothing and be reported as a full disk), so stay below.
constexpr std::size_t kGatherLimit = 120 * 1024;

std::atomic<std::uint64_t> g_gathered{0};
std::atomic<std::uint64_t> g_issued{0};
std::atomic<std::uint64_t> g_writebacks{0};
std::atomic<std::uint64_t> g_deferred{0};
std::atomic<std::uint64_t> g_synced{0};

// SQLite's WAL header: the first 32 bytes of the file (wal.c: WAL_HDRSIZE).
constexpr sqlite3_int64 kWalHeaderBytes = 32;


// Contiguous bytes SQLite has written to a WAL and the operating system has not been given yet.
struct Gather {
    std::vector<unsigned char> bytes; // capacity kGatherLimit from the start: appends never throw
    sqlite3_int64 start = 0;
    // A write of gathered bytes failed: every later operation on this WAL fails too, until the
    // write transaction ends (and SQLite has rolled it back). Otherwise SQLite could take the
    // error for one statement's, undo only that statement and commit frames that never reached
    // the file.
    bool broken = false;

    sqlite3_int64 end() const { return start + static_cast<sqlite3_int64>(bytes.size()); }
};

// What SQLite allocates for each open file (szOsFile): this, then the platform VFS's own file.
struct BatchingFile {
    sqlite3_file base{}; // first: SQLite sees a BatchingFile as an sqlite3_file
    sqlite3_file *real = nullptr;
    std::optional<Gather> gather; // a WAL file of a database opened on this VFS
    BatchingFile *database = nullptr; // a WAL file: its database's file
    BatchingFile *wal = nullptr;      // a database file: its open WAL file, if any
    int lockLevel = SQLITE_LOCK_NONE; // the file lock SQLite holds on this file
    // A gathering WAL: its second descriptor (descriptorOf).
    const char *walPath = nullptr; // SQLite keeps the name valid until xClose
    std::shared_ptr<WalDescriptor> descriptor;
    bool descriptorOpened = false;
    // A gathering WAL: bytes were written to its header (the first 32 bytes, rewritten when
    // the WAL restarts) since its last sync by SQLite. SQLite syncs a new header before the
    // first frame after it; that sync is never deferred.
    bool headerSinceSync = false;
    // A gathering WAL: a commit's sync was deferred and nobody has taken it yet (takeOwedSync).
    bool syncOwed = false;
    // A database file: its connection's commits may leave their sync to whoever takes it
    // (deferCommitSyncs), and which of the WAL-index locks SQLite holds on it.
    bool deferCommitSyncs = false;
    bool writeLockHeld = false;      // slot 0: a write transaction is open
    bool checkpointLockHeld = false; // slot 1: a checkpoint is running
};

// SQLite gives every file 8-byte alignment (it rounds its allocations to 8), nothing more.
static_assert(alignof(BatchingFile) <= 8);
constexpr std::size_t kRealFileOffset = (sizeof(BatchingFile) + 7) / 8 * 8;

// A failed write of gathered frames is reported as an I/O error, never as SQLITE_FULL: SQLite
// undoes the whole transaction for an I/O error, but only the statement for a full disk.
constexpr int kGatherWriteFailed = SQLITE_IOERR_WRITE;

BatchingFile &fileOf(sqlite3_file *file)
{
    return *reinterpret_cast<BatchingFile *>(file);
}

sqlite3_vfs *platform(sqlite3_vfs *vfs)
{
    return static_cast<sqlite3_vfs *>(vfs->pAppData);
}

// The WAL's second descriptor, opened when its connection starts deferring commit syncs, else
// with the first gathered write (readers and the checkpointer never write a WAL, so they never
// open one). Closing it drops no lock: SQLite takes no POSIX locks on a WAL file (its locks are
// on the database and -shm files).
WalDescriptor *descriptorOf(BatchingFile &f)
{
    if (!f.descriptorOpened) {
        f.descriptorOpened = true;
        f.descriptor = WalDescriptor::open(f.walPath);
    }
    return f.descriptor.get();
}

// Asks the kernel to start writing gathered bytes to the disk now, without waiting: the
// commit's later frames are then prepared and copied while these travel, and the sync at the
// end of the commit has less left to wait for. Only a hint: the sync still writes and flushes
// everything, so a failure here changes nothing.
void startWriteback(BatchingFile &f, sqlite3_int64 offset, std::size_t length)
{
    auto *descriptor = descriptorOf(f);
    if (descriptor && descriptor->startWriteback(offset, length))
        g_writebacks.fetch_add(1, std::memory_order_relaxed);
}

int flush(BatchingFile &f)
{
    if (!f.gather)
        return SQLITE_OK;
    Gather &g = *f.gather;
    if (g.broken)
        return kGatherWriteFailed;
    if (g.bytes.empty())
        return SQLITE_OK;
    g_issued.fetch_add(1, std::memory_order_relaxed);
    const int rc = f.real->pMethods->xWrite(f.real, g.bytes.data(),
                                            static_cast<int>(g.bytes.size()), g.start);
    // Not when the commit's fsync is left to another thread: that fsync starts the write
    // itself, and asking from here cost the writer ~8 % of its CPU per order (the kernel's
    // block-queue work and, in a VM, the disk notification: docs/BENCHMARKS.md).
    if (rc == SQLITE_OK && !(f.database && f.database->deferCommitSyncs))
        startWriteback(f, g.start, g.bytes.size());
    g.bytes.clear();
    if (rc == SQLITE_OK)
        return SQLITE_OK;
    g.broken = true;
    return kGatherWriteFailed;
}

// The database file's WAL write lock is being released: the write transaction is over. With
// synchronous=FULL a commit has flushed its frames (in its sync, deferred or not) before this
// point; whatever is still gathered belongs to a transaction that was rolled back, and must not
// be written later, when another writer may have put its own frames at those offsets.
void writeTransactionEnded(BatchingFile &database)
{
    if (database.wal && database.wal->gather) {
        database.wal->gather->bytes.clear();
        database.wal->gather->broken = false;
    }
}

// --- io methods ---------------------------------------------------------------------------

int fileClose(sqlite3_file *file)
{
    auto &f = fileOf(file);
    // Nothing gathered is written at close: with synchronous=FULL every commit has flushed,
    // so anything left was never committed (and the write lock may be someone else's by now).
    if (f.database)
        f.database->wal = nullptr;
    if (f.wal)
        f.wal->database = nullptr;
    const int closed = f.real->pMethods->xClose(f.real);
    std::destroy_at(&f);
    return closed;
}

int fileRead(sqlite3_file *file, void *out, int amount, sqlite3_int64 offset)
{
    auto &f = fileOf(file);
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    return f.real->pMethods->xRead(f.real, out, amount, offset);
}

int fileWrite(sqlite3_file *file, const void *data, int amount, sqlite3_int64 offset)
{
    auto &f = fileOf(file);
    if (!f.gather)
        return f.real->pMethods->xWrite(f.real, data, amount, offset);
    Gather &g = *f.gather;
    if (g.broken)
        return kGatherWriteFailed;
    if (offset < kWalHeaderBytes)
        f.headerSinceSync = true;
    if (f.database && f.database->lockLevel >= SQLITE_LOCK_EXCLUSIVE) {
        // locking_mode=EXCLUSIVE: SQLite takes no WAL write lock per transaction, so the end of
        // a transaction cannot be seen here. Nothing is gathered then.
        if (const int rc = flush(f); rc != SQLITE_OK)
            return rc;
        return f.real->pMethods->xWrite(f.real, data, amount, offset);
    }
    g_gathered.fetch_add(1, std::memory_order_relaxed);
    const auto size = static_cast<std::size_t>(amount);
    const auto *bytes = static_cast<const unsigned char *>(data);
    if (!g.bytes.empty() && offset == g.end() && g.bytes.size() + size <= kGatherLimit) {
        g.bytes.insert(g.bytes.end(), bytes, bytes + size); // within the reserved capacity
        return SQLITE_OK;
    }
    // Not contiguous (a frame rewritten in place, the header of a restarted WAL) or too large:
    // what was gathered goes first, so the file sees the writes in SQLite's order.
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    if (size > kGatherLimit) {
        g_issued.fetch_add(1, std::memory_order_relaxed);
        return f.real->pMethods->xWrite(f.real, data, amount, offset);
    }
    g.start = offset;
    g.bytes.assign(bytes, bytes + size);
    return SQLITE_OK;
}

int fileTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    auto &f = fileOf(file);
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    return f.real->pMethods->xTruncate(f.real, size);
}

// Whether this sync of a gathering WAL is a commit's that may be left to the caller
// (takeOwedSync). Only inside a write transaction (the write lock held), outside any checkpoint
// (a checkpoint must find the WAL durable before it copies frames into the database file), and
// not the sync of a freshly written header (which must reach the disk before any frame after
// it, or an out-of-order write after a WAL restart could corrupt the database).
bool commitSyncCanWait(BatchingFile &f)
{
    const BatchingFile *database = f.database;
    return database && database->deferCommitSyncs && database->writeLockHeld
           && !database->checkpointLockHeld && !f.headerSinceSync && f.descriptor;
}

int fileSync(sqlite3_file *file, int flags)
{
    auto &f = fileOf(file);
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    if (f.gather && commitSyncCanWait(f)) {
        f.syncOwed = true;
        g_deferred.fetch_add(1, std::memory_order_relaxed);
        return SQLITE_OK;
    }
    const int rc = f.real->pMethods->xSync(f.real, flags);
    if (rc == SQLITE_OK && f.gather) {
        f.headerSinceSync = false;
        g_synced.fetch_add(1, std::memory_order_relaxed);
    }
    return rc;
}

int fileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    auto &f = fileOf(file);
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    return f.real->pMethods->xFileSize(f.real, size);
}

int fileLock(sqlite3_file *file, int level)
{
    auto &f = fileOf(file);
    const int rc = f.real->pMethods->xLock(f.real, level);
    if (rc == SQLITE_OK)
        f.lockLevel = level;
    return rc;
}

int fileUnlock(sqlite3_file *file, int level)
{
    auto &f = fileOf(file);
    const int rc = f.real->pMethods->xUnlock(f.real, level);
    if (rc == SQLITE_OK)
        f.lockLevel = level;
    return rc;
}

int fileCheckReservedLock(sqlite3_file *file, int *out)
{
    auto &f = fileOf(file);
    return f.real->pMethods->xCheckReservedLock(f.real, out);
}

int fileControl(sqlite3_file *file, int op, void *arg)
{
    auto &f = fileOf(file);
    if (op == kControlDeferCommitSyncs) {
        f.deferCommitSyncs = *static_cast<const int *>(arg) != 0;
        // The descriptor that will sync must be open before the first write it is to cover:
        // Linux reports a failed write-back only to descriptors open when it happened.
        if (f.deferCommitSyncs && f.wal && f.wal->gather)
            descriptorOf(*f.wal);
        return SQLITE_OK;
    }
    if (op == kControlTakeOwedSync) {
        auto &out = *static_cast<std::shared_ptr<WalDescriptor> *>(arg);
        out.reset();
        if (f.wal && f.wal->syncOwed) {
            f.wal->syncOwed = false;
            out = f.wal->descriptor;
        }
        return SQLITE_OK;
    }
    if (op == kControlFailNextSync) {
        auto *descriptor = f.wal ? descriptorOf(*f.wal) : nullptr;
        if (!descriptor)
            return SQLITE_NOTFOUND;
        descriptor->failNextSyncForTesting();
        return SQLITE_OK;
    }
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    return f.real->pMethods->xFileControl(f.real, op, arg);
}

int fileSectorSize(sqlite3_file *file)
{
    auto &f = fileOf(file);
    return f.real->pMethods->xSectorSize(f.real);
}

int fileDeviceCharacteristics(sqlite3_file *file)
{
    auto &f = fileOf(file);
    return f.real->pMethods->xDeviceCharacteristics(f.real);
}

// The xShm* methods exist only in the method tables of version 2 and up, and SQLite calls them
// only when the file's table has them (methodsFor), so the platform file has them too.
int fileShmMap(sqlite3_file *file, int page, int pageSize, int extend, void volatile **out)
{
    auto &f = fileOf(file);
    return f.real->pMethods->xShmMap(f.real, page, pageSize, extend, out);
}

int fileShmLock(sqlite3_file *file, int offset, int n, int flags)
{
    auto &f = fileOf(file);
    // Slot 0 of the WAL index locks is the write lock (wal.c: WAL_WRITE_LOCK).
    constexpr int kUnlockExclusive = SQLITE_SHM_UNLOCK | SQLITE_SHM_EXCLUSIVE;
    if ((flags & kUnlockExclusive) == kUnlockExclusive && offset == 0 && n >= 1)
        writeTransactionEnded(f);
    const int rc = f.real->pMethods->xShmLock(f.real, offset, n, flags);
    // Slot 1 is the checkpoint lock (WAL_CKPT_LOCK); SQLite takes slots 0 and 1 exclusively
    // only.
    if (rc == SQLITE_OK && (flags & SQLITE_SHM_EXCLUSIVE)) {
        const bool held = (flags & SQLITE_SHM_LOCK) != 0;
        if (offset <= 0 && offset + n > 0)
            f.writeLockHeld = held;
        if (offset <= 1 && offset + n > 1)
            f.checkpointLockHeld = held;
    }
    return rc;
}

void fileShmBarrier(sqlite3_file *file)
{
    auto &f = fileOf(file);
    f.real->pMethods->xShmBarrier(f.real);
}

int fileShmUnmap(sqlite3_file *file, int deleteFlag)
{
    auto &f = fileOf(file);
    return f.real->pMethods->xShmUnmap(f.real, deleteFlag);
}

int fileFetch(sqlite3_file *file, sqlite3_int64 offset, int amount, void **out)
{
    auto &f = fileOf(file);
    if (f.gather) {
        *out = nullptr; // read through xRead instead, which writes the gathered bytes first
        return SQLITE_OK;
    }
    return f.real->pMethods->xFetch(f.real, offset, amount, out);
}

int fileUnfetch(sqlite3_file *file, sqlite3_int64 offset, void *page)
{
    auto &f = fileOf(file);
    return f.real->pMethods->xUnfetch(f.real, offset, page);
}

constexpr sqlite3_io_methods methodsOfVersion(int version)
{
    return {
        version,
        fileClose,
        fileRead,
        fileWrite,
        fileTruncate,
        fileSync,
        fileSize,
        fileLock,
        fileUnlock,
        fileCheckReservedLock,
        fileControl,
        fileSectorSize,
        fileDeviceCharacteristics,
        version >= 2 ? fileShmMap : nullptr,
        version >= 2 ? fileShmLock : nullptr,
        version >= 2 ? fileShmBarrier : nullptr,
        version >= 2 ? fileShmUnmap : nullptr,
        version >= 3 ? fileFetch : nullptr,
        version >= 3 ? fileUnfetch : nullptr,
    };
}

constexpr sqlite3_io_methods kMethodsV1 = methodsOfVersion(1);
constexpr sqlite3_io_methods kMethodsV2 = methodsOfVersion(2);
constexpr sqlite3_io_methods kMethodsV3 = methodsOfVersion(3);

// The same version as the platform file's (macOS lock styles without shared memory are version
// 1: SQLite must see that, and refuse WAL mode, rather than call methods that are not there).
const sqlite3_io_methods *methodsFor(const sqlite3_io_methods *real)
{
    const bool shm = real->iVersion >= 2 && real->xShmMap && real->xShmLock && real->xShmBarrier
                     && real->xShmUnmap;
    if (shm && real->iVersion >= 3 && real->xFetch && real->xUnfetch)
        return &kMethodsV3;
    return shm ? &kMethodsV2 : &kMethodsV1;
}

bool isBatchingFile(const sqlite3_file *file)
{
    return file && (file->pMethods == &kMethodsV1 || file->pMethods == &kMethodsV2
                    || file->pMethods == &kMethodsV3);
}

// --- the VFS ------------------------------------------------------------------------------

int vfsOpen(sqlite3_vfs *vfs, sqlite3_filename name, sqlite3_file *file, int flags,
            int *outFlags)
{
    auto &f = *std::construct_at(reinterpret_cast<BatchingFile *>(file));
    f.real = reinterpret_cast<sqlite3_file *>(reinterpret_cast<unsigned char *>(file)
                                              + kRealFileOffset);
    f.real->pMethods = nullptr;
    if ((flags & SQLITE_OPEN_WAL) && name) {
        // Gather only for a WAL whose database file is ours: its write lock tells when a write
        // transaction ends (writeTransactionEnded).
        sqlite3_file *databaseFile = sqlite3_database_file_object(name);
        if (isBatchingFile(databaseFile) && fileOf(databaseFile).wal == nullptr) {
            try {
                f.gather.emplace();
                f.gather->bytes.reserve(kGatherLimit);
            } catch (const std::bad_alloc &) {
                std::destroy_at(&f);
                return SQLITE_NOMEM;
            }
            f.database = &fileOf(databaseFile);
        }
    }
    sqlite3_vfs *os = platform(vfs);
    const int rc = os->xOpen(os, name, f.real, flags, outFlags);
    if (!f.real->pMethods) {
        std::destroy_at(&f); // SQLite will not call xClose
        return rc != SQLITE_OK ? rc : SQLITE_CANTOPEN;
    }
    // The platform file is open (even if xOpen reported an error, xClose must run for it).
    if (f.database) {
        f.database->wal = &f;
        f.walPath = name; // for its second descriptor, opened when first needed
        if (f.database->deferCommitSyncs)
            descriptorOf(f); // before any write it is to cover (kControlDeferCommitSyncs)
    }
    f.base.pMethods = methodsFor(f.real->pMethods);
    return rc;
}

int vfsDelete(sqlite3_vfs *vfs, const char *name, int syncDir)
{
    return platform(vfs)->xDelete(platform(vfs), name, syncDir);
}

int vfsAccess(sqlite3_vfs *vfs, const char *name, int flags, int *out)
{
    return platform(vfs)->xAccess(platform(vfs), name, flags, out);
}

int vfsFullPathname(sqlite3_vfs *vfs, const char *name, int size, char *out)
{
    return platform(vfs)->xFullPathname(platform(vfs), name, size, out);
}

void *vfsDlOpen(sqlite3_vfs *vfs, const char *name)
{
    return platform(vfs)->xDlOpen(platform(vfs), name);
}

void vfsDlError(sqlite3_vfs *vfs, int size, char *out)
{
    platform(vfs)->xDlError(platform(vfs), size, out);
}

void (*vfsDlSym(sqlite3_vfs *vfs, void *handle, const char *symbol))(void)
{
    return platform(vfs)->xDlSym(platform(vfs), handle, symbol);
}

void vfsDlClose(sqlite3_vfs *vfs, void *handle)
{
    platform(vfs)->xDlClose(platform(vfs), handle);
}

int vfsRandomness(sqlite3_vfs *vfs, int size, char *out)
{
    return platform(vfs)->xRandomness(platform(vfs), size, out);
}

int vfsSleep(sqlite3_vfs *vfs, int microseconds)
{
    return platform(vfs)->xSleep(platform(vfs), microseconds);
}

int vfsCurrentTime(sqlite3_vfs *vfs, double *out)
{
    return platform(vfs)->xCurrentTime(platform(vfs), out);
}

int vfsGetLastError(sqlite3_vfs *vfs, int size, char *out)
{
    return platform(vfs)->xGetLastError(platform(vfs), size, out);
}

int vfsCurrentTimeInt64(sqlite3_vfs *vfs, sqlite3_int64 *out)
{
    return platform(vfs)->xCurrentTimeInt64(platform(vfs), out);
}

} // namespace

void registerWalWriteBatching()
{
    static std::once_flag once;
    static sqlite3_vfs vfs{};
    static int rc = SQLITE_OK;
    std::call_once(once, [] {
        sqlite3_vfs *os = sqlite3_vfs_find(nullptr);
        if (!os) {
            rc = SQLITE_ERROR;
            return;
        }
        vfs.iVersion = 2; // xCurrentTimeInt64; the system-call hooks (v3) are the platform's
        vfs.szOsFile = static_cast<int>(kRealFileOffset) + os->szOsFile;
        vfs.mxPathname = os->mxPathname;
        vfs.zName = kWalWriteBatchingVfs;
        vfs.pAppData = os;
        vfs.xOpen = vfsOpen;
        vfs.xDelete = vfsDelete;
        vfs.xAccess = vfsAccess;
        vfs.xFullPathname = vfsFullPathname;
        vfs.xDlOpen = vfsDlOpen;
        vfs.xDlError = vfsDlError;
        vfs.xDlSym = vfsDlSym;
        vfs.xDlClose = vfsDlClose;
        vfs.xRandomness = vfsRandomness;
        vfs.xSleep = vfsSleep;
        vfs.xCurrentTime = vfsCurrentTime;
        vfs.xGetLastError = vfsGetLastError;
        vfs.xCurrentTimeInt64 = os->iVersion >= 2 && os->xCurrentTimeInt64 ? vfsCurrentTimeInt64
                                                                           : nullptr;
        rc = sqlite3_vfs_register(&vfs, 0);
    });
    if (rc != SQLITE_OK)
        throw SqliteError(rc, std::string("cannot register the SQLite VFS ")
                                  + kWalWriteBatchingVfs + ": " + sqlite3_errstr(rc));
}

WalWriteBatchingStats walWriteBatchingStats()
{
    return {g_gathered.load(std::memory_order_relaxed), g_issued.load(std::memory_order_relaxed),
            g_writebacks.load(std::memory_order_relaxed),
            g_deferred.load(std::memory_order_relaxed),
            g_synced.load(std::memory_order_relaxed)};
}

} // namespace stallcast::db
