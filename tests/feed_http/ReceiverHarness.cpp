#include "ReceiverHarness.h"

#include "inventory/StockLedger.h"
#include "orders/OrderBook.h"

#include <csignal>
#include <stdexcept>

namespace stallcast::test {

ReceiverHarness::ReceiverHarness(feed::ReceiverOptions options,
                                 std::vector<std::string> extraStallcastSecrets,
                                 bool acceptShopify)
{
    std::signal(SIGPIPE, SIG_IGN); // a connection closed under a client must not end the test
    db::Database::Options dbOptions;
    auto c = clock;
    dbOptions.clock = [c] { return c->load(); };
    db = std::make_unique<db::Database>(dir / "shop.db", dbOptions);
    catalog = std::make_unique<inventory::Catalog>(*db);
    events = std::make_unique<feed::OrderEvents>();

    feed::SecretSet secrets;
    secrets.add(feed::WebhookSource::Stallcast, kStallcastSecret);
    for (auto &s : extraStallcastSecrets)
        secrets.add(feed::WebhookSource::Stallcast, std::move(s));
    if (acceptShopify)
        secrets.add(feed::WebhookSource::Shopify, kShopifySecret);
    options.listen = {"127.0.0.1", 0};
    receiver = std::make_unique<feed::OrderReceiver>(*db, std::move(secrets), *events,
                                                     std::move(options));
    receiver->start();
}

ReceiverHarness::~ReceiverHarness()
{
    receiver.reset();
    events.reset();
}

void ReceiverHarness::addProduct(const std::string &sku, std::int64_t price, std::int64_t stock)
{
    inventory::Product p;
    p.sku = sku;
    p.code = sku; // test SKUs are short codes too
    p.name = sku + " 상품";
    p.price = price;
    p.currency = "KRW";
    catalog->save(p, stock, "test");
}

inventory::Product ReceiverHarness::product(const std::string &sku) const
{
    auto p = catalog->findBySku(sku);
    if (!p)
        throw std::runtime_error("no product " + sku);
    return *p;
}

std::vector<orders::Order> ReceiverHarness::orders() const
{
    return orders::OrderBook(*db).list();
}

bool ReceiverHarness::ledgerBalanced() const
{
    return db->read([](db::Connection &conn) {
                 return inventory::StockLedger::verifyInvariant(conn);
             }).empty();
}

std::unique_ptr<httplib::ClientImpl> ReceiverHarness::client() const
{
    auto client = std::make_unique<httplib::ClientImpl>("127.0.0.1", port());
    client->set_keep_alive(true);
    client->set_read_timeout(30, 0);
    return client;
}

} // namespace stallcast::test
