#pragma once

#include "inventory/Product.h"
#include "inventory/StockLedger.h"
#include "orders/Hold.h"

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>

namespace stallcast::db {
class Connection;
}

namespace stallcast::orders {

// Places claims (holds, or places on a waitlist) one after another inside one transaction the
// caller holds: HoldBook::claim places one, the claim desk a whole run of comments in one writer
// job. Within a run each product is looked up once and its held count kept in memory as holds
// take stock, and the product's waitlist is served once, before its first claim: nothing inside
// a run gives stock back, so a waiter that did not fit then cannot fit later in the run (and no
// flash sale starts inside a run, so a product without one is not asked again). The holds' ledger
// rows are appended as they come; each product's held figure is updated once, by finish()
// (StockLedger::Deferred). Create one per transaction (and per run of a job that may run again),
// and call finish() before the transaction commits.
class ClaimRun final {
public:
    explicit ClaimRun(db::Connection &conn) : m_conn(conn), m_ledger(conn) {}
    ClaimRun(const ClaimRun &) = delete;
    ClaimRun &operator=(const ClaimRun &) = delete;

    // Reserves stock for the buyer, or puts the claim on the product's waitlist when too little
    // is available. Throws OrderRejected for an unknown or archived product, a bad quantity, a
    // missing buyer, or a claim over the product's per-buyer limit; a refusal writes nothing.
    ClaimResult claim(const ClaimRequest &request, std::int64_t nowMs);

    // Brings the products' held figures up to the run's holds. Throws std::logic_error if one
    // would break a bound (a bug: the run checks first); the transaction must then roll back.
    void finish();

private:
    struct Known {
        inventory::Product product;
        bool waitlistServed = false;
        // No flash sale was live for the product at this time: none can start inside a run,
        // so none is live for a claim made at or after it either.
        std::optional<std::int64_t> noSaleSince;
    };
    // nullptr: no product has that code or SKU.
    Known *lookUp(const std::string &codeOrSku);

    db::Connection &m_conn;
    inventory::StockLedger::Deferred m_ledger;
    // One entry per product however it was asked for ("A1" or its SKU): the held count in it
    // must be the only copy.
    std::unordered_map<std::string, std::int64_t> m_idByKey; // folded code or SKU -> id, 0: none
    std::unordered_map<std::int64_t, Known> m_products;
};

} // namespace stallcast::orders
