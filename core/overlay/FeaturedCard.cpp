#include "overlay/FeaturedCard.h"


#include "common/TextKey.h"
#include "inventory/Catalog.h"
#include "orders/FlashSaleBook.h"
#include "orders/OrderTable.h"

#include <algorithm>
#include <stdexcept>

namespace stallcast::overlay {

namespace {

// Orders read from the database per poll at most (the rest come at the next poll).
constexpr std::int64_t kOrdersPerPoll = 200;

std::int64_t unixMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::int64_t unixSeconds()
{
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

} // namespace

FeaturedCard::FeaturedCard(db::Database &database, FeaturedCardOptions options, FeaturedCardHooks hooks)
    : m_database(database), m_options(std::move(options)), m_hooks(std::move(hooks)),
      m_payment(m_options.payment), m_toasts(m_options.toasts)
{
    if (m_options.poll <= std::chrono::milliseconds(0))
        throw std::invalid_argument("FeaturedCard: the poll interval must be positive");
    m_lastPolledId = m_database.read([](db::Connection &conn) { return orders::OrderTable::lastId(conn); });
    m_poll = std::make_unique<PollingThread>(m_options.poll, std::chrono::milliseconds(0), [this] { tick(); });
}

FeaturedCard::~FeaturedCard()
{
    if (m_events != nullptr) {
        m_events->unsubscribe(m_subscription);
        m_events->waitUntilDispatched(); // a call to our subscriber under way has returned
    }
    m_poll->stop();
    detach();
}

void FeaturedCard::attach(std::vector<FeaturedCanvas> canvases)
{
    std::vector<CardTarget> cardTargets;
    std::vector<ToastTarget> toastTargets;
    std::vector<TickerTarget> tickerTargets;
    for (const auto &canvas : canvases) {
        if (canvas.layer == nullptr)
            throw std::invalid_argument("FeaturedCard::attach: a canvas without an overlay layer");
        cardTargets.push_back({canvas.layer, canvas.size, canvas.layout, canvas.picture});
        if (const auto toast = placeToast(canvas.layout, canvas.size))
            toastTargets.push_back({canvas.layer, *toast, canvas.layout.theme});
        if (const auto ticker = placeTicker(canvas.layout, canvas.size))
            tickerTargets.push_back({canvas.layer, *ticker, canvas.layout.theme});
    }
    std::lock_guard lock(m_presenterMutex);
    m_tickerPresenter.reset();
    m_toastPresenter.reset();
    m_presenter.reset();
    m_presenter = std::make_unique<CardPresenter>([this] { return currentCard(); },
                                                  std::move(cardTargets), m_hooks.rendered);
    m_toastPresenter = std::make_unique<ToastPresenter>(m_toasts, std::move(toastTargets), m_hooks.toast);
    m_tickerPresenter = std::make_unique<TickerPresenter>(m_sales, std::move(tickerTargets), m_hooks.ticker);
}

void FeaturedCard::detach()
{
    std::lock_guard lock(m_presenterMutex);
    m_tickerPresenter.reset();
    m_toastPresenter.reset();
    m_presenter.reset();
}

void FeaturedCard::feature(const std::string &sku)
{
    const auto now = m_database.nowMs();
    {
        std::lock_guard lock(m_stateMutex);
        m_sku = sku;
        m_featuredSinceMs = now;
        m_startAvailable.reset();
    }
    refresh();
}

void FeaturedCard::clear()
{
    {
        std::lock_guard lock(m_stateMutex);
        m_sku.reset();
        m_startAvailable.reset();
    }
    refresh();
}

std::optional<std::string> FeaturedCard::featured() const
{
    std::lock_guard lock(m_stateMutex);
    return m_sku;
}

void FeaturedCard::watch(feed::OrderEvents &events)
{
    if (m_events != nullptr)
        throw std::logic_error("FeaturedCard already watches an order feed");
    m_events = &events;
    m_subscription = events.subscribe([this](const feed::OrderEvent &event) {
        const auto sku = featured();
        bool featuredLine = false;
        for (const auto &line : event.order.lines)
            featuredLine = featuredLine || (sku && foldedKey(line.sku) == foldedKey(*sku));
        if (featuredLine)
            refresh();
        takeSales(event.order);
    });
}

void FeaturedCard::takeSales(const orders::Order &order)
{
    const auto sales = m_sales.take(order, unixMs());
    for (const auto &sale : sales)
        m_toasts.push(boughtText(sale.handle, sale.qty, sale.productName));
    if (sales.empty())
        return;
    std::lock_guard lock(m_presenterMutex);
    if (m_tickerPresenter)
        m_tickerPresenter->wake();
}

void FeaturedCard::followOrders()
{
    try {
        const auto orders = m_database.read([&](db::Connection &conn) {
            return orders::OrderTable::listAfter(conn, m_lastPolledId, kOrdersPerPoll);
        });
        for (const auto &order : orders) {
            m_lastPolledId = order.id;
            takeSales(order);
        }
    } catch (const std::exception &) {
        // A busy or locked database: the next poll reads the same orders again.
    }
}

void FeaturedCard::refresh()
{
    std::lock_guard lock(m_presenterMutex);
    if (m_presenter)
        m_presenter->refresh();
}

std::string FeaturedCard::lastError() const
{
    std::lock_guard lock(m_presenterMutex);
    return m_presenter ? m_presenter->lastError() : std::string();
}

void FeaturedCard::tick()
{
    refresh();
    followOrders();
}

// The product's newest flash sale from the shop database (started by the stream, the CLI or
// the studio; the order book charges it and counts its units), while it runs and, once over,
// for as long as the product stays featured; one already over when it was featured is not shown.
std::optional<FlashSale> FeaturedCard::flashSaleNow(const inventory::Product &product)
{
    std::int64_t since = 0;
    {
        std::lock_guard lock(m_stateMutex);
        since = m_featuredSinceMs;
    }
    const auto sale = orders::FlashSaleBook(m_database).latest(product.sku);
    if (!sale || sale->stoppedMs.value_or(sale->endsMs) <= since)
        return std::nullopt;
    const auto left = sale->open() ? sale->endsMs - m_database.nowMs() : 0;
    FlashSale flash;
    flash.price = sale->price;
    flash.secondsLeft = left <= 0 ? 0 : (left + 999) / 1000;
    flash.quantity = sale->quantity;
    flash.sold = std::min(sale->sold, sale->quantity);
    flash.perBuyerCap = sale->perBuyerCap.value_or(0);
    return flash;
}

// Presenter thread: the card as it is now, or none when nothing is featured.
std::optional<ProductCard> FeaturedCard::currentCard()
{
    for (;;) {
        std::string sku;
        {
            std::lock_guard lock(m_stateMutex);
            if (!m_sku)
                return std::nullopt;
            sku = *m_sku;
        }
        const auto product = inventory::Catalog(m_database).findBySku(sku);
        if (!product)
            throw std::runtime_error("the featured product " + sku + " is not in the catalogue");
        std::int64_t soldSince = 0;
        {
            std::lock_guard lock(m_stateMutex);
            if (m_sku != sku)
                continue; // something else was featured meanwhile: read that one
            if (!m_startAvailable)
                m_startAvailable = product->available();
            soldSince = std::max<std::int64_t>(0, *m_startAvailable - product->available());
        }
        const auto payment = m_payment.codeFor(product->sku, product->available() <= 0, unixSeconds());
        auto card = cardFromProduct(*product, payment.code.payload);
        card.qrWaitlist = payment.waitlist;
        card.qrMinimum = payment.code.levelRule.minimum;
        card.qrMaximum = payment.code.levelRule.maximum;
        if (m_options.salesGoal > 0)
            card.salesGoal = ProductCard::SalesGoal{soldSince, m_options.salesGoal};
        card.flashSale = flashSaleNow(*product);
        return card;
    }
}

} // namespace stallcast::overlay
