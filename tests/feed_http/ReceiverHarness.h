#pragma once

#include "TempDir.h"
#include "db/Database.h"
#include "feed/OrderEvents.h"
#include "feed/OrderReceiver.h"
#include "inventory/Catalog.h"
#include "orders/Order.h"

#include <httplib.h>

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace stallcast::test {

inline constexpr const char *kStallcastSecret = "whsec_first_test_secret";
inline constexpr const char *kRotatedSecret = "whsec_second_test_secret";
inline constexpr const char *kShopifySecret = "shpss_test_secret";

// A shop database with a hand-driven clock and the real order receiver on a free 127.0.0.1
// port, accepting Stallcast deliveries signed with kStallcastSecret (and any extra secrets).
struct ReceiverHarness {
    explicit ReceiverHarness(feed::ReceiverOptions options = {},
                             std::vector<std::string> extraStallcastSecrets = {},
                             bool acceptShopify = false); // with kShopifySecret
    ~ReceiverHarness();

    void addProduct(const std::string &sku, std::int64_t price, std::int64_t stock);
    inventory::Product product(const std::string &sku) const;
    std::vector<orders::Order> orders() const;
    bool ledgerBalanced() const;

    std::int64_t nowSeconds() const { return *clock / 1000; }
    int port() const { return receiver->boundAddress().port; }
    // A keep-alive HTTP client to the receiver.
    std::unique_ptr<httplib::ClientImpl> client() const;

    TempDir dir;
    std::shared_ptr<std::atomic<std::int64_t>> clock =
        std::make_shared<std::atomic<std::int64_t>>(1'790'000'000'000);
    std::unique_ptr<db::Database> db;
    std::unique_ptr<inventory::Catalog> catalog;
    std::unique_ptr<feed::OrderEvents> events;
    std::unique_ptr<feed::OrderReceiver> receiver;
};

} // namespace stallcast::test
