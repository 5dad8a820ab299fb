#include "db/TransactionQueue.h"

#include "db/DeliveryRound.h"
#include "db/WalWriteBatching.h"

#include <sqlite3.h>

#include <algorithm>
#include <stdexcept>

namespace stallcast::db {

TransactionQueue::TransactionQueue(std::unique_ptr<Connection> conn, Options options)
    : m_conn(std::move(conn)), m_options(options)
{
    if (m_options.maxBatch == 0)
        m_options.maxBatch = 1;
    m_delivery.emplace([this](std::deque<Handover> &handovers) { deliver(handovers); });
    // If this throws, the delivery thread (a member) is stopped and joined on the way out.
    m_thread = std::thread([this] { loop(); });
}

TransactionQueue::~TransactionQueue()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    // The writer has handed over its last batch; the delivery thread delivers it and stops.
    m_delivery.reset();
    // After a failed sync the WAL may hold frames whose pages the kernel dropped: closing must
    // not copy them into the database file (SQLite checkpoints when the last connection closes).
    // Opened again, SQLite recovers from what the disk really holds.
    std::lock_guard lock(m_mutex);
    if (m_durabilityLost)
        sqlite3_db_config(m_conn->handle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
}

void TransactionQueue::onDurabilityLost(DurabilityLost handler)
{
    std::lock_guard lock(m_mutex);
    m_onDurabilityLost = std::move(handler);
}

void TransactionQueue::deliver(std::deque<Handover> &handovers)
{
    // Completions may defer their wake-ups of other threads to the end of the round.
    DeliveryRound round;
    // One sync of the WAL covers every commit written before it.
    std::shared_ptr<WalDescriptor> owed;
    for (const auto &handover : handovers)
        if (handover.owedSync)
            owed = handover.owedSync;
    // Once a sync has failed, every later batch fails too, whether it owes a sync or not: a
    // batch that wrote nothing (a duplicate delivery) may have read rows whose sync failed,
    // and the writer may have run it before it heard of the failure.
    std::exception_ptr lost;
    {
        std::lock_guard lock(m_mutex);
        lost = m_durabilityLost;
    }
    if (owed && !lost) {
        try {
            owed->sync();
        } catch (...) {
            lost = std::current_exception();
        }
        DurabilityLost handler;
        {
                std::lock_guard lock(m_mutex);
            if (!lost)
                ++m_syncs;
            if (lost) {
                m_durabilityLost = lost;
                handler = m_onDurabilityLost;
            }
        }
        if (handler)
            handler();
    }
    for (auto &handover : handovers)
        for (const auto &outcome : handover.outcomes) {
            if (outcome.failure)
                outcome.job->fail(outcome.failure);
            else if (lost)
                outcome.job->fail(lost); // committed, but perhaps not durable: nobody hears so
            else
                outcome.job->deliver();
        }
}

void TransactionQueue::failBatch(std::vector<std::unique_ptr<Job>> &batch,
                                 std::exception_ptr error)
{
    Handover handover;
    handover.outcomes.reserve(batch.size());
    for (auto &job : batch)
        handover.outcomes.push_back({job.get(), error});
    handover.jobs = std::move(batch);
    m_delivery->post(std::move(handover));
}

void TransactionQueue::enqueue(std::unique_ptr<Job> job)
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_stopping) {
            m_pending.push_back(std::move(job));
            job.reset();
        }
    }
    if (job) {
        // Outside the lock: a job's completion callback may submit again or take its own locks.
        job->fail(std::make_exception_ptr(std::runtime_error("database is closing")));
        return;
    }
    m_wake.notify_one();
}

std::size_t TransactionQueue::waiting() const
{
    std::lock_guard lock(m_mutex);
    return m_pending.size();
}

std::size_t TransactionQueue::commits() const
{
    std::lock_guard lock(m_mutex);
    return m_commits;
}

std::size_t TransactionQueue::jobsCommitted() const
{
    std::lock_guard lock(m_mutex);
    return m_jobsCommitted;
}

std::size_t TransactionQueue::syncs() const
{
    std::lock_guard lock(m_mutex);
    return m_syncs;
}

void TransactionQueue::loop()
{
    std::vector<std::unique_ptr<Job>> batch;
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_pending.empty(); });
            if (m_pending.empty())
                return; // stopping, and everything submitted has been handled
            batch.reserve(std::min(m_pending.size(), m_options.maxBatch));
            while (!m_pending.empty() && batch.size() < m_options.maxBatch) {
                batch.push_back(std::move(m_pending.front()));
                m_pending.pop_front();
            }
        }
        runBatch(batch); // hands the jobs over to the delivery thread
        batch.clear();
    }
}

std::optional<std::size_t> TransactionQueue::tryCommit(const std::vector<Job *> &jobs)
{
    Transaction tx(*m_conn);
    for (std::size_t i = 0; i < jobs.size(); ++i) {
        const auto changesBefore = m_conn->totalChanges();
        jobs[i]->execute(*m_conn);
        // A job that threw while stepping a cached statement leaves it open; an open statement
        // keeps its read snapshot, and a stale snapshot blocks later writes from other
        // processes. Reset whatever is still running.
        m_conn->resetBusyStatements();
        if (!jobs[i]->failed())
            continue;
        if (m_conn->totalChanges() != changesBefore || !m_conn->inTransaction())
            return i; // it wrote before failing (or SQLite aborted the transaction): roll back
    }
    tx.commit();
    return std::nullopt;
}

void TransactionQueue::runBatch(std::vector<std::unique_ptr<Job>> &batch)
{
    std::exception_ptr lost;
    {
        std::lock_guard lock(m_mutex);
        lost = m_durabilityLost;
    }
    if (lost) {
        failBatch(batch, lost);
        return;
    }
    std::vector<Job *> remaining;
    remaining.reserve(batch.size());
    for (auto &job : batch)
        remaining.push_back(job.get());
    std::vector<Job *> failedAfterWriting;
    Handover handover;
    auto changesBefore = m_conn->totalChanges();
    try {
        // Room for every outcome before anything commits: after the COMMIT, handing the batch
        // over allocates nothing but the queue's slot.
        handover.outcomes.reserve(batch.size());
        // Each round either commits or takes out one job that failed after writing; the jobs
        // before it run again in the next round.
        for (;;) {
            changesBefore = m_conn->totalChanges(); // a rolled-back round's changes still count
            const auto culprit = tryCommit(remaining);
            if (!culprit)
                break;
            failedAfterWriting.push_back(remaining[*culprit]);
            remaining.erase(remaining.begin() + static_cast<std::ptrdiff_t>(*culprit));
        }
    } catch (...) {
        const auto error = std::current_exception();
        m_conn->resetBusyStatements();
        handover.outcomes.clear();
        for (auto *job : remaining)
            handover.outcomes.push_back({job, error});
        for (auto *job : failedAfterWriting)
            handover.outcomes.push_back({job, nullptr});
        handover.jobs = std::move(batch);
        m_delivery->post(std::move(handover));
        return;
    }
    handover.owedSync = takeOwedSync(*m_conn);
    {
        std::lock_guard lock(m_mutex);
        ++m_commits;
        m_jobsCommitted += remaining.size();
        if (!handover.owedSync && m_conn->totalChanges() != changesBefore)
            ++m_syncs; // SQLite synced it inside the COMMIT
    }
    for (auto *job : failedAfterWriting)
        handover.outcomes.push_back({job, nullptr}); // delivers its own exception
    for (auto *job : remaining)
        handover.outcomes.push_back({job, nullptr});
    handover.jobs = std::move(batch);
    m_delivery->post(std::move(handover));
}

} // namespace stallcast::db
