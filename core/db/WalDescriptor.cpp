#include "db/WalDescriptor.h"

#include "db/SqliteConnection.h"

#include <sqlite3.h>

#if defined(__linux__)
#include <fcntl.h>
#include <unistd.h>
#endif

#include <atomic>
#include <cerrno>
#include <cstring>
#include <string>

namespace stallcast::db {

namespace {

std::atomic<std::uint64_t> g_syncsInProcess{0};

} // namespace

std::shared_ptr<WalDescriptor> WalDescriptor::open(const char *path)
{
#if defined(__linux__)
    if (!path)
        return nullptr;
    const int fd = ::open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return nullptr;
    try {
        return std::make_shared<WalDescriptor>(fd);
    } catch (...) {
        ::close(fd);
        return nullptr;
    }
#else
    (void)path;
    return nullptr;
#endif
}

WalDescriptor::~WalDescriptor()
{
#if defined(__linux__)
    ::close(m_fd);
#else
    (void)m_fd; // open() makes none here
#endif
}

bool WalDescriptor::startWriteback(std::int64_t offset, std::size_t length) noexcept
{
#if defined(__linux__)
    // Only whole memory pages: a frame is 24 bytes longer than a database page, so a gathered
    // write ends inside a memory page that the next one fills, and writing that page now would
    // write it twice (or, on file systems that make a write wait for a page under write-back,
    // stall the next one).
    static const std::int64_t memoryPage = [] {
        const long size = ::sysconf(_SC_PAGESIZE);
        return size > 0 ? std::int64_t{size} : std::int64_t{4096};
    }();
    const std::int64_t end = (offset + static_cast<std::int64_t>(length)) / memoryPage * memoryPage;
    if (end <= offset)
        return false;
    return ::sync_file_range(m_fd, static_cast<off_t>(offset), static_cast<off_t>(end - offset),
                             SYNC_FILE_RANGE_WRITE)
           == 0;
#else
    (void)offset;
    (void)length;
    return false;
#endif
}

void WalDescriptor::sync()
{
    std::lock_guard lock(m_mutex);
    if (m_failedErrno == 0) {
        ++m_syncs;
        g_syncsInProcess.fetch_add(1, std::memory_order_relaxed);
        int error = 0;
#if defined(__linux__)
        int rc = 0;
        do {
            rc = ::fdatasync(m_fd);
        } while (rc != 0 && errno == EINTR);
        error = rc != 0 ? errno : 0;
#else
        error = ENOTSUP; // open() gives no descriptor here: never reached
#endif
        if (m_failNext) {
            m_failNext = false;
            error = EIO;
        }
        m_failedErrno = error;
    }
    if (m_failedErrno != 0)
        throw SqliteError(SQLITE_IOERR_FSYNC,
                          std::string("the disk did not confirm the write-ahead log was saved "
                                      "(fdatasync: ")
                              + std::strerror(m_failedErrno) + ")");
}

std::uint64_t WalDescriptor::syncsInProcess()
{
    return g_syncsInProcess.load(std::memory_order_relaxed);
}

std::uint64_t WalDescriptor::syncs() const
{
    std::lock_guard lock(m_mutex);
    return m_syncs;
}

void WalDescriptor::failNextSyncForTesting()
{
    std::lock_guard lock(m_mutex);
    m_failNext = true;
}

} // namespace stallcast::db
