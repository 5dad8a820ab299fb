// The connection-level side of deferred commit syncs (declared in db/WalWriteBatching.h): file
// controls that the WAL-batching VFS answers for the connection's database file.
#include "db/SqliteConnection.h"
#include "db/WalDescriptor.h"
#include "db/WalFileControls.h"
#include "db/WalWriteBatching.h"

#include <sqlite3.h>

#include <memory>
#include <string>

namespace stallcast::db {

void deferCommitSyncs(Connection &conn)
{
    int on = 1;
    const int rc = sqlite3_file_control(conn.handle(), "main", kControlDeferCommitSyncs, &on);
    if (rc != SQLITE_OK)
        throw SqliteError(rc, std::string("cannot defer commit syncs: the connection is not on "
                                          "the VFS ")
                                  + kWalWriteBatchingVfs);
}

void failNextDeferredSyncForTesting(Connection &conn)
{
    const int rc = sqlite3_file_control(conn.handle(), "main", kControlFailNextSync, nullptr);
    if (rc != SQLITE_OK)
        throw SqliteError(rc, "this connection's WAL has no second descriptor");
}

std::shared_ptr<WalDescriptor> takeOwedSync(Connection &conn)
{
    std::shared_ptr<WalDescriptor> owed;
    // On another VFS SQLite answers SQLITE_NOTFOUND and nothing is owed.
    sqlite3_file_control(conn.handle(), "main", kControlTakeOwedSync, &owed);
    return owed;
}

} // namespace stallcast::db
