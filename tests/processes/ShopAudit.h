#pragma once

#include "db/SqliteConnection.h"
#include "orders/Order.h"

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace stallcast::test {

// Creates a shop database with the given products (SKU -> opening stock), KRW 1000 each, and
// closes it again.
void createShop(const std::filesystem::path &file, const std::map<std::string, std::int64_t> &stock);

// Reads a shop database after a concurrent run, on a connection of its own (the run's
// Database objects may be gone, e.g. with a killed child).
class ShopAudit final {
public:
    explicit ShopAudit(const std::filesystem::path &file);

    std::int64_t onHand(const std::string &sku);
    std::int64_t held(const std::string &sku);
    // Units allocated to lines of live orders (pending, paid, fulfilled) for this product.
    std::int64_t allocatedToLiveOrders(const std::string &sku);
    std::vector<orders::Order> orders();
    // StockLedger::verifyInvariant: empty when on_hand/held equal the sums of the movements.
    std::vector<std::string> ledgerProblems();
    // PRAGMA integrity_check's first line ("ok" when sound).
    std::string integrity();

private:
    std::unique_ptr<db::Connection> m_conn;
};

// Orders that break "all lines or none": every line with a product allocated in full, or none
// allocated and the order flagged Oversold (paid orders only). One description per bad order.
std::vector<std::string> allOrNothingProblems(const std::vector<orders::Order> &orders);

// Refused or oversold orders that the final stock could have served: since stock only goes down
// during a sell-out, an order turned away at any time must still be unservable at the end.
std::vector<std::string> needlessRefusals(
    const std::vector<std::vector<orders::OrderLineRequest>> &refused,
    const std::map<std::string, std::int64_t> &finalOnHand);

} // namespace stallcast::test
