#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>

namespace stallcast::bench {

// The catalogue every benchmark run starts from: `products` SKUs with stock that never runs out,
// so every order placed is an accepted, stock-taking order.
struct BenchShop {
    static constexpr std::int64_t kInitialStock = 1'000'000'000;
    static constexpr std::int64_t kPrice = 12'000;

    static std::string sku(std::size_t index);

    // Creates the database file and its products (through the catalogue, so the ledger has the
    // opening stock movements).
    static void create(const std::filesystem::path &file, std::size_t products);
    // Starts a flash sale of `units` at half the price on every product, for 24 hours.
    static void startFlashSales(const std::filesystem::path &file, std::size_t products,
                                std::size_t units);

    // After a run: exactly `orders` orders with one allocated unit each, stock == opening stock
    // minus units sold per product, ledger invariant, integrity_check. Empty when all hold,
    // else what failed.
    static std::string check(const std::filesystem::path &file, std::size_t orders);
};

} // namespace stallcast::bench
