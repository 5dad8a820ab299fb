#pragma once

#include "FeatureOptions.h"
#include "db/Database.h"
#include "feed/OrderEvents.h"
#include "feed/OrderReceiver.h"
#include "media/pipeline/Broadcast.h"
#include "overlay/CardPresenter.h"
#include "overlay/ToastPresenter.h"
#include "overlay/ToastQueue.h"

#include <chrono>
#include <filesystem>
#include <optional>
#include <fstream>
#include <functional>
#include <memory>
#include <mutex>
#include <string>

namespace stallcast::app {

// The featured product's card on every canvas of a stream (stallcast stream --feature SKU):
// reads the product from the shop database, builds the payment code once, and keeps the card
// up to date through an overlay::CardPresenter. refresh() re-reads the product (the stream's
// main loop calls it about four times a second: orders from other processes show up that way);
// the presenter renders only when the card changed. With --listen the order receiver runs in
// this process too and its orders reach the card through feed::OrderEvents at once.
class StreamCard final {
public:
    StreamCard(const FeatureOptions &options, const std::filesystem::path &database,
               media::Broadcast &broadcast, std::function<void(const std::string &)> log);
    StreamCard(const StreamCard &) = delete;
    StreamCard &operator=(const StreamCard &) = delete;
    ~StreamCard();

    void refresh() { m_presenter->refresh(); }
    // Tells the card report when the canvases' clock started: between these two wall-clock
    // times (frame N is composed at that start + N frame periods). For latency measurements.
    void streamStarted(std::int64_t notBeforeUnixMs, std::int64_t notAfterUnixMs);
    std::string lastError() const { return m_presenter->lastError(); }

private:
    void report(const overlay::CardRenderReport &r);

    db::Database m_database;
    std::string m_sku;
    // The card shows the product's flash sale (from the database) if it was live at or after
    // this moment (the stream's start, database clock).
    std::int64_t m_flashShownSince = 0;
    std::int64_t m_startAvailable = 0;
    std::int64_t m_salesGoal = 0;
    checkout::PaymentCode m_payment;
    std::mutex m_reportMutex; // the presenter's thread and the stream's main thread write
    std::ofstream m_report;
    // With --listen: the order receiver and its events, destroyed after the presenter (which
    // unsubscribes) and before the database.
    std::unique_ptr<feed::OrderEvents> m_events;
    std::unique_ptr<feed::OrderReceiver> m_receiver;
    std::unique_ptr<overlay::CardPresenter> m_presenter;
    // "Just bought" toasts for the orders the receiver records (with --listen).
    overlay::ToastQueue m_toasts;
    feed::OrderEvents::SubscriptionId m_toastSubscription = 0;
    std::unique_ptr<overlay::ToastPresenter> m_toastPresenter;
};

} // namespace stallcast::app
