#include "TestFramework.h"

#include "TempDir.h"

#include "db/Database.h"

#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>
#include <thread>
#include <utility>
#include <future>
#include <optional>
#include <string>
#include <stdexcept>
#include <vector>

using namespace stallcast;
using stallcast::test::TempDir;

namespace {

void createTable(db::Database &database)
{
    database.write([](db::Connection &c) { c.exec("CREATE TABLE IF NOT EXISTS t (v INTEGER)"); });
}

std::int64_t rows(db::Database &database, const std::string &where = "1")
{
    return database.read(
        [&](db::Connection &c) { return c.queryInt("SELECT count(*) FROM t WHERE " + where); });
}

std::future<void> insert(db::TransactionQueue &queue, int value)
{
    return queue.submit([value](db::Connection &c) {
        c.prepare("INSERT INTO t (v) VALUES (?1)").bind(1, value).run();
    });
}

} // namespace

TEST_CASE("transaction queue: a job that fails before writing leaves the batch alone",
          "[db][groupcommit]")
{
    TempDir dir;
    db::Database database(dir / "q.db");
    createTable(database);
    auto &queue = database.writer();
    std::vector<std::future<void>> ok;
    std::future<void> bad;
    {
        // Submitted together so that they share a batch (the writer may still split them).
        for (int i = 0; i < 50; ++i)
            ok.push_back(insert(queue, i));
        bad = queue.submit([](db::Connection &) { throw std::invalid_argument("refused"); });
        for (int i = 50; i < 100; ++i)
            ok.push_back(insert(queue, i));
    }
    for (auto &f : ok)
        CHECK_NOTHROW(f.get());
    CHECK_THROWS_AS(bad.get(), std::invalid_argument);
    CHECK(rows(database) == 100);
}

TEST_CASE("transaction queue: a job that fails after writing is taken out, the others commit",
          "[db][groupcommit]")
{
    TempDir dir;
    db::Database database(dir / "q.db");
    createTable(database);
    auto &queue = database.writer();
    std::atomic<int> runsOfFirst{0};
    // Hold the writer busy so that everything below lands in one batch.
    std::promise<void> gate;
    auto blocker = queue.submit([g = gate.get_future().share()](db::Connection &) { g.wait(); });
    auto first = queue.submit([&runsOfFirst](db::Connection &c) {
        ++runsOfFirst;
        c.prepare("INSERT INTO t (v) VALUES (?1)").bind(1, 1).run();
        return 1;
    });
    auto poisoned = queue.submit([](db::Connection &c) {
        c.prepare("INSERT INTO t (v) VALUES (?1)").bind(1, 666).run();
        throw std::runtime_error("half done");
    });
    auto last = insert(queue, 3);
    gate.set_value();
    blocker.get();
    CHECK(first.get() == 1);
    CHECK_THROWS_WITH(poisoned.get(), "half done");
    CHECK_NOTHROW(last.get());
    CHECK(rows(database, "v = 666") == 0); // its write did not survive
    CHECK(rows(database) == 2);
    CHECK(runsOfFirst >= 1);
}

TEST_CASE("transaction queue: a job abandoned mid-query does not block other processes' writes",
          "[db][groupcommit]")
{
    TempDir dir;
    db::Database database(dir / "q.db");
    createTable(database);
    for (int i = 0; i < 5; ++i)
        insert(database.writer(), i).get();
    // Step a cached statement once, then throw: the statement stays open unless reset.
    CHECK_THROWS(database.write([](db::Connection &c) {
        auto &stmt = c.prepare("SELECT v FROM t ORDER BY v");
        stmt.step();
        throw std::runtime_error("bad row");
    }));
    CHECK_THROWS(database.read([](db::Connection &c) {
        auto &stmt = c.prepare("SELECT v FROM t ORDER BY v DESC");
        stmt.step();
        throw std::runtime_error("bad row");
        return 0;
    }));
    // Another process (here: another Database on the same file) writes meanwhile.
    {
        db::Database other(dir / "q.db");
        insert(other.writer(), 100).get();
    }
    // The writer's next transaction must still get the lock, and the reader must see the
    // other process's row.
    CHECK_NOTHROW(insert(database.writer(), 7).get());
    CHECK(rows(database, "v = 100") == 1);
    CHECK(rows(database) == 7);
}

TEST_CASE("transaction queue: submitThen reports the result once durable, or the job's error",
          "[db][groupcommit]")
{
    TempDir dir;
    db::Database database(dir / "then.db");
    createTable(database);
    auto &queue = database.writer();
    std::promise<std::pair<std::int64_t, bool>> okSeen;
    queue.submitThen(
        [](db::Connection &c) {
            c.prepare("INSERT INTO t (v) VALUES (7)").run();
            return c.lastInsertRowId();
        },
        [&](std::optional<std::int64_t> id, std::exception_ptr error) {
            okSeen.set_value({id.value_or(-1), error == nullptr});
        });
    const auto [id, clean] = okSeen.get_future().get();
    CHECK(clean);
    CHECK(id > 0);
    CHECK(rows(database, "v = 7") == 1); // durable and visible when done() ran

    std::promise<std::string> errorSeen;
    queue.submitThen(
        [](db::Connection &c) -> int {
            c.prepare("INSERT INTO t (v) VALUES (8)").run();
            throw std::runtime_error("after writing");
        },
        [&](std::optional<int> result, std::exception_ptr error) {
            try {
                if (result || !error)
                    throw std::logic_error("expected only an error");
                std::rethrow_exception(error);
            } catch (const std::exception &e) {
                errorSeen.set_value(e.what());
            }
        });
    CHECK(errorSeen.get_future().get() == "after writing");
    CHECK(rows(database, "v = 8") == 0); // its write was rolled back
}

TEST_CASE("transaction queue: results reach callers in commit order from a thread of their own, "
          "and closing the queue delivers every one", "[db][groupcommit]")
{
    TempDir dir;
    const auto file = dir / "delivery.db";
    auto conn = std::make_unique<db::Connection>(file);
    conn->exec("PRAGMA journal_mode = WAL; CREATE TABLE t (v INTEGER)");
    auto queue = std::make_unique<db::TransactionQueue>(std::move(conn),
                                                        db::TransactionQueue::Options{});
    constexpr int kJobs = 2000;
    std::mutex mutex;
    std::vector<int> delivered;
    std::vector<std::thread::id> writers;
    std::vector<std::thread::id> deliverers;
    std::vector<std::future<int>> futures;
    for (int i = 0; i < kJobs; ++i) {
        if (i % 2 == 0) {
            queue->submitThen(
                [i](db::Connection &c) {
                    c.prepare("INSERT INTO t (v) VALUES (?1)").bind(1, i).run();
                    return std::pair{i, std::this_thread::get_id()};
                },
                [&](std::optional<std::pair<int, std::thread::id>> result, std::exception_ptr) {
                    std::lock_guard lock(mutex);
                    delivered.push_back(result ? result->first : -1);
                    if (result)
                        writers.push_back(result->second);
                    deliverers.push_back(std::this_thread::get_id());
                });
        } else {
            futures.push_back(queue->submit([i](db::Connection &c) {
                c.prepare("INSERT INTO t (v) VALUES (?1)").bind(1, i).run();
                return i;
            }));
        }
    }
    queue.reset(); // drains: every job commits and every result is delivered before it returns

    REQUIRE(delivered.size() == kJobs / 2);
    bool inOrder = true;
    for (std::size_t k = 0; k < delivered.size(); ++k)
        inOrder = inOrder && delivered[k] == static_cast<int>(2 * k);
    CHECK(inOrder);
    const auto here = std::this_thread::get_id();
    bool ownThread = true;
    for (std::size_t k = 0; k < deliverers.size(); ++k)
        ownThread = ownThread && deliverers[k] != here && deliverers[k] != writers.at(k)
                    && deliverers[k] == deliverers.front();
    CHECK(ownThread);
    bool allReady = true;
    for (std::size_t k = 0; k < futures.size(); ++k)
        allReady = allReady && futures[k].wait_for(std::chrono::seconds(0)) == std::future_status::ready
                   && futures[k].get() == static_cast<int>(2 * k + 1);
    CHECK(allReady);
    db::Connection check(file);
    CHECK(check.queryInt("SELECT count(*) FROM t") == kJobs);
}
