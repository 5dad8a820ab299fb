#include "claims/ClaimTable.h"

#include "db/SqliteConnection.h"
#include "orders/HoldRows.h"

#include <algorithm>

namespace stallcast::claims {

namespace {

constexpr std::string_view kColumns =
    "SELECT id, source, comment_id, buyer_handle, comment, code, qty, variant, claim_ref, mode, "
    "outcome, reason, hold_id, received_ms, sku FROM claims ";

ClaimRecord read(db::Connection &conn, const db::Statement &s)
{
    ClaimRecord r;
    r.id = s.columnInt(0);
    r.source = s.columnText(1);
    r.commentId = s.columnText(2);
    r.buyer = s.columnText(3);
    r.comment = s.columnText(4);
    r.code = s.columnText(5);
    r.qty = s.columnInt(6);
    r.variant = s.columnText(7);
    r.claimRef = s.columnText(8);
    r.mode = claimModeFromString(s.columnText(9));
    r.outcome = claimOutcomeFromString(s.columnText(10));
    r.reason = s.columnText(11);
    const auto holdId = s.columnOptInt(12);
    r.receivedMs = s.columnInt(13);
    r.sku = s.columnText(14);
    if (holdId)
        r.hold = orders::holdrows::load(conn, *holdId);
    return r;
}

} // namespace

void ClaimTable::insert(db::Connection &conn, ClaimRecord &r)
{
    conn.prepare("INSERT INTO claims (source, comment_id, buyer_handle, comment, code, qty, "
                 "variant, claim_ref, mode, outcome, reason, hold_id, received_ms, sku) VALUES "
                 "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)")
        .bind(1, r.source)
        .bind(2, r.commentId)
        .bind(3, r.buyer)
        .bind(4, r.comment)
        .bind(5, r.code)
        .bind(6, r.qty)
        .bind(7, r.variant)
        .bind(8, r.claimRef)
        .bind(9, toString(r.mode))
        .bind(10, toString(r.outcome))
        .bind(11, r.reason)
        .bind(12, r.hold ? std::optional<std::int64_t>(r.hold->id) : std::nullopt)
        .bind(13, r.receivedMs)
        .bind(14, r.sku)
        .run();
    r.id = conn.lastInsertRowId();
}

std::optional<ClaimRecord> ClaimTable::findByComment(db::Connection &conn,
                                                     const std::string &source,
                                                     const std::string &commentId)
{
    if (commentId.empty())
        return std::nullopt;
    // read() loads the hold through its own (differently worded) cached statement.
    // "comment_id <> ''" lets SQLite use the partial unique index (claims_comment).
    // Built once: every claim looks its comment up.
    static const std::string sql =
        std::string(kColumns) + "WHERE source = ?1 AND comment_id = ?2 AND comment_id <> ''";
    auto &stmt = conn.prepare(sql);
    stmt.bind(1, source).bind(2, commentId);
    std::optional<ClaimRecord> record;
    if (stmt.step())
        record = read(conn, stmt);
    stmt.reset();
    return record;
}

std::vector<ClaimRecord> ClaimTable::list(db::Connection &conn, const std::string &code)
{
    auto &stmt = conn.prepare(std::string(kColumns)
                              + (code.empty() ? "ORDER BY id" : "WHERE code = ?1 ORDER BY id"));
    if (!code.empty())
        stmt.bind(1, code);
    std::vector<ClaimRecord> out;
    while (stmt.step())
        out.push_back(read(conn, stmt));
    stmt.reset();
    return out;
}

std::vector<ClaimRecord> ClaimTable::recent(db::Connection &conn, std::size_t limit)
{
    auto &stmt = conn.prepare(std::string(kColumns) + "ORDER BY id DESC LIMIT ?1");
    stmt.bind(1, static_cast<std::int64_t>(limit));
    std::vector<ClaimRecord> out;
    while (stmt.step())
        out.push_back(read(conn, stmt));
    stmt.reset();
    std::reverse(out.begin(), out.end());
    return out;
}

} // namespace stallcast::claims
