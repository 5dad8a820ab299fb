#include "ShopAudit.h"

#include "db/Database.h"
#include "inventory/Catalog.h"
#include "inventory/StockLedger.h"
#include "orders/OrderTable.h"

namespace stallcast::test {

void createShop(const std::filesystem::path &file, const std::map<std::string, std::int64_t> &stock)
{
    db::Database database(file);
    inventory::Catalog catalog(database);
    for (const auto &[sku, units] : stock) {
        inventory::Product p;
        p.sku = sku;
        p.name = "Last units of " + sku;
        p.price = 1000;
        p.currency = "KRW";
        catalog.save(p, units, "test");
    }
}

ShopAudit::ShopAudit(const std::filesystem::path &file)
    : m_conn(db::Database::openConnection(file, 30000))
{
}

namespace {
std::int64_t queryForSku(db::Connection &conn, std::string_view sql, const std::string &sku)
{
    auto &stmt = conn.prepare(sql);
    stmt.bind(1, sku);
    if (!stmt.step())
        throw std::runtime_error("no product " + sku);
    const auto value = stmt.columnInt(0);
    stmt.reset();
    return value;
}
} // namespace

std::int64_t ShopAudit::onHand(const std::string &sku)
{
    return queryForSku(*m_conn, "SELECT on_hand FROM products WHERE sku = ?1", sku);
}

std::int64_t ShopAudit::held(const std::string &sku)
{
    return queryForSku(*m_conn, "SELECT held FROM products WHERE sku = ?1", sku);
}

std::int64_t ShopAudit::allocatedToLiveOrders(const std::string &sku)
{
    return queryForSku(*m_conn,
                       "SELECT coalesce(sum(l.allocated), 0) FROM order_lines l "
                       "JOIN orders o ON o.id = l.order_id JOIN products p ON p.id = l.product_id "
                       "WHERE p.sku = ?1 AND o.status IN ('pending', 'paid', 'fulfilled')",
                       sku);
}

std::vector<orders::Order> ShopAudit::orders()
{
    return orders::OrderTable::list(*m_conn);
}

std::vector<std::string> ShopAudit::ledgerProblems()
{
    return inventory::StockLedger::verifyInvariant(*m_conn);
}

std::string ShopAudit::integrity()
{
    auto &stmt = m_conn->prepare("PRAGMA integrity_check");
    std::string first = stmt.step() ? stmt.columnText(0) : "no answer";
    stmt.reset();
    return first;
}

std::vector<std::string> allOrNothingProblems(const std::vector<orders::Order> &orders)
{
    std::vector<std::string> problems;
    for (const auto &o : orders) {
        bool all = true;
        bool none = true;
        for (const auto &line : o.lines) {
            if (!line.productId)
                continue;
            all = all && line.allocated == line.qty;
            none = none && line.allocated == 0;
        }
        const bool oversold = o.has(orders::OrderFlag::Oversold);
        const bool paid = o.status == orders::OrderStatus::Paid;
        const bool ok = (all && !oversold) || (none && oversold && paid);
        if (!ok)
            problems.push_back("order " + std::to_string(o.id) + ": "
                               + (oversold ? "flagged oversold" : "not flagged")
                               + (paid ? ", paid" : ", unpaid") + ", lines allocated "
                               + (all ? "in full" : none ? "none" : "partly"));
    }
    return problems;
}

std::vector<std::string> needlessRefusals(
    const std::vector<std::vector<orders::OrderLineRequest>> &refused,
    const std::map<std::string, std::int64_t> &finalOnHand)
{
    std::vector<std::string> problems;
    for (const auto &lines : refused) {
        std::map<std::string, std::int64_t> wanted;
        for (const auto &l : lines)
            wanted[l.sku] += l.qty;
        bool unservable = false;
        std::string shape;
        for (const auto &[sku, qty] : wanted) {
            unservable = unservable || finalOnHand.at(sku) < qty;
            shape += sku + ":" + std::to_string(qty) + " ";
        }
        if (!unservable)
            problems.push_back("refused " + shape + "although the final stock could serve it");
    }
    return problems;
}

} // namespace stallcast::test
