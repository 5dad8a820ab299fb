#pragma once

#include "checkout/QrModuleSize.h"
#include "db/Database.h"
#include "feed/OrderEvents.h"
#include "media/overlay/OverlayLayer.h"
#include "overlay/CardPayment.h"
#include "overlay/CardPresenter.h"
#include "overlay/CardTemplate.h"
#include "overlay/PollingThread.h"
#include "overlay/RecentSales.h"
#include "overlay/TickerPresenter.h"
#include "overlay/ToastPresenter.h"
#include "overlay/ToastQueue.h"

#include <QSize>

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace stallcast::inventory {
struct Product;
}

namespace stallcast::overlay {

// One canvas of a running broadcast that the featured card goes on.
struct FeaturedCanvas {
    media::OverlayLayer *layer = nullptr; // outlives the attachment (attach() again or detach())
    QSize size{1280, 720};
    checkout::StreamPicture picture;      // size, fps and bitrate: the QR's module size
    CardTemplate layout;                  // builtInCardTemplate(size) or the merchant's
};

struct FeaturedCardOptions {
    PaymentSource payment;   // empty: no QR code on the card
    std::int64_t salesGoal = 0; // > 0: "12/50 sold" and a bar (units since the product was featured)
    // How often stock changes and orders by other processes (the studio, `orders add`) are
    // looked for.
    std::chrono::milliseconds poll{250};
    ToastQueue::Options toasts; // how long each toast shows, when a burst is summarised
};

struct FeaturedCardHooks {
    CardPresenter::RenderHook rendered; // each card drawn (presenter thread)
    ToastPresenter::Hook toast;         // each toast shown or taken off (toast thread)
    TickerPresenter::Hook ticker;       // each change of the ticker's items (ticker thread)
};

// The featured product's card, the "just bought" toasts and the ticker of recent sales, on
// every canvas of a broadcast: the one object the stream command and the studio share
// (docs/OVERLAY.md, "FeaturedCard"). Sales come from the watched in-process order events and,
// every options.poll, from the orders other processes recorded in the database (each order
// counted once, whichever brings it first; orders recorded before it was constructed are not shown).
//
// feature(), clear() and refresh() never block (they only note what is wanted and wake the
// card's thread, which reads the database and renders). The constructor reads the last order
// id; attach() and detach() stop and start the presenters (attach renders the first card
// before returning): call them where the broadcast itself is built or torn down, off the UI
// thread. The database and any watched
// OrderEvents must outlive this object; each layer must outlive its attachment.
class FeaturedCard final {
public:
    FeaturedCard(db::Database &database, FeaturedCardOptions options, FeaturedCardHooks hooks = {});
    FeaturedCard(const FeaturedCard &) = delete;
    FeaturedCard &operator=(const FeaturedCard &) = delete;
    // Detaches (takes everything off the layers); waits for an order event being delivered to
    // it to finish.
    ~FeaturedCard();

    // Puts the card (and toasts) on these canvases, taking them off the ones attached before
    // (the studio rebuilt its broadcast). Throws what the first render throws (a QR code too
    // big for the card) after taking everything off.
    void attach(std::vector<FeaturedCanvas> canvases);
    void detach();

    // Shows this product (by SKU, case as in the catalogue) from now on. Its flash sale comes
    // from the shop database (orders::FlashSaleBook): one live at or after this moment shows.
    // An unknown SKU keeps the old card up and sets lastError().
    void feature(const std::string &sku);
    // Takes the card off (toasts and the ticker keep coming).
    void clear();
    std::optional<std::string> featured() const;

    // In-process orders (the receiver's, the studio's): the card follows them at once and each
    // sale becomes a toast. Once; the events must outlive this object.
    void watch(feed::OrderEvents &events);

    void refresh(); // look at the database again now (it is also done every options.poll)
    std::string lastError() const;

private:
    std::optional<ProductCard> currentCard();
    std::optional<FlashSale> flashSaleNow(const inventory::Product &product);
    void tick();
    void followOrders(); // the ticker thread: orders other processes recorded
    void takeSales(const orders::Order &order);

    db::Database &m_database;
    FeaturedCardOptions m_options;
    FeaturedCardHooks m_hooks;

    // What is featured (any thread writes; the presenter's thread reads).
    mutable std::mutex m_stateMutex;
    std::optional<std::string> m_sku;
    std::int64_t m_featuredSinceMs = 0; // database clock: older flash sales are not shown
    std::optional<std::int64_t> m_startAvailable; // stock when featured: sold-since counts
    std::string m_featureError;
    CardPayment m_payment; // presenter thread only

    ToastQueue m_toasts;
    RecentSales m_sales;
    std::int64_t m_lastPolledId = 0; // the ticker thread only (after the constructor)
    feed::OrderEvents *m_events = nullptr;
    feed::OrderEvents::SubscriptionId m_subscription = 0;

    mutable std::mutex m_presenterMutex; // attach/detach against refresh and the ticker
    std::unique_ptr<CardPresenter> m_presenter;
    std::unique_ptr<ToastPresenter> m_toastPresenter;
    std::unique_ptr<TickerPresenter> m_tickerPresenter;

    std::unique_ptr<PollingThread> m_poll; // every options.poll: tick()
};

} // namespace stallcast::overlay
