#include "db/TransactionQueue.h"

#include <algorithm>
#include <stdexcept>

namespace stallcast::db {

TransactionQueue::TransactionQueue(std::unique_ptr<Connection> conn, Options options)
    : m_conn(std::move(conn)), m_options(options)
{
    if (m_options.maxBatch == 0)
        m_options.maxBatch = 1;
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
    // The writer has handed over its last batch; m_delivery's destructor delivers it.
}

void TransactionQueue::deliver(std::deque<Handover> &handovers)
{
    for (auto &handover : handovers)
        for (const auto &outcome : handover.outcomes) {
            if (outcome.failure)
                outcome.job->fail(outcome.failure);
            else
                outcome.job->deliver();
        }
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

void TransactionQueue::setCommitObserver(CommitObserver observer)
{
    std::lock_guard lock(m_mutex);
    m_observer = std::move(observer);
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
    std::vector<Job *> remaining;
    remaining.reserve(batch.size());
    for (auto &job : batch)
        remaining.push_back(job.get());
    std::vector<Job *> failedAfterWriting;
    Handover handover;
    try {
        // Room for every outcome before anything commits: after the COMMIT, handing the batch
        // over allocates nothing but the queue's slot.
        handover.outcomes.reserve(batch.size());
        // Each round either commits or takes out one job that failed after writing; the jobs
        // before it run again in the next round.
        for (;;) {
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
        m_delivery.post(std::move(handover));
        return;
    }
    CommitObserver observer;
    {
        std::lock_guard lock(m_mutex);
        ++m_commits;
        m_jobsCommitted += remaining.size();
        observer = m_observer;
    }
    const auto committed = remaining.size();
    for (auto *job : failedAfterWriting)
        handover.outcomes.push_back({job, nullptr}); // delivers its own exception
    for (auto *job : remaining)
        handover.outcomes.push_back({job, nullptr});
    handover.jobs = std::move(batch);
    m_delivery.post(std::move(handover));
    if (observer)
        observer(committed);
}

} // namespace stallcast::db
