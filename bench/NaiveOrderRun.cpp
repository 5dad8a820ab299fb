#include "NaiveOrderRun.h"

#include "BenchShop.h"
#include "CpuTime.h"
#include "db/Database.h"
#include "db/SqliteConnection.h"

#include <chrono>
#include <latch>
#include <string>
#include <thread>
#include <vector>

namespace stallcast::bench {

namespace {

using SteadyClock = std::chrono::steady_clock;

struct ProductRow {
    std::int64_t id;
    std::string sku;
    std::string name;
    std::int64_t price;
};

std::vector<ProductRow> loadProducts(db::Connection &conn)
{
    std::vector<ProductRow> rows;
    auto &stmt = conn.prepare("SELECT id, sku, name, price FROM products ORDER BY id");
    while (stmt.step())
        rows.push_back({stmt.columnInt(0), stmt.columnText(1), stmt.columnText(2), stmt.columnInt(3)});
    return rows;
}

// One order in one transaction. Returns false when the stock guard refused it.
bool placeOne(db::Connection &conn, const ProductRow &product, const std::string &buyer,
              std::int64_t nowMs)
{
    db::Transaction tx(conn); // rolled back unless committed below
    conn.prepare("INSERT INTO orders (source, status, buyer_handle, buyer_key, currency, total, "
                 "created_ms, updated_ms) VALUES ('bench', 'pending', ?1, ?1, 'KRW', ?2, ?3, ?3)")
        .bind(1, buyer)
        .bind(2, product.price)
        .bind(3, nowMs)
        .run();
    const auto orderId = conn.lastInsertRowId();
    conn.prepare("INSERT INTO order_lines (order_id, line_no, product_id, sku, name, qty, "
                 "unit_price, allocated) VALUES (?1, 1, ?2, ?3, ?4, 1, ?5, 1)")
        .bind(1, orderId)
        .bind(2, product.id)
        .bind(3, product.sku)
        .bind(4, product.name)
        .bind(5, product.price)
        .run();
    // The ledger row, chained after the product's latest movement (schema v10), written only
    // if the stock guard lets the sale through; then the product's figures.
    conn.prepare("INSERT INTO stock_movements (product_id, reason, on_hand_delta, held_delta, "
                 "actor, reference, at_ms, prev_id) SELECT ?1, 'sale', -1, 0, 'bench', ?2, ?3, "
                 "last_movement_id FROM products WHERE id = ?1 AND on_hand - 1 >= 0 "
                 "AND held <= on_hand - 1")
        .bind(1, product.id)
        .bind(2, "order:" + std::to_string(orderId))
        .bind(3, nowMs)
        .run();
    if (conn.changes() != 1)
        return false;
    conn.prepare("UPDATE products SET on_hand = on_hand - 1, updated_ms = ?2, "
                 "last_movement_id = ?3 WHERE id = ?1")
        .bind(1, product.id)
        .bind(2, nowMs)
        .bind(3, conn.lastInsertRowId())
        .run();
    tx.commit();
    return true;
}

} // namespace

RunResult runNaiveOrders(const std::filesystem::path &file, std::size_t orders,
                         std::size_t producers)
{
    std::vector<std::unique_ptr<db::Connection>> connections;
    for (std::size_t p = 0; p < producers; ++p)
        connections.push_back(db::Database::openConnection(file, 60000));
    const auto products = loadProducts(*connections.front());

    std::vector<LatencyStats> latencies(producers);
    std::vector<std::size_t> placed(producers, 0);
    std::vector<std::size_t> failed(producers, 0);
    std::latch start(static_cast<std::ptrdiff_t>(producers) + 1);
    std::vector<std::jthread> threads;
    for (std::size_t p = 0; p < producers; ++p) {
        threads.emplace_back([&, p] {
            db::Connection &conn = *connections[p];
            const std::size_t mine = orders / producers + (p < orders % producers ? 1 : 0);
            latencies[p].reserve(mine);
            start.arrive_and_wait();
            for (std::size_t i = 0; i < mine; ++i) {
                const auto &product = products[(p + i * producers) % products.size()];
                const std::string buyer = "viewer-" + std::to_string(p) + "-" + std::to_string(i);
                const auto t0 = SteadyClock::now();
                try {
                    if (placeOne(conn, product, buyer, systemNowMs()))
                        ++placed[p];
                    else
                        ++failed[p];
                } catch (const std::exception &) {
                    ++failed[p];
                }
                latencies[p].add(std::chrono::duration_cast<std::chrono::nanoseconds>(
                                     SteadyClock::now() - t0)
                                     .count());
            }
        });
    }
    start.arrive_and_wait();
    const auto t0 = SteadyClock::now();
    const double cpu0 = processCpuSeconds();
    threads.clear(); // joins
    const auto elapsed = std::chrono::duration<double>(SteadyClock::now() - t0).count();
    const double cpu = processCpuSeconds() - cpu0;
    connections.clear();

    RunResult r;
    r.mode = "naive (1 transaction per order)";
    r.producers = producers;
    r.inFlight = 1;
    r.seconds = elapsed;
    r.cpuSeconds = cpu;
    for (std::size_t p = 0; p < producers; ++p) {
        r.orders += placed[p];
        r.failed += failed[p];
        r.latency.merge(latencies[p]);
    }
    r.fsyncs = r.orders;
    r.check = BenchShop::check(file, r.orders);
    return r;
}

} // namespace stallcast::bench
