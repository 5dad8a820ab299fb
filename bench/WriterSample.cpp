#include "WriterSample.h"

#include "CpuTime.h"
#include "db/Database.h"

#include <sqlite3.h>

namespace stallcast::bench {

WriterSample WriterSample::take(db::Database &database)
{
    return database.write([](db::Connection &conn) {
        int pages = 0;
        int highwater = 0;
        sqlite3_db_status(conn.handle(), SQLITE_DBSTATUS_CACHE_WRITE, &pages, &highwater, 0);
        return WriterSample{threadCpuSeconds(), pages};
    });
}

} // namespace stallcast::bench
