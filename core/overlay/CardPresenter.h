#pragma once

#include "checkout/QrModuleSize.h"
#include "feed/OrderEvents.h"
#include "media/overlay/OverlayLayer.h"
#include "overlay/CardRenderer.h"
#include "overlay/CardTemplate.h"
#include "overlay/ProductCard.h"

#include <QRect>

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace stallcast::overlay {

// One canvas the card goes on.
struct CardTarget {
    media::OverlayLayer *layer = nullptr; // outlives the presenter
    QSize canvas{1280, 720};
    CardTemplate layout;
    checkout::StreamPicture picture;
};

// What the presenter drew and when (a test and benchmark hook; never the encode thread).
struct CardRenderReport {
    ProductCard card;
    std::vector<RenderedCard> rendered; // one per target, in order
    std::vector<QRect> placed;          // where each went on its canvas
    std::vector<std::uint64_t> layerVersions; // each layer's version once it held this card
    std::chrono::steady_clock::time_point pushedAt; // when the last layer got its image
    std::uint64_t renderCount = 0;      // 1, 2, ... renders so far
};

// Keeps the featured product's card on the canvases up to date, on a thread of its own: when
// told something may have changed (an order event for the product, refresh(), and every
// kCountdownPoll while a flash sale's countdown runs), it asks
// `source` for the card as it is now and, only if that differs from what is shown, renders
// it for each target and sets it into the target's overlay layer. A source that gives no card
// (nothing featured) takes the card off the layers. Nothing here runs per video
// frame: the layer blends the last image it was given.
class CardPresenter final {
public:
    // Called on the presenter's thread; nullopt: no card.
    using CardSource = std::function<std::optional<ProductCard>()>;
    using RenderHook = std::function<void(const CardRenderReport &)>;

    static constexpr const char *kOverlayId = "product-card";
    static constexpr int kOverlayZ = 10;
    static constexpr std::chrono::milliseconds kCountdownPoll{100};

    // Renders the first card before returning (so a stream starts with it; a source or renderer
    // error, such as a QR code too big for the card, is thrown here).
    CardPresenter(CardSource source, std::vector<CardTarget> targets, RenderHook hook = {});
    CardPresenter(const CardPresenter &) = delete;
    CardPresenter &operator=(const CardPresenter &) = delete;
    // Stops watching, joins the thread and takes the card off the layers.
    ~CardPresenter();

    // Any thread: re-read the card soon. Cheap; several calls before the thread wakes are one.
    void refresh();
    // Refreshes after each order event with a line for this SKU (compared case-insensitively).
    void watch(feed::OrderEvents &events, const std::string &sku);

    std::uint64_t renderCount() const;
    // The last error from the source or the renderer (the old card stays up); empty when none.
    std::string lastError() const;

private:
    void run();
    void renderAndPush(const ProductCard &card);
    void takeOff();

    CardSource m_source;
    std::vector<CardTarget> m_targets;
    std::vector<CardRenderer> m_renderers;
    RenderHook m_hook;

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_dirty = false;
    bool m_stopping = false;
    std::uint64_t m_renderCount = 0;
    std::string m_lastError;
    std::unique_ptr<ProductCard> m_shown; // presenter thread (and the constructor); null: none

    feed::OrderEvents *m_events = nullptr;
    feed::OrderEvents::SubscriptionId m_subscription = 0;
    std::thread m_thread;
};

} // namespace stallcast::overlay
