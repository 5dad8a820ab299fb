// A completion's deferred action runs once, after every completion of its delivery round.
#include "TestFramework.h"

#include "TempDir.h"

#include "db/DeliveryRound.h"
#include "db/TransactionQueue.h"

#include <chrono>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

using namespace stallcast;
using stallcast::test::TempDir;

TEST_CASE("delivery round: outside a round a deferred action runs at once", "[db][groupcommit]")
{
    int runs = 0;
    db::atDeliveryRoundEnd(&runs, [&] { ++runs; });
    CHECK(runs == 1);
    db::atDeliveryRoundEnd(&runs, [&] { ++runs; });
    CHECK(runs == 2);
}

TEST_CASE("delivery round: actions run once per key when the round ends, in the order first "
          "deferred, and may defer more",
          "[db][groupcommit]")
{
    std::vector<std::string> log;
    {
        db::DeliveryRound round;
        const int first = 0;
        const int second = 0;
        db::atDeliveryRoundEnd(&second, [&] {
            log.push_back("second");
            db::atDeliveryRoundEnd(&log, [&] { log.push_back("deferred by second"); });
        });
        log.push_back("completion 1");
        db::atDeliveryRoundEnd(&first, [&] { log.push_back("first"); });
        db::atDeliveryRoundEnd(&second, [&] { log.push_back("second again"); });
        log.push_back("completion 2");
        CHECK_THROWS_AS(db::DeliveryRound(), std::logic_error); // one round at a time
    }
    CHECK(log
          == std::vector<std::string>{"completion 1", "completion 2", "second", "first",
                                      "deferred by second"});
    // The round is closed: back to running at once.
    db::atDeliveryRoundEnd(&log, [&] { log.push_back("after"); });
    CHECK(log.back() == "after");
}

TEST_CASE("delivery round: a transaction queue's completions share one round per delivery",
          "[db][groupcommit]")
{
    TempDir dir;
    auto conn = std::make_unique<db::Connection>(dir / "round.db");
    conn->exec("PRAGMA journal_mode = WAL; CREATE TABLE t (v INTEGER)");
    db::TransactionQueue queue(std::move(conn), db::TransactionQueue::Options{});

    // Hold the writer so that the jobs after the gate pile up and commit as one batch. The held
    // job must be running before they are submitted: a writer that woke late would otherwise take
    // some of them into the held job's batch, and their round would end before the others'.
    std::promise<void> release;
    std::promise<void> running;
    auto held = queue.submit(
        [gate = release.get_future().share(), &running](db::Connection &) {
            running.set_value();
            gate.wait();
        });
    REQUIRE(running.get_future().wait_for(std::chrono::seconds(30)) == std::future_status::ready);
    constexpr int kJobs = 50;
    std::mutex mutex;
    std::vector<std::string> log;
    std::promise<void> flushed;
    for (int i = 0; i < kJobs; ++i)
        queue.submitThen(
            [i](db::Connection &c) {
                c.prepare("INSERT INTO t (v) VALUES (?1)").bind(1, i).run();
                return i;
            },
            [&](std::optional<int> result, std::exception_ptr) {
                {
                    std::lock_guard lock(mutex);
                    log.push_back("job " + std::to_string(result.value_or(-1)));
                }
                db::atDeliveryRoundEnd(&log, [&] {
                    std::lock_guard lock(mutex);
                    log.push_back("flush");
                    if (log.size() == kJobs + 1)
                        flushed.set_value();
                });
            });
    release.set_value();
    held.get();
    // Without rounds the flush would run after each job and this would never be reached.
    REQUIRE(flushed.get_future().wait_for(std::chrono::seconds(30)) == std::future_status::ready);

    std::lock_guard lock(mutex);
    REQUIRE(log.size() == kJobs + 1); // one flush for the whole batch, after all its jobs
    for (int i = 0; i < kJobs; ++i)
        CHECK(log[static_cast<std::size_t>(i)] == "job " + std::to_string(i));
    CHECK(log.back() == "flush");
}
