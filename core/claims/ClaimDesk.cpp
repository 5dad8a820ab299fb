#include "claims/ClaimDesk.h"

#include "claims/ClaimTable.h"
#include "db/Database.h"
#include "inventory/ProductTable.h"
#include "orders/ClaimRun.h"
#include "orders/Order.h"

#include <stdexcept>

namespace stallcast::claims {

namespace {

// Runs on the writer thread inside the batch's transaction; may run more than once.
ClaimRecord recordClaim(db::Connection &conn, orders::ClaimRun &run, ClaimRecord record,
                        std::int64_t ttlMs)
{
    if (auto earlier = ClaimTable::findByComment(conn, record.source, record.commentId)) {
        earlier->duplicate = true;
        return std::move(*earlier);
    }
    if (record.mode == ClaimMode::Holds) {
        try {
            orders::ClaimRequest request;
            request.product = record.code;
            request.buyer = record.buyer;
            request.qty = record.qty;
            request.ttlMs = ttlMs;
            request.claimRef = record.claimRef;
            request.waitlist = true;
            auto result = run.claim(request, record.receivedMs);
            record.outcome = result.waitlisted ? ClaimOutcome::Waitlisted : ClaimOutcome::Held;
            record.sku = result.hold.sku;
            record.hold = std::move(result.hold);
        } catch (const orders::OrderRejected &e) {
            // Refusals check before they write: nothing of the hold is left to undo.
            record.outcome = ClaimOutcome::Refused;
            record.reason = e.what();
        }
    } else {
        // Interest only; the product is looked up so the claim's payment link can name it.
        const auto product = inventory::ProductTable::findByCode(conn, record.code);
        if (product && product->active) {
            record.outcome = ClaimOutcome::Interest;
            record.sku = product->sku;
        } else {
            record.outcome = ClaimOutcome::Refused;
            record.reason = product ? "product: " + product->sku + " is archived"
                                    : "product: no product with code "" + record.code + """;
        }
    }
    ClaimTable::insert(conn, record);
    return record;
}

} // namespace

ClaimDesk::ClaimDesk(db::Database &database, ClaimParser parser, ClaimDeskOptions options)
    : m_db(database),
      m_parser(std::move(parser)),
      m_mode(options.mode),
      m_holdTtlMs(options.holdTtlMs)
{
}

std::optional<std::future<ClaimRecord>> ClaimDesk::submit(const Comment &comment)
{
    auto parsed = m_parser.parse(comment.text);
    if (!parsed)
        return std::nullopt;
    ClaimRecord record;
    record.source = comment.source;
    record.commentId = comment.id;
    record.buyer = comment.source == "manual" && !parsed->mention.empty() ? parsed->mention
                                                                          : comment.handle;
    record.comment = comment.text;
    record.code = parsed->code;
    record.qty = parsed->qty;
    record.variant = parsed->variant;
    record.claimRef = m_codes.next();
    record.mode = m_mode.load();
    Waiting waiting{std::move(record), m_holdTtlMs.load(), {}};
    auto future = waiting.promise.get_future();
    bool queueJob = false;
    {
        std::lock_guard lock(m_intake->mutex);
        waiting.record.receivedMs = m_db.nowMs();
        m_intake->waiting.push_back(std::move(waiting));
        queueJob = !m_intake->jobQueued;
        m_intake->jobQueued = true;
    }
    if (queueJob) {
        try {
            queueRun(m_db.writer(), m_intake);
        } catch (...) {
            // No job will take what is waiting: nothing of it is written, everyone is told.
            std::vector<Waiting> stranded;
            {
                std::lock_guard lock(m_intake->mutex);
                stranded.swap(m_intake->waiting);
                m_intake->jobQueued = false;
            }
            for (auto &w : stranded)
                w.promise.set_exception(std::current_exception());
            throw;
        }
    }
    return future;
}

// The job takes every claim waiting when the writer first runs it; a claim arriving after that
// queues the next job. Only one job is queued and untaken at a time (jobQueued), so the claims
// waiting are this job's until it takes them.
void ClaimDesk::queueRun(db::TransactionQueue &queue, const std::shared_ptr<Intake> &intake)
{
    struct Run {
        bool taken = false;
        std::vector<Waiting> claims;
    };
    auto run = std::make_shared<Run>();
    auto take = [intake, run] {
        std::lock_guard lock(intake->mutex);
        if (run->taken)
            return;
        run->claims.swap(intake->waiting);
        intake->jobQueued = false;
        run->taken = true;
    };
    queue.submitThen(
        // May run more than once (TransactionQueue): each run starts from the same claims.
        [take, run](db::Connection &conn) {
            take();
            orders::ClaimRun claims(conn);
            std::vector<ClaimRecord> records;
            records.reserve(run->claims.size());
            for (const auto &w : run->claims)
                records.push_back(recordClaim(conn, claims, w.record, w.ttlMs));
            claims.finish();
            return records;
        },
        [take, run, &queue](std::optional<std::vector<ClaimRecord>> records,
                            std::exception_ptr error) {
            take(); // the job never ran (the database is closing): fail what it would have taken
            if (records) {
                for (std::size_t i = 0; i < run->claims.size(); ++i)
                    run->claims[i].promise.set_value(std::move((*records)[i]));
                return;
            }
            // One claim failed after writing (or the commit did): the run was rolled back. Each
            // claim goes again on its own, so that only the one at fault fails.
            if (run->claims.size() == 1) {
                run->claims.front().promise.set_exception(error);
                return;
            }
            for (auto &w : run->claims)
                queueAlone(queue, std::make_shared<Waiting>(std::move(w)));
        });
}

void ClaimDesk::queueAlone(db::TransactionQueue &queue, const std::shared_ptr<Waiting> &claim)
{
    queue.submitThen(
        [claim](db::Connection &conn) {
            orders::ClaimRun run(conn);
            auto record = recordClaim(conn, run, claim->record, claim->ttlMs);
            run.finish();
            return record;
        },
        [claim](std::optional<ClaimRecord> record, std::exception_ptr error) {
            if (record)
                claim->promise.set_value(std::move(*record));
            else
                claim->promise.set_exception(error);
        });
}

std::future<ClaimRecord> ClaimDesk::submitManual(const std::string &line)
{
    const auto parsed = m_parser.parse(line);
    if (!parsed)
        throw std::invalid_argument("\"" + line + "\" is not a claim: write @handle CODE [QTY], "
                                    "e.g. @minji A1 2");
    if (parsed->mention.empty())
        throw std::invalid_argument("\"" + line + "\" names no buyer: start with @handle");
    Comment comment;
    comment.source = "manual";
    comment.handle = parsed->mention;
    comment.text = line;
    return std::move(*submit(comment));
}

void ClaimDesk::setMode(ClaimMode mode)
{
    m_mode = mode;
}

ClaimMode ClaimDesk::mode() const
{
    return m_mode.load();
}

void ClaimDesk::setHoldTtlMs(std::int64_t ttlMs)
{
    m_holdTtlMs = ttlMs;
}

} // namespace stallcast::claims
