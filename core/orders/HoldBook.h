#pragma once

#include "orders/Hold.h"
#include "orders/Order.h"

#include <optional>
#include <string>
#include <vector>

namespace stallcast::db {
class Connection;
class Database;
}

namespace stallcast::orders {

// Holds and waitlists on an open database. Every write is one durable transaction; stock moves
// only through the ledger (hold: held +qty; release/expiry: held -qty).
class HoldBook final {
public:
    explicit HoldBook(db::Database &database) : m_db(database) {}

    // Reserves stock for the buyer, or puts the claim on the product's waitlist when too little is
    // available. Throws OrderRejected for an unknown or archived product, a bad quantity, a
    // missing buyer, or a claim over the product's per-buyer limit.
    ClaimResult claim(const ClaimRequest &request);
    // claim(), inside a transaction the caller holds (the claim desk records the comment in the
    // same job). Repeatable.
    static ClaimResult claimInTransaction(db::Connection &conn, const ClaimRequest &request,
                                          std::int64_t nowMs);

    // Releases an active hold or withdraws a waiting one; returns the waitlisted holds promoted.
    std::vector<Hold> release(std::int64_t holdId, const std::string &actor);

    struct Expiry {
        std::vector<Hold> expired;
        std::vector<Hold> promoted;
    };
    // Expires every active hold whose time is up (by the database clock) and promotes waiters.
    Expiry expireDue();

    // The buyer paid for a hold: its reservation becomes an order (same transaction, so nobody
    // can take the stock in between). With no lines in the request, the order is for the held
    // product and quantity. A hold that already expired still yields the order: paid orders are
    // never dropped (flagged oversold if the stock went meanwhile).
    PlaceResult pay(std::int64_t holdId, OrderRequest order);

    // pay(), inside a transaction the caller holds (the order feed pays the hold a webhook's
    // claim code names in the same job that records the delivery). Repeatable.
    static PlaceResult payInTransaction(db::Connection &conn, const Hold *hold,
                                        std::int64_t holdId, OrderRequest order,
                                        std::int64_t nowMs);

    std::optional<Hold> find(std::int64_t holdId) const;
    // Active and waiting holds, oldest first; for one product when sku is given.
    std::vector<Hold> open(const std::string &sku = {}) const;

private:
    db::Database &m_db;
};

} // namespace stallcast::orders
