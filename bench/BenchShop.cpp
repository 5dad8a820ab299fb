#include "BenchShop.h"

#include "db/Database.h"
#include "inventory/Catalog.h"
#include "inventory/StockLedger.h"
#include "orders/FlashSaleBook.h"

#include <cstdio>

namespace stallcast::bench {

std::string BenchShop::sku(std::size_t index)
{
    char text[32];
    std::snprintf(text, sizeof text, "FRUIT-%03zu", index);
    return text;
}

void BenchShop::create(const std::filesystem::path &file, std::size_t products)
{
    db::Database database(file);
    inventory::Catalog catalog(database);
    for (std::size_t i = 0; i < products; ++i) {
        inventory::Product p;
        p.sku = sku(i);
        p.name = "Jeju tangerines, box " + std::to_string(i);
        p.price = kPrice;
        p.currency = "KRW";
        catalog.save(p, kInitialStock, "bench");
    }
}

void BenchShop::startFlashSales(const std::filesystem::path &file, std::size_t products,
                                std::size_t units)
{
    db::Database database(file);
    orders::FlashSaleBook flash(database);
    for (std::size_t i = 0; i < products; ++i) {
        orders::FlashSaleStart sale;
        sale.sku = sku(i);
        sale.price = kPrice / 2;
        sale.durationMs = orders::kMaxFlashSaleMs;
        sale.quantity = static_cast<std::int64_t>(units);
        sale.actor = "bench";
        flash.start(sale);
    }
}

std::string BenchShop::check(const std::filesystem::path &file, std::size_t orders)
{
    auto conn = db::Database::openConnection(file, 30000);
    std::string problems;
    const auto recorded = conn->queryInt("SELECT count(*) FROM orders");
    if (recorded != static_cast<std::int64_t>(orders))
        problems += std::to_string(recorded) + " orders recorded, expected " + std::to_string(orders)
                    + "; ";
    const auto sold = conn->queryInt("SELECT coalesce(sum(allocated), 0) FROM order_lines");
    const auto onHand = conn->queryInt("SELECT sum(on_hand) FROM products");
    const auto opening = conn->queryInt("SELECT count(*) FROM products") * kInitialStock;
    if (onHand != opening - sold || sold != static_cast<std::int64_t>(orders))
        problems += "stock " + std::to_string(onHand) + " != " + std::to_string(opening) + " - "
                    + std::to_string(sold) + " sold; ";
    for (const auto &p : inventory::StockLedger::verifyInvariant(*conn))
        problems += "ledger: " + p + "; ";
    auto &integrity = conn->prepare("PRAGMA integrity_check");
    integrity.step();
    if (integrity.columnText(0) != "ok")
        problems += "integrity_check: " + integrity.columnText(0) + "; ";
    integrity.reset();
    return problems;
}

} // namespace stallcast::bench
