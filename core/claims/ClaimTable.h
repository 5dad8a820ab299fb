#pragma once

#include "claims/ClaimRecord.h"

#include <optional>
#include <string>
#include <vector>

namespace stallcast::db {
class Connection;
}

namespace stallcast::claims {

// SQL for the claims table (schema v5). Every function runs inside the caller's transaction.
struct ClaimTable {
    // Inserts the record (its id is set).
    static void insert(db::Connection &conn, ClaimRecord &record);
    static std::optional<ClaimRecord> findByComment(db::Connection &conn, const std::string &source,
                                                    const std::string &commentId);
    // Every claim in arrival order; for one product code when given.
    static std::vector<ClaimRecord> list(db::Connection &conn, const std::string &code = {});
    // The newest `limit` claims, in arrival order (the studio's panel).
    static std::vector<ClaimRecord> recent(db::Connection &conn, std::size_t limit);
};

} // namespace stallcast::claims
