#include "SchemaFiles.h"

#include "db/Migrations.h"
#include "db/SqliteConnection.h"
#include "io/AtomicFile.h"

#include <QByteArray>
#include <QCryptographicHash>

namespace stallcast::test {

void createVersion1Shop(const std::filesystem::path &file)
{
    db::Connection conn(file);
    db::migrate(conn, file.string(), 1);
    conn.exec(R"sql(
BEGIN;
INSERT INTO products (id, sku, sku_key, code, code_key, name, description, price, sale_price,
                      currency, unit, origin, farm, harvest_date, image, per_buyer_limit, active,
                      on_hand, held, created_ms, updated_ms)
VALUES (1, 'JEJU-5KG', 'jeju-5kg', 'A1', 'a1', '제주 감귤 5kg', 'Sweet
and seedless', 25000, NULL, 'KRW', 'box', 'Jeju', 'Halla Farm', '2025-11-20', '', 2, 1, 10, 0,
        1700000000000, 1700000000500),
       (2, 'DURIAN', 'durian', 'B2', 'b2', 'ทุเรียนหมอนทอง', '', 150000, 129000, 'THB', 'kg',
        'Chanthaburi', '', NULL, 'durian.jpg', NULL, 1, 3, 0, 1700000000000, 1700000000000);
INSERT INTO stock_movements (product_id, reason, on_hand_delta, held_delta, actor, reference, at_ms)
VALUES (1, 'import', 12, 0, 'import:shop.csv', 'set stock to 12', 1700000000000),
       (2, 'import', 3, 0, 'import:shop.csv', 'set stock to 3', 1700000000000),
       (1, 'adjustment', -2, 0, 'ui', 'two boxes damaged', 1700000000500);
COMMIT;
)sql");
}

void createStallcastFileWithVersion(const std::filesystem::path &file, int version)
{
    db::Connection conn(file);
    db::migrate(conn, file.string());
    conn.exec("PRAGMA user_version = " + std::to_string(version));
}

void createForeignSqliteFile(const std::filesystem::path &file, int userVersion, int applicationId)
{
    db::Connection conn(file);
    conn.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);"
              "INSERT INTO notes (body) VALUES ('not a shop');");
    conn.exec("PRAGMA user_version = " + std::to_string(userVersion));
    conn.exec("PRAGMA application_id = " + std::to_string(applicationId));
}

std::string sha256OfFile(const std::filesystem::path &file)
{
    const std::string bytes = io::readWholeFile(file);
    const QByteArray digest = QCryptographicHash::hash(
        QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size())), QCryptographicHash::Sha256);
    return digest.toHex().toStdString();
}

bool hasSidecarFiles(const std::filesystem::path &file)
{
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        auto sidecar = file;
        sidecar += suffix;
        if (std::filesystem::exists(sidecar))
            return true;
    }
    return false;
}

} // namespace stallcast::test
