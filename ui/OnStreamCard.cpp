#include "OnStreamCard.h"

#include "BackgroundTask.h"
#include "CheckoutSettings.h"
#include "SecretStore.h"
#include "common/FieldError.h"
#include "feed/OrderEvents.h"
#include "overlay/CardTemplate.h"
#include "overlay/FeaturedCard.h"
#include "studio/LiveSession.h"

#include <QPointer>
#include <QSettings>

#include <mutex>
#include <stdexcept>

namespace stallcast::ui {

struct OnStreamCard::Shared {
    std::mutex work;  // one build or attach at a time, in the order asked (pool threads)
    std::mutex state; // the fields below (short holds, any thread)
    bool closed = false;
    std::shared_ptr<feed::OrderEvents> events; // outlives the card (it unsubscribes)
    std::shared_ptr<studio::LiveSession> wanted;   // the session the card should be on
    std::shared_ptr<studio::LiveSession> attached; // keeps the attached layers alive
    overlay::PaymentSource payment;
    std::string landscapeLayout, verticalLayout; // template files; empty: built in
    std::string sku;
    std::shared_ptr<overlay::FeaturedCard> card;
};

namespace {

std::vector<overlay::FeaturedCanvas> canvasesOf(studio::LiveSession &session,
                                               const std::string &landscapeLayout,
                                               const std::string &verticalLayout)
{
    std::vector<overlay::FeaturedCanvas> canvases;
    for (const auto role : {studio::CanvasRole::Landscape, studio::CanvasRole::Vertical}) {
        if (!session.hasCanvas(role))
            continue;
        const auto format = session.canvasFormat(role);
        const QSize size(format.width, format.height);
        const auto &file = role == studio::CanvasRole::Landscape ? landscapeLayout : verticalLayout;
        canvases.push_back({&session.overlays(role), size,
                            {format.width, format.height, double(format.fps),
                             session.options().encoder.bitrate},
                            file.empty() ? overlay::builtInCardTemplate(size)
                                         : overlay::loadCardTemplate(file)});
    }
    return canvases;
}

} // namespace

OnStreamCard::OnStreamCard(std::shared_ptr<db::Database> database,
                           std::shared_ptr<SecretStore> secrets,
                           std::shared_ptr<feed::OrderEvents> events, QObject *parent)
    : QObject(parent), m_database(std::move(database)), m_secrets(std::move(secrets)),
      m_shared(std::make_shared<Shared>())
{
    m_shared->events = std::move(events);
    const QSettings settings;
    m_shared->landscapeLayout = settings.value(kLandscapeLayoutKey).toString().toStdString();
    m_shared->verticalLayout = settings.value(kVerticalLayoutKey).toString().toStdString();
}

OnStreamCard::~OnStreamCard()
{
    std::shared_ptr<overlay::FeaturedCard> card;
    std::shared_ptr<studio::LiveSession> attached;
    {
        std::lock_guard work(m_shared->work); // a build in progress finishes first
        std::lock_guard state(m_shared->state);
        m_shared->closed = true;
        card = std::move(m_shared->card);
        attached = std::move(m_shared->attached);
    }
    card.reset(); // detaches (its hooks post to this object: none runs after this)
}

void OnStreamCard::attachTo(std::shared_ptr<studio::LiveSession> session)
{
    {
        std::lock_guard state(m_shared->state);
        m_shared->wanted = std::move(session);
    }
    rebuild(false);
}

void OnStreamCard::feature(const QString &sku)
{
    m_sku = sku;
    std::shared_ptr<overlay::FeaturedCard> card;
    {
        std::lock_guard state(m_shared->state);
        m_shared->sku = sku.toStdString();
        card = m_shared->card;
    }
    if (!card)
        return; // applied when the card is built
    if (sku.isEmpty())
        card->clear();
    else
        card->feature(sku.toStdString()); // notes it and wakes the card's thread
}

void OnStreamCard::reloadCheckout()
{
    const auto settings = CheckoutSettings::load();
    QPointer<OnStreamCard> self(this);
    const auto apply = [self, settings](const std::string &secret) {
        if (!self)
            return;
        try {
            auto payment = cardPaymentSource(settings, secret);
            {
                std::lock_guard state(self->m_shared->state);
                self->m_shared->payment = std::move(payment);
            }
            self->rebuild(true);
        } catch (const FieldError &e) {
            emit self->failed(tr("Checkout settings, %1: %2")
                                  .arg(QString::fromStdString(e.field()),
                                       QString::fromStdString(e.reason())));
        } catch (const std::exception &e) {
            emit self->failed(tr("Checkout settings: %1").arg(QString::fromUtf8(e.what())));
        }
    };
    if (settings.kind != "url") {
        apply({});
        return;
    }
    m_secrets->read(kCheckoutSecretKey,
                    [apply, self](const std::optional<QByteArray> &secret, const QString &error) {
                        if (!error.isEmpty()) {
                            if (self)
                                emit self->failed(
                                    tr("Cannot read the checkout secret: %1").arg(error));
                            return;
                        }
                        apply(secret ? secret->toStdString() : std::string());
                    });
}

void OnStreamCard::reloadLayout()
{
    const QSettings settings;
    {
        std::lock_guard state(m_shared->state);
        m_shared->landscapeLayout = settings.value(kLandscapeLayoutKey).toString().toStdString();
        m_shared->verticalLayout = settings.value(kVerticalLayoutKey).toString().toStdString();
    }
    rebuild(false);
}

// On the thread pool: builds the card (newCard, or none yet) or moves it to the wanted
// session's canvases. Holding `work` keeps builds in the order they were asked for.
void OnStreamCard::rebuild(bool newCard)
{
    auto shared = m_shared;
    auto database = m_database;
    QPointer<OnStreamCard> self(this);
    overlay::FeaturedCardHooks hooks;
    hooks.rendered = [self](const overlay::CardRenderReport &report) {
        const auto code = QString::fromStdString(report.card.code);
        const auto available = static_cast<qint64>(report.card.available);
        const auto payload = QString::fromStdString(report.card.qrPayload);
        QMetaObject::invokeMethod(
            self, [self, code, available, payload] {
                if (self)
                    emit self->rendered(code, available, payload);
            },
            Qt::QueuedConnection);
    };
    runInBackground(
        this,
        [shared, database, newCard, hooks]() -> bool {
            std::lock_guard work(shared->work);
            std::shared_ptr<studio::LiveSession> session;
            std::shared_ptr<overlay::FeaturedCard> card;
            overlay::PaymentSource payment;
            std::string sku, landscapeLayout, verticalLayout;
            {
                std::lock_guard state(shared->state);
                if (shared->closed)
                    return false;
                session = shared->wanted;
                card = shared->card;
                payment = shared->payment;
                sku = shared->sku;
                landscapeLayout = shared->landscapeLayout;
                verticalLayout = shared->verticalLayout;
            }
            if (card && newCard) {
                {
                    std::lock_guard state(shared->state);
                    shared->card.reset();
                }
                card.reset(); // off the canvases before the new one goes on
            }
            if (!session)
                return false; // no canvases yet: built when the session starts
            if (!card) {
                overlay::FeaturedCardOptions options;
                options.payment = std::move(payment);
                card = std::make_shared<overlay::FeaturedCard>(*database, std::move(options), hooks);
                if (shared->events)
                    card->watch(*shared->events);
                if (!sku.empty())
                    card->feature(sku);
            }
            // Loads the layout files first: a bad one is reported and the card stays as it was.
            auto canvases = canvasesOf(*session, landscapeLayout, verticalLayout);
            card->attach(std::move(canvases)); // moves it off the previous session's layers
            std::lock_guard state(shared->state);
            shared->card = card;
            shared->attached = session;
            // A feature() that came while this was building: apply the latest wish.
            if (shared->sku != sku) {
                if (shared->sku.empty())
                    card->clear();
                else
                    card->feature(shared->sku);
            }
            return true;
        },
        [this](const TaskResult<bool> &result) {
            if (!result.ok())
                emit failed(tr("The product card could not go on stream: %1").arg(result.error));
        });
}

} // namespace stallcast::ui
