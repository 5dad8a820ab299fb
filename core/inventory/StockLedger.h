#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace stallcast::db {
class Connection;
}

namespace stallcast::inventory {

// Why stock moved. Stored as text in stock_movements.reason.
enum class StockReason {
    Import,     // catalogue import set the stock level
    Adjustment, // the merchant counted or corrected stock by hand
    Sale,       // an order took stock
    Hold,       // a claim reserved stock (held +)
    Release,    // a hold was released or expired (held -)
    Cancel,     // a cancelled order gave its stock back
    Refund,     // a refunded order gave its stock back
};

std::string_view toString(StockReason reason);
StockReason stockReasonFromString(std::string_view text);

struct StockMovement {
    std::int64_t id = 0;
    std::int64_t productId = 0;
    StockReason reason = StockReason::Adjustment;
    std::int64_t onHandDelta = 0;
    std::int64_t heldDelta = 0;
    std::string actor;     // who or what caused it: "csv:shop.csv", "order:42", "ui"
    std::string reference; // order or hold id, note
    std::int64_t atMs = 0;
};

// The only way stock changes. Each movement appends a ledger row and updates the product's
// on-hand and held figures with a guarded UPDATE (the guard is in the WHERE clause, so there is
// no read-check-write race), both inside the caller's transaction. Invariants, per product:
// on_hand == sum(on_hand_delta), held == sum(held_delta), 0 <= held <= on_hand. A product's
// movements are chained (stock_movements.prev_id, newest in products.last_movement_id; schema
// v10) instead of indexed by product.
class StockLedger final {
public:
    struct Entry {
        std::int64_t productId;
        StockReason reason;
        std::int64_t onHandDelta;
        std::int64_t heldDelta;
        std::string_view actor;
        std::string_view reference;
        std::int64_t atMs;
    };

    // Applies the movement; returns false and changes nothing if it would break a bound.
    static bool apply(db::Connection &conn, const Entry &entry);

    // Movements of one run of claims, in one transaction: each ledger row is appended as it
    // comes, the products' figures change once per product, in flush() (one guarded UPDATE
    // instead of one per hold). Between add() and flush() the figures in the products table lag
    // the ledger: the caller must check bounds itself (orders::ClaimRun keeps each product's
    // held count in memory) and nothing in between may read them or apply() a movement of a
    // product already added (it would fall out of the chain; flush() notices and throws).
    // flush() before the transaction commits; it throws std::logic_error if a guard fails, and
    // the caller rolls back. Destroying a Deferred with movements not flushed, other than while an exception
    // unwinds, is a bug that would commit a ledger out of balance: it terminates.
    class Deferred final {
    public:
        explicit Deferred(db::Connection &conn);
        Deferred(const Deferred &) = delete;
        Deferred &operator=(const Deferred &) = delete;
        ~Deferred();

        void add(const Entry &entry);
        void flush();

    private:
        struct Totals {
            std::int64_t onHand = 0;
            std::int64_t held = 0;
            std::int64_t atMs = 0;
            std::int64_t lastBeforeRun = 0;  // the product's latest movement before the run
            std::int64_t lastMovementId = 0; // its latest, this run's included
        };
        db::Connection &m_conn;
        std::unordered_map<std::int64_t, Totals> m_totals; // by product id
        int m_unwinding;
    };

    // The product's movements, oldest first (its chain, walked back from the newest). Throws
    // std::runtime_error if the chain is broken.
    static std::vector<StockMovement> movements(db::Connection &conn, std::int64_t productId);

    // Returns one line per product whose figures differ from the sum of its movements or whose
    // latest movement is not its last ledger row, and one per movement whose link in the
    // chain is not its product's movement before it (at most 100 of those).
    static std::vector<std::string> verifyInvariant(db::Connection &conn);
};

} // namespace stallcast::inventory
