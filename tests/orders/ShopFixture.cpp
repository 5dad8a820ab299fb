#include "ShopFixture.h"

#include "inventory/StockLedger.h"
#include "orders/FlashSaleTable.h"

namespace stallcast::test {

ShopFixture::ShopFixture()
{
    db::Database::Options options;
    auto c = clock;
    options.clock = [c] { return c->load(); };
    db = std::make_unique<db::Database>(dir / "shop.db", options);
    catalog = std::make_unique<inventory::Catalog>(*db);
    book = std::make_unique<orders::OrderBook>(*db);
    holds = std::make_unique<orders::HoldBook>(*db);
}

std::int64_t ShopFixture::addProduct(const std::string &sku, const std::string &code,
                                     std::int64_t price, std::int64_t stock,
                                     std::optional<std::int64_t> perBuyerLimit)
{
    inventory::Product p;
    p.sku = sku;
    p.code = code;
    p.name = sku + " 상품";
    p.price = price;
    p.currency = "KRW";
    p.perBuyerLimit = perBuyerLimit;
    return catalog->save(p, stock, "test");
}

inventory::Product ShopFixture::product(const std::string &sku) const
{
    auto p = catalog->findBySku(sku);
    if (!p)
        throw std::runtime_error("no product " + sku);
    return *p;
}

bool ShopFixture::ledgerBalanced() const
{
    return db->read([](db::Connection &c) { return inventory::StockLedger::verifyInvariant(c); })
        .empty();
}

bool ShopFixture::flashCountsAgree() const
{
    return db->read([](db::Connection &c) { return orders::FlashSaleTable::verifyCounts(c); })
        .empty();
}

orders::OrderRequest unpaidOrder(const std::string &buyer, const std::string &sku, std::int64_t qty)
{
    orders::OrderRequest r;
    r.buyer.handle = buyer;
    r.lines.push_back({sku, qty, std::nullopt});
    return r;
}

orders::OrderRequest paidOrder(const std::string &source, const std::string &externalId,
                               const std::string &buyer, const std::string &sku, std::int64_t qty)
{
    auto r = unpaidOrder(buyer, sku, qty);
    r.source = source;
    r.externalId = externalId;
    r.paid = true;
    return r;
}

} // namespace stallcast::test
