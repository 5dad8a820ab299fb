#pragma once

#include "claims/ClaimCode.h"
#include "claims/ClaimParser.h"
#include "claims/ClaimRecord.h"
#include "claims/Comment.h"

#include <atomic>
#include <cstdint>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace stallcast::db {
class Database;
class TransactionQueue;
}

namespace stallcast::claims {

struct ClaimDeskOptions {
    ClaimMode mode = ClaimMode::Holds;
    std::int64_t holdTtlMs = 10 * 60 * 1000; // how long a claim keeps its stock unpaid
};

// Turns comments into claims, in the order they reach the studio (docs/CLAIMS.md). Every comment
// any source delivers goes through submit(): a claim is stamped in arrival order (its claims
// row id), recorded, and — in "holds" mode — reserves stock through the order book's holds (or
// joins the product's waitlist when stock is short; per-buyer caps apply). In "first paid"
// mode it records interest only. Claims that arrive while the writer is busy wait together and
// go to it as one job (each product looked up once for the run: orders::ClaimRun), group-
// committed with everything else the writer does; each claim's future resolves once the commit
// holding it is durable. Thread-safe: sources call it from their own threads.
class ClaimDesk final {
public:
    ClaimDesk(db::Database &database, ClaimParser parser = ClaimParser(),
              ClaimDeskOptions options = {});

    // Not a claim: nullopt (nothing is written). A claim: the record, once durable. A comment
    // delivered twice (same source and id) answers with the first record, duplicate = true.
    std::optional<std::future<ClaimRecord>> submit(const Comment &comment);

    // Manual entry: "@handle A1 2" typed by an assistant; the mention is the buyer.
    // Throws std::invalid_argument when the line is not a claim or names nobody.
    std::future<ClaimRecord> submitManual(const std::string &line);

    void setMode(ClaimMode mode);
    ClaimMode mode() const;
    void setHoldTtlMs(std::int64_t ttlMs);

    const ClaimParser &parser() const { return m_parser; }

private:
    // Claims waiting for the writer. Shared with the queued job, which may run after the desk
    // is gone.
    struct Waiting {
        ClaimRecord record;
        std::int64_t ttlMs = 0;
        std::promise<ClaimRecord> promise;
    };
    struct Intake {
        std::mutex mutex; // held while stamping: submission order = arrival order, across sources
        std::vector<Waiting> waiting;
        bool jobQueued = false; // a job is queued that will take everything waiting
    };
    static void queueRun(db::TransactionQueue &queue, const std::shared_ptr<Intake> &intake);
    static void queueAlone(db::TransactionQueue &queue, const std::shared_ptr<Waiting> &claim);

    db::Database &m_db;
    const ClaimParser m_parser;
    ClaimCodeGenerator m_codes;
    std::shared_ptr<Intake> m_intake = std::make_shared<Intake>();
    std::atomic<ClaimMode> m_mode;
    std::atomic<std::int64_t> m_holdTtlMs;
};

} // namespace stallcast::claims
