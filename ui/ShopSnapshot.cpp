#include "ShopSnapshot.h"

#include "claims/ClaimTable.h"
#include "db/Database.h"
#include "inventory/ProductTable.h"
#include "orders/OrderTable.h"

namespace stallcast::ui {

ShopSnapshot loadShopSnapshot(db::Database &database, std::optional<std::int64_t> knownVersion)
{
    return database.read([&](db::Connection &conn) {
        ShopSnapshot snapshot;
        snapshot.dataVersion = conn.queryInt("PRAGMA data_version");
        if (knownVersion && *knownVersion == snapshot.dataVersion) {
            snapshot.unchanged = true;
            return snapshot;
        }
        snapshot.products = inventory::ProductTable::list(conn, true);
        snapshot.orders = orders::OrderTable::list(conn);
        snapshot.claims = claims::ClaimTable::recent(conn, kClaimsShown);
        return snapshot;
    });
}

} // namespace stallcast::ui
