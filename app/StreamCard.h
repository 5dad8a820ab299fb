#pragma once

#include "FeatureOptions.h"
#include "db/Database.h"
#include "media/pipeline/Broadcast.h"
#include "overlay/CardPresenter.h"

#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>
#include <string>

namespace stallcast::app {

// The featured product's card on every canvas of a stream (stallcast stream --feature SKU):
// reads the product from the shop database, builds the payment code once, and keeps the card
// up to date through an overlay::CardPresenter. refresh() re-reads the product (the stream's
// main loop calls it about four times a second: orders from other processes show up that way);
// the presenter renders only when the card changed.
class StreamCard final {
public:
    StreamCard(const FeatureOptions &options, const std::filesystem::path &database,
               media::Broadcast &broadcast);
    StreamCard(const StreamCard &) = delete;
    StreamCard &operator=(const StreamCard &) = delete;
    ~StreamCard();

    void refresh() { m_presenter->refresh(); }
    std::string lastError() const { return m_presenter->lastError(); }

private:
    void report(const overlay::CardRenderReport &r);

    db::Database m_database;
    std::string m_sku;
    checkout::PaymentCode m_payment;
    std::ofstream m_report; // presenter thread (and the constructor) only
    std::unique_ptr<overlay::CardPresenter> m_presenter;
};

} // namespace stallcast::app
