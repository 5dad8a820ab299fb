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

#include <algorithm>
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

} // namespace

StreamCard::StreamCard(const FeatureOptions &options, const std::filesystem::path &database,
                       media::Broadcast &broadcast, std::function<void(const std::string &)> log)
    : m_database(database), m_sku(options.sku), m_flashShownSince(m_database.nowMs())
{
    const auto product = inventory::Catalog(m_database).findBySku(m_sku);
    if (!product)
        throw UsageError("--feature \"" + m_sku + "\": no such product in " + database.string());
    if (options.flashSale) {
        const auto currency = findCurrency(product->currency);
        overlay::FlashSale flash;
        try {
            flash.price = parseMajorAmount(options.flashSale->price, *currency);
        } catch (const AmountError &e) {
            throw UsageError("--flash-sale price \"" + options.flashSale->price + "\" ("
                             + product->currency + "): " + e.what());
        }
        if (flash.price >= product->price)
            throw UsageError("--flash-sale price must be below the product's price");
        // Started in the shop database: the order book charges it and counts its units.
        try {
            orders::FlashSaleBook(m_database).start(
                {product->sku, flash.price, std::llround(options.flashSale->minutes * 60'000),
                 options.flashSale->quantity,
                 options.flashSale->perBuyerCap > 0 ? std::optional(options.flashSale->perBuyerCap)
                                                    : std::nullopt,
                 "stream"});
        } catch (const orders::FlashSaleRejected &e) {
            throw UsageError(std::string("--flash-sale: ") + e.what());
        }
    }
    m_startAvailable = product->available();
    m_salesGoal = options.salesGoal;
    if (!options.paymentKind.empty()) {
        const auto now = std::chrono::duration_cast<std::chrono::seconds>(
                             std::chrono::system_clock::now().time_since_epoch())
                             .count();
        try {
            m_payment = checkout::paymentCode(options.paymentKind, options.paymentFields, now);
        } catch (const FieldError &e) {
            throw UsageError("--payment " + options.paymentKind + " --payment-field " + e.field()
                             + ": " + e.reason());
        }
    }
    if (options.cardReport) {
        m_report.open(*options.cardReport, std::ios::out | std::ios::trunc);
        if (!m_report)
            throw UsageError("--card-report: cannot write " + options.cardReport->string());
    }
    std::vector<overlay::CardTarget> targets;
    for (std::size_t i = 0; i < broadcast.canvasCount(); ++i) {
        const auto &canvasOptions = broadcast.canvas(i).options();
        const QSize size(canvasOptions.format.width, canvasOptions.format.height);
        const auto &file = i == 0 ? options.cardTemplate : options.verticalCardTemplate;
        targets.push_back({&broadcast.canvas(i).overlays(), size, cardTemplate(file, size),
                           {size.width(), size.height(), double(canvasOptions.format.fps),
                            canvasOptions.encoder.bitrate}});
    }
    m_presenter = std::make_unique<overlay::CardPresenter>(
        [this] {
            const auto product = inventory::Catalog(m_database).findBySku(m_sku);
            if (!product)
                throw std::runtime_error("the featured product " + m_sku + " is gone");
            auto card = overlay::cardFromProduct(*product, m_payment.payload);
            card.qrMinimum = m_payment.levelRule.minimum;
            card.qrMaximum = m_payment.levelRule.maximum;
            if (m_salesGoal > 0)
                card.salesGoal = overlay::ProductCard::SalesGoal{
                    std::max<std::int64_t>(0, m_startAvailable - product->available()), m_salesGoal};
            // The product's newest flash sale from the database (started here, from the CLI or
            // the studio), while it runs and, once over, for the rest of the stream.
            if (const auto sale = orders::FlashSaleBook(m_database).latest(m_sku);
                sale && sale->stoppedMs.value_or(sale->endsMs) > m_flashShownSince) {
                const auto left = sale->open() ? sale->endsMs - m_database.nowMs() : 0;
                card.flashSale = overlay::FlashSale{
                    sale->price, left <= 0 ? 0 : (left + 999) / 1000, sale->quantity,
                    std::min(sale->sold, sale->quantity), sale->perBuyerCap.value_or(0)};
            }
            return card;
        },
        std::move(targets), [this](const overlay::CardRenderReport &r) { report(r); });
    if (options.listen) {
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
        m_presenter->watch(*m_events, m_sku);
        m_receiver = std::make_unique<feed::OrderReceiver>(m_database, std::move(secrets), *m_events,
                                                           receiverOptions);
        m_toastSubscription = m_events->subscribe([this](const feed::OrderEvent &event) {
            for (const auto &line : event.order.lines)
                if (line.allocated > 0)
                    m_toasts.push(overlay::boughtText(event.order.buyer.handle, line.allocated, line.name));
        });
        std::vector<overlay::ToastTarget> toastTargets;
        for (std::size_t i = 0; i < broadcast.canvasCount(); ++i) {
            const auto &format = broadcast.canvas(i).options().format;
            const QSize size(format.width, format.height);
            const auto &file = i == 0 ? options.cardTemplate : options.verticalCardTemplate;
            const auto layout = cardTemplate(file, size);
            toastTargets.push_back({&broadcast.canvas(i).overlays(), overlay::placeCard(layout, size), layout.theme});
        }
        m_toastPresenter = std::make_unique<overlay::ToastPresenter>(
            m_toasts, std::move(toastTargets), [this](const std::optional<overlay::ShownToast> &t) {
                if (!t || !m_report.is_open())
                    return;
                QJsonObject line;
                line["toast"] = QString::fromStdString(t->text);
                line["more"] = static_cast<double>(t->more);
                std::lock_guard lock(m_reportMutex);
                m_report << QJsonDocument(line).toJson(QJsonDocument::Compact).toStdString() << std::endl;
            });
        m_receiver->start();
        log("orders: listening on " + feed::toString(m_receiver->boundAddress()));
    }
}

StreamCard::~StreamCard()
{
    if (m_receiver)
        m_receiver->stop();
    if (m_events) {
        m_events->waitUntilDispatched();
        m_events->unsubscribe(m_toastSubscription);
    }
    m_toastPresenter.reset();
    m_presenter.reset(); // unsubscribes before the events go
}

void StreamCard::streamStarted(std::int64_t notBeforeUnixMs, std::int64_t notAfterUnixMs)
{
    if (!m_report.is_open())
        return;
    QJsonObject line;
    line["streamStartUnixMs"] = QJsonArray{static_cast<double>(notBeforeUnixMs),
                                           static_cast<double>(notAfterUnixMs)};
    std::lock_guard lock(m_reportMutex);
    m_report << QJsonDocument(line).toJson(QJsonDocument::Compact).toStdString() << std::endl;
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
    std::lock_guard lock(m_reportMutex);
    m_report << QJsonDocument(line).toJson(QJsonDocument::Compact).toStdString() << std::endl;
}

} // namespace stallcast::app
