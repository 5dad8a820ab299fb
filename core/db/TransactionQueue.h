#pragma once

#include "common/HandoffThread.h"
#include "db/SqliteConnection.h"
#include "db/WalDescriptor.h"

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <type_traits>
#include <utility>
#include <vector>

namespace stallcast::db {

// Group commit. One writer thread owns the process's write connection; callers submit jobs
// (functions of Connection&) from any thread. The writer takes every job waiting, runs them one
// after another inside one BEGIN IMMEDIATE transaction, commits once (one fsync for the whole
// batch with synchronous=FULL, or fewer: below), and only once that commit is durable fulfils
// each job's future: nobody is told "committed" for data that is not durable. If the COMMIT
// fails, every job in the batch gets that error.
//
// A job that throws before writing anything (the usual case: a rejected order checks first and
// writes after) simply gets its exception; the rest of the batch commits. A job that throws after
// it wrote cannot be taken out alone, so the writer rolls the batch back and runs the jobs before
// it again in a fresh transaction (the failed job gets its exception, the jobs after it run
// next). This is cheaper than a SAVEPOINT per job, which copied every page a job touched into a
// statement journal. Jobs must therefore be repeatable: a job may run more than once, and only
// its last run's effects (and result) count.
//
// Futures are fulfilled and callbacks called on a second thread, the delivery thread, in commit
// order: the writer hands each committed batch over at once and goes on to the next. Fulfilling
// a std::promise makes a system call even when nobody waits (libstdc++ uses call_once), one per
// job, which on the writer was ~5 % of its time per order (docs/BENCHMARKS.md).
//
// On a connection that defers its commits' syncs (db/WalWriteBatching.h: deferCommitSyncs, as
// Database's writer does), the delivery thread makes the WAL durable (one fdatasync for every
// batch handed over since its last one) before it tells anyone "committed"; meanwhile the
// writer is already running the next batch. If that sync fails, nobody in those batches is told
// "committed" (they get the error, though their rows may be in the file), and every batch after
// it fails with the same error without being run: after a failed fsync the kernel may have
// dropped the pages, and a later sync that succeeds would not bring them back. Restarting the
// process (SQLite's recovery reads what the disk really has) is the only way on.
class TransactionQueue final {
public:
    struct Options {
        std::size_t maxBatch = 4096;
    };

    TransactionQueue(std::unique_ptr<Connection> conn, Options options);
    TransactionQueue(const TransactionQueue &) = delete;
    TransactionQueue &operator=(const TransactionQueue &) = delete;
    ~TransactionQueue();

    template <typename F>
    auto submit(F &&fn) -> std::future<std::invoke_result_t<F &, Connection &>>
    {
        using R = std::invoke_result_t<F &, Connection &>;
        auto job = std::make_unique<TypedJob<R, std::decay_t<F>>>(std::forward<F>(fn));
        auto future = job->promise.get_future();
        enqueue(std::move(job));
        return future;
    }

    // Like submit(), but instead of a future, done(std::optional<R> result, std::exception_ptr
    // error) is called once the job's batch is durable (result set) or has failed (error set):
    // on the delivery thread (in commit order), or on the caller's thread when the queue is
    // already closing. For callers that fan one job's result out to many waiters (the claim desk
    // runs a whole run of comments as one job). done must not throw or block (it holds up every
    // later delivery); it may submit more jobs, but must not wait for them. A done that wakes
    // another thread should defer the wake-up to the end of the delivery round
    // (db/DeliveryRound.h), so that thread wakes once per round rather than once per job.
    template <typename F, typename Done>
    void submitThen(F &&fn, Done &&done)
    {
        using R = std::invoke_result_t<F &, Connection &>;
        static_assert(!std::is_void_v<R>, "submitThen needs a job that returns its result");
        enqueue(std::make_unique<CallbackJob<R, std::decay_t<F>, std::decay_t<Done>>>(
            std::forward<F>(fn), std::forward<Done>(done)));
    }

    // Submits and waits until the job is durable (or failed).
    template <typename F>
    auto run(F &&fn) -> std::invoke_result_t<F &, Connection &>
    {
        return submit(std::forward<F>(fn)).get();
    }

    // Called once, on the delivery thread, when a deferred sync has failed (after which every
    // batch fails): Database stops checkpointing there, since a checkpoint would copy frames
    // whose pages the kernel may have dropped into the database file. Set before submitting.
    using DurabilityLost = std::function<void()>;
    void onDurabilityLost(DurabilityLost handler);

    // Statistics, for benchmarks and diagnostics.
    std::size_t waiting() const; // jobs submitted and not yet taken by the writer
    std::size_t commits() const;
    std::size_t jobsCommitted() const;
    // fsyncs that made commits durable: one per commit that changed rows and whose sync
    // SQLite made, one per delivery round that paid deferred syncs.
    std::size_t syncs() const;

private:
    struct Job {
        virtual ~Job() = default;
        // Runs the job inside the open transaction; captures its result or exception (replacing
        // those of an earlier run).
        virtual void execute(Connection &conn) noexcept = 0;
        virtual bool failed() const noexcept = 0;
        // The batch is durable: deliver what execute captured.
        virtual void deliver() noexcept = 0;
        // The batch failed to commit.
        virtual void fail(std::exception_ptr error) noexcept = 0;
    };

    template <typename R, typename F>
    struct TypedJob final : Job {
        explicit TypedJob(F fn) : fn(std::move(fn)) {}
        F fn;
        std::promise<R> promise;
        std::conditional_t<std::is_void_v<R>, bool, std::optional<R>> result{};
        std::exception_ptr error;

        void execute(Connection &conn) noexcept override
        {
            error = nullptr;
            try {
                if constexpr (std::is_void_v<R>) {
                    fn(conn);
                    result = true;
                } else {
                    result.reset();
                    result.emplace(fn(conn));
                }
            } catch (...) {
                error = std::current_exception();
            }
        }
        bool failed() const noexcept override { return error != nullptr; }
        void deliver() noexcept override
        {
            if (error) {
                promise.set_exception(error);
                return;
            }
            if constexpr (std::is_void_v<R>)
                promise.set_value();
            else
                promise.set_value(std::move(*result));
        }
        void fail(std::exception_ptr e) noexcept override
        {
            promise.set_exception(error ? error : e);
        }
    };

    template <typename R, typename F, typename Done>
    struct CallbackJob final : Job {
        CallbackJob(F fn, Done done) : fn(std::move(fn)), done(std::move(done)) {}
        F fn;
        Done done;
        std::optional<R> result;
        std::exception_ptr error;

        void execute(Connection &conn) noexcept override
        {
            error = nullptr;
            result.reset();
            try {
                result.emplace(fn(conn));
            } catch (...) {
                error = std::current_exception();
            }
        }
        bool failed() const noexcept override { return error != nullptr; }
        void deliver() noexcept override
        {
            if (error)
                result.reset();
            done(std::move(result), error);
        }
        void fail(std::exception_ptr e) noexcept override
        {
            result.reset();
            done(std::move(result), error ? error : e);
        }
    };

    // What the delivery thread does with one job of a handed-over batch.
    struct Outcome {
        Job *job;
        std::exception_ptr failure; // set: fail(failure); empty: deliver()
    };
    struct Handover {
        std::vector<std::unique_ptr<Job>> jobs; // owned until delivered
        std::vector<Outcome> outcomes;          // in delivery order
        std::shared_ptr<WalDescriptor> owedSync; // set: the commit is not durable until synced
    };

    void enqueue(std::unique_ptr<Job> job);
    void loop();
    void runBatch(std::vector<std::unique_ptr<Job>> &batch);
    // On the delivery thread: pays the syncs the batches owe, then fulfils each handed-over
    // job, in order.
    void deliver(std::deque<Handover> &handovers);
    // Hands the whole batch over to fail with `error`.
    void failBatch(std::vector<std::unique_ptr<Job>> &batch, std::exception_ptr error);
    // Runs the jobs in one transaction. Returns the index of a job that failed after writing
    // (the transaction was rolled back), or nullopt when the transaction committed.
    std::optional<std::size_t> tryCommit(const std::vector<Job *> &jobs);

    std::unique_ptr<Connection> m_conn;
    Options m_options;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::unique_ptr<Job>> m_pending;
    bool m_stopping = false;
    std::size_t m_commits = 0;
    std::size_t m_jobsCommitted = 0;
    std::size_t m_syncs = 0;
    std::exception_ptr m_durabilityLost; // set by the first failed deferred sync

    DurabilityLost m_onDurabilityLost;
    // Started before the writer thread; stopped (after delivering what it was handed) by the
    // destructor once the writer has joined, before the connection closes.
    std::optional<HandoffThread<Handover>> m_delivery;
    std::thread m_thread;
};

} // namespace stallcast::db
