#include "db/Migrations.h"

#include "db/SqliteConnection.h"

#include <array>
#include <string_view>

namespace stallcast::db {

namespace {

// Each entry takes the schema from version N to N+1. Never edit a released step: add one.
constexpr std::array<std::string_view, kSchemaVersion> kSteps = {
    // v1: catalogue and stock ledger.
    R"sql(
CREATE TABLE products (
    id              INTEGER PRIMARY KEY,
    sku             TEXT NOT NULL,
    sku_key         TEXT NOT NULL UNIQUE,          -- case-folded SKU
    code            TEXT NOT NULL DEFAULT '',
    code_key        TEXT NOT NULL DEFAULT '',      -- case-folded on-stream code
    name            TEXT NOT NULL,
    description     TEXT NOT NULL DEFAULT '',
    price           INTEGER NOT NULL CHECK (price >= 0),
    sale_price      INTEGER CHECK (sale_price IS NULL OR sale_price >= 0),
    currency        TEXT NOT NULL CHECK (length(currency) = 3),
    unit            TEXT NOT NULL DEFAULT '',
    origin          TEXT NOT NULL DEFAULT '',
    farm            TEXT NOT NULL DEFAULT '',
    harvest_date    TEXT,
    image           TEXT NOT NULL DEFAULT '',
    per_buyer_limit INTEGER CHECK (per_buyer_limit IS NULL OR per_buyer_limit > 0),
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    on_hand         INTEGER NOT NULL DEFAULT 0 CHECK (on_hand >= 0),
    held            INTEGER NOT NULL DEFAULT 0 CHECK (held >= 0 AND held <= on_hand),
    created_ms      INTEGER NOT NULL,
    updated_ms      INTEGER NOT NULL
);
CREATE UNIQUE INDEX products_active_code ON products (code_key) WHERE active = 1 AND code_key <> '';

CREATE TABLE stock_movements (
    id            INTEGER PRIMARY KEY,
    product_id    INTEGER NOT NULL REFERENCES products (id),
    reason        TEXT NOT NULL,
    on_hand_delta INTEGER NOT NULL,
    held_delta    INTEGER NOT NULL DEFAULT 0,
    actor         TEXT NOT NULL,
    reference     TEXT NOT NULL DEFAULT '',
    at_ms         INTEGER NOT NULL
);
CREATE INDEX stock_movements_product ON stock_movements (product_id, id);
)sql",
    // v2: the order book.
    R"sql(
CREATE TABLE orders (
    id            INTEGER PRIMARY KEY,
    source        TEXT NOT NULL,
    external_id   TEXT,
    status        TEXT NOT NULL,
    flags         INTEGER NOT NULL DEFAULT 0,
    buyer_handle  TEXT NOT NULL DEFAULT '',
    buyer_key     TEXT NOT NULL DEFAULT '',        -- case-folded handle, for per-buyer limits
    buyer_name    TEXT NOT NULL DEFAULT '',
    buyer_phone   TEXT NOT NULL DEFAULT '',
    buyer_address TEXT NOT NULL DEFAULT '',
    currency      TEXT NOT NULL,
    total         INTEGER NOT NULL,
    note          TEXT NOT NULL DEFAULT '',
    placed_by     TEXT NOT NULL DEFAULT '',        -- who or what recorded it (history starts here)
    created_ms    INTEGER NOT NULL,
    updated_ms    INTEGER NOT NULL
);
CREATE UNIQUE INDEX orders_external ON orders (source, external_id) WHERE external_id IS NOT NULL;
CREATE INDEX orders_buyer ON orders (buyer_key);

CREATE TABLE order_lines (
    order_id   INTEGER NOT NULL REFERENCES orders (id),
    line_no    INTEGER NOT NULL,
    product_id INTEGER REFERENCES products (id),
    sku        TEXT NOT NULL,
    name       TEXT NOT NULL DEFAULT '',
    qty        INTEGER NOT NULL CHECK (qty > 0),
    unit_price INTEGER NOT NULL CHECK (unit_price >= 0),
    allocated  INTEGER NOT NULL DEFAULT 0 CHECK (allocated >= 0 AND allocated <= qty),
    PRIMARY KEY (order_id, line_no)
) WITHOUT ROWID;
CREATE INDEX order_lines_product ON order_lines (product_id);

-- State changes after the order was placed (its placement is orders.placed_by/created_ms).
CREATE TABLE order_history (
    id          INTEGER PRIMARY KEY,
    order_id    INTEGER NOT NULL REFERENCES orders (id),
    from_status TEXT NOT NULL,
    to_status   TEXT NOT NULL,
    actor       TEXT NOT NULL,
    at_ms       INTEGER NOT NULL
);
CREATE INDEX order_history_order ON order_history (order_id);
)sql",
    // v3: holds (claims reserving stock) and the waitlist.
    R"sql(
CREATE TABLE holds (
    id           INTEGER PRIMARY KEY,
    product_id   INTEGER NOT NULL REFERENCES products (id),
    buyer_handle TEXT NOT NULL,
    buyer_key    TEXT NOT NULL,
    qty          INTEGER NOT NULL CHECK (qty > 0),
    status       TEXT NOT NULL,
    claim_ref    TEXT NOT NULL DEFAULT '',
    ttl_ms       INTEGER NOT NULL CHECK (ttl_ms > 0),
    created_ms   INTEGER NOT NULL,
    activated_ms INTEGER,
    expires_ms   INTEGER,
    closed_ms    INTEGER,
    order_id     INTEGER REFERENCES orders (id)
);
CREATE INDEX holds_product_status ON holds (product_id, status, id);
CREATE INDEX holds_expiry ON holds (status, expires_ms);
CREATE INDEX holds_buyer ON holds (buyer_key, product_id);
)sql",
    // v4: the order feed's delivery log (a webhook retried under the same delivery id answers
    // with the order it made) and claim codes found from the paid orders that carry them.
    R"sql(
CREATE TABLE webhook_deliveries (
    source      TEXT NOT NULL,
    delivery_id TEXT NOT NULL,
    order_id    INTEGER NOT NULL REFERENCES orders (id),
    received_ms INTEGER NOT NULL,
    PRIMARY KEY (source, delivery_id)
) WITHOUT ROWID;
CREATE INDEX holds_claim_ref ON holds (claim_ref) WHERE claim_ref <> '';
)sql",
    // v5: comment claims, in arrival order, with what became of each.
    R"sql(
CREATE TABLE claims (
    id           INTEGER PRIMARY KEY,
    source       TEXT NOT NULL,
    comment_id   TEXT NOT NULL DEFAULT '',
    buyer_handle TEXT NOT NULL,
    comment      TEXT NOT NULL,
    code         TEXT NOT NULL,
    sku          TEXT NOT NULL DEFAULT '',
    qty          INTEGER NOT NULL CHECK (qty > 0),
    variant      TEXT NOT NULL DEFAULT '',
    claim_ref    TEXT NOT NULL,
    mode         TEXT NOT NULL,
    outcome      TEXT NOT NULL,
    reason       TEXT NOT NULL DEFAULT '',
    hold_id      INTEGER REFERENCES holds (id),
    received_ms  INTEGER NOT NULL
);
CREATE UNIQUE INDEX claims_comment ON claims (source, comment_id) WHERE comment_id <> '';
)sql",
    // v6: flash sales (a price for a limited time and quantity, per product); the order lines
    // and holds that took units at a flash price name their sale and how many units.
    R"sql(
CREATE TABLE flash_sales (
    id            INTEGER PRIMARY KEY,
    product_id    INTEGER NOT NULL REFERENCES products (id),
    price         INTEGER NOT NULL CHECK (price >= 0),
    currency      TEXT NOT NULL CHECK (length(currency) = 3),
    quantity      INTEGER NOT NULL CHECK (quantity > 0),
    per_buyer_cap INTEGER CHECK (per_buyer_cap IS NULL OR per_buyer_cap > 0),
    starts_ms     INTEGER NOT NULL,
    ends_ms       INTEGER NOT NULL CHECK (ends_ms > starts_ms),
    stopped_ms    INTEGER,
    started_by    TEXT NOT NULL DEFAULT '',
    stopped_by    TEXT NOT NULL DEFAULT '',
    -- cache of the flash units of live orders and open holds (FlashSaleTable::verifyCounts)
    units_counted INTEGER NOT NULL DEFAULT 0 CHECK (units_counted >= 0)
);
CREATE INDEX flash_sales_product ON flash_sales (product_id, id);

ALTER TABLE order_lines ADD COLUMN flash_sale_id INTEGER REFERENCES flash_sales (id);
ALTER TABLE order_lines ADD COLUMN flash_units INTEGER NOT NULL DEFAULT 0
    CHECK (flash_units >= 0 AND flash_units <= qty);
CREATE INDEX order_lines_flash ON order_lines (flash_sale_id) WHERE flash_sale_id IS NOT NULL;

ALTER TABLE holds ADD COLUMN flash_sale_id INTEGER REFERENCES flash_sales (id);
ALTER TABLE holds ADD COLUMN flash_units INTEGER NOT NULL DEFAULT 0
    CHECK (flash_units >= 0 AND flash_units <= qty);
ALTER TABLE holds ADD COLUMN flash_price INTEGER CHECK (flash_price IS NULL OR flash_price >= 0);
CREATE INDEX holds_flash ON holds (flash_sale_id) WHERE flash_sale_id IS NOT NULL;
)sql",
    // v7: the waitlist index holds waiting claims only. holds_product_status indexed every hold
    // (active, closed and waiting) by product and status text, yet only the waitlist reads
    // holds by product (the rest find them by expiry, buyer, claim code or id); updating it was
    // the largest single cost of placing a claim (docs/BENCHMARKS.md).
    R"sql(
DROP INDEX holds_product_status;
CREATE INDEX holds_waiting ON holds (product_id, id) WHERE status = 'waiting';
)sql",
    // v8: orders are indexed by buyer only where a per-buyer rule reads them: those of an
    // identified buyer with a line of a product that has a per-buyer limit, or a flash-sale line
    // (OrderTable::place decides). orders_buyer indexed every order; its key (the buyer) arrives
    // in no order, so each order put one more random leaf page into the WAL (docs/BENCHMARKS.md).
    // A product that gains a limit brings its earlier orders into the index (the trigger), so
    // the limit counts them. The default is "counted": every order placed before, and any row
    // written without the column (a v7 build still running on this file), stays counted.
    R"sql(
ALTER TABLE orders ADD COLUMN buyer_counted INTEGER NOT NULL DEFAULT 1
    CHECK (buyer_counted IN (0, 1));
UPDATE orders SET buyer_counted = 0 WHERE buyer_key = '';
DROP INDEX orders_buyer;
CREATE INDEX orders_buyer_counted ON orders (buyer_key) WHERE buyer_counted = 1;
CREATE TRIGGER products_limit_counts_orders AFTER UPDATE OF per_buyer_limit ON products
WHEN NEW.per_buyer_limit IS NOT NULL AND OLD.per_buyer_limit IS NULL
BEGIN
    UPDATE orders SET buyer_counted = 1 WHERE buyer_counted = 0 AND buyer_key <> ''
        AND id IN (SELECT order_id FROM order_lines WHERE product_id = NEW.id);
END;
)sql",
    // v9: order lines are no longer indexed by product. No query reads lines by product any
    // more (the per-buyer and flash-sale counts walk the buyer's orders or the sale's index,
    // reports read every line in order); only v8's trigger did, on the rare save that gives a
    // product a per-buyer limit, and that save now reads the lines once in full. The index
    // cost every order one more B-tree insert, at one of as many places as there are products
    // selling, and about half a page of 4 KiB in the WAL (docs/BENCHMARKS.md). Products are
    // never deleted, so no foreign-key check needs it either.
    R"sql(
DROP INDEX order_lines_product;
)sql",
    // v10: a product's stock movements form a chain instead of an index by product. The index
    // (stock_movements_product) cost every movement one more B-tree insert at one of as many
    // places as there are products selling, and about half a page of 4 KiB in the WAL per
    // order (docs/BENCHMARKS.md); it served only a product's history, which now walks back from
    // the product's latest movement (products.last_movement_id) through prev_id, one lookup per
    // movement of that product; 0 means none. The table is rebuilt so that prev_id is NOT NULL
    // with no default: a build older than v10 still running on this file would append
    // movements outside the chain, and its INSERT, which names no prev_id, now fails instead
    // (its order is refused or retried by the shop; this build takes it).
    R"sql(
CREATE TABLE stock_movements_v10 (
    id            INTEGER PRIMARY KEY,
    product_id    INTEGER NOT NULL REFERENCES products (id),
    reason        TEXT NOT NULL,
    on_hand_delta INTEGER NOT NULL,
    held_delta    INTEGER NOT NULL DEFAULT 0,
    actor         TEXT NOT NULL,
    reference     TEXT NOT NULL DEFAULT '',
    at_ms         INTEGER NOT NULL,
    prev_id       INTEGER NOT NULL CHECK (prev_id >= 0 AND prev_id < id)
);
INSERT INTO stock_movements_v10 (id, product_id, reason, on_hand_delta, held_delta, actor,
                                 reference, at_ms, prev_id)
SELECT id, product_id, reason, on_hand_delta, held_delta, actor, reference, at_ms,
       coalesce((SELECT max(m.id) FROM stock_movements m
                 WHERE m.product_id = s.product_id AND m.id < s.id), 0)
FROM stock_movements s ORDER BY id;
ALTER TABLE products ADD COLUMN last_movement_id INTEGER NOT NULL DEFAULT 0;
UPDATE products SET last_movement_id = coalesce((SELECT max(m.id) FROM stock_movements m
    WHERE m.product_id = products.id), 0);
DROP TABLE stock_movements;
ALTER TABLE stock_movements_v10 RENAME TO stock_movements;
)sql",
};

int readVersion(Connection &conn)
{
    return static_cast<int>(conn.queryInt("PRAGMA user_version"));
}

} // namespace

int checkSchemaCompatible(Connection &conn, const std::string &displayPath)
{
    const int version = readVersion(conn);
    const auto appId = conn.queryInt("PRAGMA application_id");
    if (appId != 0 && appId != kApplicationId)
        throw SchemaError(displayPath + ": not a Stallcast database (application_id "
                          + std::to_string(appId) + "); refusing to open it");
    // Every Stallcast schema step sets application_id, so tables without it (whatever the
    // user_version says) belong to someone else.
    if (appId == 0 && conn.queryInt("SELECT count(*) FROM sqlite_schema") > 0)
        throw SchemaError(displayPath + ": not a Stallcast database (it has tables but no "
                          "Stallcast application id); refusing to open it");
    if (version < 0)
        throw SchemaError(displayPath + ": database schema version " + std::to_string(version)
                          + " is not valid; refusing to open it");
    if (version > kSchemaVersion)
        throw SchemaError(displayPath + ": database schema version " + std::to_string(version)
                          + " is newer than this Stallcast supports (" + std::to_string(kSchemaVersion)
                          + "); it was left untouched. Update Stallcast to open it.");
    return version;
}

void migrate(Connection &conn, const std::string &displayPath, int targetVersion)
{
    if (targetVersion < 0 || targetVersion > kSchemaVersion)
        throw SchemaError(displayPath + ": cannot migrate to schema version "
                          + std::to_string(targetVersion));
    for (;;) {
        Transaction tx(conn);
        // Re-read inside the write lock: another process may have migrated meanwhile.
        const int version = checkSchemaCompatible(conn, displayPath);
        if (version >= targetVersion)
            return;
        conn.exec(kSteps[static_cast<std::size_t>(version)]);
        conn.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
        conn.exec("PRAGMA user_version = " + std::to_string(version + 1));
        tx.commit();
    }
}

} // namespace stallcast::db
