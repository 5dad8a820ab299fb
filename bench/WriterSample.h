#pragma once

#include <cstdint>

namespace stallcast::db {
class Database;
}

namespace stallcast::bench {

// What the group-committing writer has done so far, read on its own thread (a job in its
// queue): its CPU time and the pages its connection has written to the WAL. Take one before
// and one after a run; the difference is the run's.
struct WriterSample {
    double cpuSeconds = 0;
    std::int64_t pagesWritten = 0; // SQLITE_DBSTATUS_CACHE_WRITE: page frames written to the WAL

    static WriterSample take(db::Database &database);
    WriterSample operator-(const WriterSample &before) const
    {
        return {cpuSeconds - before.cpuSeconds, pagesWritten - before.pagesWritten};
    }
};

} // namespace stallcast::bench
