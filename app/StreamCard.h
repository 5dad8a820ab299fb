#pragma once

#include "FeatureOptions.h"
#include "db/Database.h"
#include "feed/OrderEvents.h"
#include "feed/OrderReceiver.h"
#include "media/pipeline/Broadcast.h"
#include "overlay/FeaturedCard.h"

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

namespace stallcast::inventory {
struct Product;
}

namespace stallcast::app {

// stallcast stream --feature SKU: the options turned into an overlay::FeaturedCard on every
// canvas of the broadcast (which also follows orders from other processes every 250 ms), the
// --card-report lines, and with --listen the order receiver in this process, whose orders
// reach the card at once through feed::OrderEvents.
class StreamCard final {
public:
    StreamCard(const FeatureOptions &options, const std::filesystem::path &database,
               media::Broadcast &broadcast, std::function<void(const std::string &)> log);
    StreamCard(const StreamCard &) = delete;
    StreamCard &operator=(const StreamCard &) = delete;
    ~StreamCard();

    void refresh() { m_card->refresh(); }
    // Tells the card report when the canvases' clock started: between these two wall-clock
    // times (frame N is composed at that start + N frame periods). For latency measurements.
    void streamStarted(std::int64_t notBeforeUnixMs, std::int64_t notAfterUnixMs);
    std::string lastError() const { return m_card->lastError(); }

private:
    void report(const overlay::CardRenderReport &r);
    void reportLine(const std::string &json);
    void startReceiver(const FeatureOptions &options, std::function<void(const std::string &)> log);

    db::Database m_database;
    std::mutex m_reportMutex; // the presenters' threads and the stream's main thread write
    std::ofstream m_report;
    // With --listen: the order receiver and its events, destroyed after the card (which
    // unsubscribes) and before the database.
    std::unique_ptr<feed::OrderEvents> m_events;
    std::unique_ptr<feed::OrderReceiver> m_receiver;
    std::unique_ptr<overlay::FeaturedCard> m_card;
};

// --flash-sale, checked against the featured product (its price and currency), started in the
// shop database (orders::FlashSaleBook) at the stream's start. Nothing when there is none.
void startFlashSale(db::Database &database, const FeatureOptions &options,
                    const inventory::Product &product);

} // namespace stallcast::app
