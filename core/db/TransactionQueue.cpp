#include "db/TransactionQueue.h"

#include <stdexcept>

namespace stallcast::db {

TransactionQueue::TransactionQueue(std::unique_ptr<Connection> conn, Options options)
    : m_conn(std::move(conn)), m_options(options)
{
    if (m_options.maxBatch == 0)
        m_options.maxBatch = 1;
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
}

void TransactionQueue::enqueue(std::unique_ptr<Job> job)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping) {
            job->fail(std::make_exception_ptr(std::runtime_error("database is closing")));
            return;
        }
        m_pending.push_back(std::move(job));
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
            while (!m_pending.empty() && batch.size() < m_options.maxBatch) {
                batch.push_back(std::move(m_pending.front()));
                m_pending.pop_front();
            }
        }
        runBatch(batch);
        batch.clear();
    }
}

void TransactionQueue::runBatch(std::vector<std::unique_ptr<Job>> &batch)
{
    try {
        Transaction tx(*m_conn);
        for (auto &job : batch) {
            job->execute(*m_conn);
            // A serious error (disk full, I/O error) makes SQLite roll the whole transaction
            // back; the jobs before this one are gone too, so the batch fails as a whole.
            if (!m_conn->inTransaction())
                throw std::runtime_error("the database rolled the transaction back");
        }
        tx.commit();
    } catch (...) {
        const auto error = std::current_exception();
        for (auto &job : batch)
            job->fail(error);
        return;
    }
    CommitObserver observer;
    {
        std::lock_guard lock(m_mutex);
        ++m_commits;
        m_jobsCommitted += batch.size();
        observer = m_observer;
    }
    for (auto &job : batch)
        job->deliver();
    if (observer)
        observer(batch.size());
}

} // namespace stallcast::db
