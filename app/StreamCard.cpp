#include "StreamCard.h"

#include "CommandLine.h"
#include "common/FieldError.h"
#include "feed/ListenAddress.h"
#include "inventory/Catalog.h"
#include "money/Money.h"
#include "orders/FlashSaleBook.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <chrono>
#include <cmath>
#include <mutex>

namespace stallcast::app {

namespace {

overlay::CardTemplate cardTemplate(const std::optional<std::filesystem::path> &file, QSize canvas)
{
    return file ? overlay::loadCardTemplate(file->string()) : overlay::builtInCardTemplate(canvas);
}

QJsonArray rect(const QRect &r)
{
    return {r.x(), r.y(), r.width(), r.height()};
}

std::vector<overlay::FeaturedCanvas> featuredCanvases(const FeatureOptions &options,
                                                      media::Broadcast &broadcast)
{
    std::vector<overlay::FeaturedCanvas> canvases;
    for (std::size_t i = 0; i < broadcast.canvasCount(); ++i) {
        const auto &canvasOptions = broadcast.canvas(i).options();
        const QSize size(canvasOptions.format.width, canvasOptions.format.height);
        const auto &file = i == 0 ? options.cardTemplate : options.verticalCardTemplate;
        canvases.push_back({&broadcast.canvas(i).overlays(), size,
                            {size.width(), size.height(), double(canvasOptions.format.fps),
                             canvasOptions.encoder.bitrate},
                            cardTemplate(file, size)});
    }
    return canvases;
}

} // namespace

void startFlashSale(db::Database &database, const FeatureOptions &options,
                    const inventory::Product &product)
{
    if (!options.flashSale)
        return;
    std::int64_t price = 0;
    try {
        price = parseMajorAmount(options.flashSale->price, *findCurrency(product.currency));
    } catch (const AmountError &e) {
        throw UsageError("--flash-sale price \"" + options.flashSale->price + "\" ("
                         + product.currency + "): " + e.what());
    }
    if (price >= product.price)
        throw UsageError("--flash-sale price must be below the product's price");
    // Started in the shop database: the order book charges it and counts its units, and the
    // card reads it from there like a sale started by the CLI or the studio.
    try {
        orders::FlashSaleBook(database).start(
            {product.sku, price, std::llround(options.flashSale->minutes * 60'000),
             options.flashSale->quantity,
             options.flashSale->perBuyerCap > 0 ? std::optional(options.flashSale->perBuyerCap)
                                                : std::nullopt,
             "stream"});
    } catch (const orders::FlashSaleRejected &e) {
        throw UsageError(std::string("--flash-sale: ") + e.what());
    }
}

StreamCard::StreamCard(const FeatureOptions &options, const std::filesystem::path &database,
                       media::Broadcast &broadcast, std::function<void(const std::string &)> log)
    : m_database(database)
{
    const auto product = inventory::Catalog(m_database).findBySku(options.sku);
    if (!product)
        throw UsageError("--feature \"" + options.sku + "\": no such product in " + database.string());
    startFlashSale(m_database, options, *product);
    if (options.cardReport) {
        m_report.open(*options.cardReport, std::ios::out | std::ios::trunc);
        if (!m_report)
            throw UsageError("--card-report: cannot write " + options.cardReport->string());
    }
    overlay::FeaturedCardOptions cardOptions;
    if (!options.paymentKind.empty())
        cardOptions.payment = overlay::paymentSourceFromFields(options.paymentKind, options.paymentFields);
    cardOptions.salesGoal = options.salesGoal;
    overlay::FeaturedCardHooks hooks;
    hooks.rendered = [this](const overlay::CardRenderReport &r) { report(r); };
    hooks.toast = [this](const std::optional<overlay::ShownToast> &t) {
        if (!t)
            return;
        QJsonObject line;
        line["toast"] = QString::fromStdString(t->text);
        line["more"] = static_cast<double>(t->more);
        reportLine(QJsonDocument(line).toJson(QJsonDocument::Compact).toStdString());
    };
    hooks.ticker = [this](const std::vector<std::string> &items) {
        QJsonArray shown;
        for (const auto &item : items)
            shown.append(QString::fromStdString(item));
        QJsonObject line;
        line["ticker"] = shown;
        reportLine(QJsonDocument(line).toJson(QJsonDocument::Compact).toStdString());
    };
    m_card = std::make_unique<overlay::FeaturedCard>(m_database, std::move(cardOptions), std::move(hooks));
    m_card->feature(product->sku);
    try {
        m_card->attach(featuredCanvases(options, broadcast));
    } catch (const FieldError &e) {
        throw UsageError("--payment " + options.paymentKind + " --payment-field " + e.field() + ": "
                         + e.reason());
    }
    if (options.listen)
        startReceiver(options, std::move(log));
}

void StreamCard::startReceiver(const FeatureOptions &options, std::function<void(const std::string &)> log)
{
    feed::ReceiverOptions receiverOptions;
    try {
        receiverOptions.listen = feed::parseListenAddress(*options.listen);
    } catch (const std::invalid_argument &e) {
        throw UsageError(std::string("--listen: ") + e.what());
    }
    receiverOptions.log = log;
    feed::SecretSet secrets;
    for (const auto &[source, file] : options.secretFiles)
        secrets.addFromFile(source, file);
    secrets.addFromEnvironment();
    bool any = false;
    for (const auto source : {feed::WebhookSource::Stallcast, feed::WebhookSource::Shopify,
                              feed::WebhookSource::WooCommerce, feed::WebhookSource::Stripe})
        any = any || !secrets.empty(source);
    if (!any)
        throw UsageError("--listen: no webhook secret is configured: give --secret-file "
                         "SOURCE=FILE or set STALLCAST_SECRET_<SOURCE>");
    m_events = std::make_unique<feed::OrderEvents>();
    m_card->watch(*m_events);
    m_receiver = std::make_unique<feed::OrderReceiver>(m_database, std::move(secrets), *m_events,
                                                       receiverOptions);
    m_receiver->start();
    log("orders: listening on " + feed::toString(m_receiver->boundAddress()));
}

StreamCard::~StreamCard()
{
    if (m_receiver)
        m_receiver->stop();
    if (m_events)
        m_events->waitUntilDispatched();
    m_card.reset(); // unsubscribes before the events go
}

void StreamCard::reportLine(const std::string &json)
{
    if (!m_report.is_open())
        return;
    std::lock_guard lock(m_reportMutex);
    m_report << json << std::endl;
}

void StreamCard::streamStarted(std::int64_t notBeforeUnixMs, std::int64_t notAfterUnixMs)
{
    QJsonObject line;
    line["streamStartUnixMs"] = QJsonArray{static_cast<double>(notBeforeUnixMs),
                                           static_cast<double>(notAfterUnixMs)};
    reportLine(QJsonDocument(line).toJson(QJsonDocument::Compact).toStdString());
}

void StreamCard::report(const overlay::CardRenderReport &r)
{
    if (!m_report.is_open())
        return;
    QJsonObject line;
    line["render"] = static_cast<double>(r.renderCount);
    line["unixMs"] = static_cast<double>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                             std::chrono::system_clock::now().time_since_epoch())
                                             .count());
    line["available"] = static_cast<double>(r.card.available);
    line["stock"] = QString::fromStdString(r.rendered.front().stockShown);
    line["name"] = QString::fromStdString(r.rendered.front().nameShown);
    if (!r.rendered.front().flashShown.empty())
        line["flash"] = QString::fromStdString(r.rendered.front().flashShown);
    line["payload"] = QString::fromStdString(r.card.qrPayload);
    QJsonArray canvases;
    for (std::size_t i = 0; i < r.rendered.size(); ++i) {
        QJsonObject c;
        c["card"] = rect(r.placed[i]);
        c["qr"] = r.rendered[i].qrRect.isEmpty() ? QJsonArray() : rect(r.rendered[i].qrRect);
        c["modulePixels"] = r.rendered[i].qrModulePixels;
        canvases.append(c);
    }
    line["canvases"] = canvases;
    reportLine(QJsonDocument(line).toJson(QJsonDocument::Compact).toStdString());
}

} // namespace stallcast::app
