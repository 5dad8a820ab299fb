#pragma once

#include "TempDir.h"
#include "db/Database.h"
#include "inventory/Catalog.h"
#include "orders/HoldBook.h"
#include "orders/OrderBook.h"

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>

namespace stallcast::test {

// A temporary shop database with a hand-driven clock and a few products.
struct ShopFixture {
    ShopFixture();

    // Adds a KRW product; returns its id.
    std::int64_t addProduct(const std::string &sku, const std::string &code, std::int64_t price,
                            std::int64_t stock, std::optional<std::int64_t> perBuyerLimit = {});
    inventory::Product product(const std::string &sku) const;
    // The ledger invariant holds for every product.
    bool ledgerBalanced() const;
    // Every flash sale's stored count equals the units its live orders and open holds hold.
    bool flashCountsAgree() const;

    void advanceMinutes(std::int64_t minutes) { nowMs += minutes * 60 * 1000; }

    TempDir dir;
    std::shared_ptr<std::atomic<std::int64_t>> clock = std::make_shared<std::atomic<std::int64_t>>(
        1'790'000'000'000);
    std::atomic<std::int64_t> &nowMs = *clock;
    std::unique_ptr<db::Database> db;
    std::unique_ptr<inventory::Catalog> catalog;
    std::unique_ptr<orders::OrderBook> book;
    std::unique_ptr<orders::HoldBook> holds;
};

orders::OrderRequest unpaidOrder(const std::string &buyer, const std::string &sku, std::int64_t qty);
orders::OrderRequest paidOrder(const std::string &source, const std::string &externalId,
                               const std::string &buyer, const std::string &sku, std::int64_t qty);

} // namespace stallcast::test
