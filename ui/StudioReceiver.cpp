#include "StudioReceiver.h"

#include "BackgroundTask.h"
#include "ReceiverSettings.h"
#include "SecretStore.h"
#include "db/Database.h"
#include "feed/OrderEvents.h"
#include "feed/OrderIntake.h"
#include "feed/OrderReceiver.h"

#include <QMetaObject>
#include <QPointer>
#include <QThreadPool>

#include <mutex>

namespace stallcast::ui {

// Owns a started server with everything it refers to, so it can be stopped on any thread:
// destroyed in reverse order, the server stops before the events and the database go.
struct ReceiverRuntime {
    std::shared_ptr<db::Database> database;
    std::shared_ptr<feed::OrderEvents> events;
    std::unique_ptr<feed::OrderReceiver> receiver;

    // Idempotent; called on the thread pool, so the destructor (wherever it runs) finds the
    // server already stopped and does not wait.
    void stop()
    {
        if (receiver)
            receiver->stop();
    }
    ~ReceiverRuntime() { stop(); }
};

// The dispatcher thread's way to the UI thread. Posting stops for good once the receiver closes
// the mailbox; events already posted die with the QObject.
struct StudioReceiver::Mailbox {
    std::mutex mutex;
    StudioReceiver *target = nullptr;

    void post(const orders::Order &order)
    {
        std::lock_guard lock(mutex);
        if (!target)
            return;
        QMetaObject::invokeMethod(
            target, [t = target, order] { emit t->orderRecorded(order); }, Qt::QueuedConnection);
    }
    void close()
    {
        std::lock_guard lock(mutex);
        target = nullptr;
    }
};

namespace {

// Collects the per-source secrets the SecretStore hands back one by one.
struct SecretReading {
    feed::SecretSet secrets;
    int waiting = 0;
    bool any = false;
    QString error;
};

} // namespace

StudioReceiver::StudioReceiver(std::shared_ptr<db::Database> database,
                               std::shared_ptr<SecretStore> secrets, QObject *parent)
    : QObject(parent), m_database(std::move(database)), m_secrets(std::move(secrets)),
      m_events(std::make_shared<feed::OrderEvents>()), m_mailbox(std::make_shared<Mailbox>())
{
    m_mailbox->target = this;
    m_subscription = m_events->subscribe(
        [mailbox = m_mailbox](const feed::OrderEvent &event) { mailbox->post(event.order); });
    m_statusText = tr("Order receiver: off");
}

StudioReceiver::~StudioReceiver()
{
    m_mailbox->close();
    m_events->unsubscribe(m_subscription);
    m_runtime.reset(); // the last owner stops the server here (shutdown)
}

void StudioReceiver::setState(State state, const QString &text, const QString &bound)
{
    m_state = state;
    m_statusText = text;
    m_bound = bound;
    emit stateChanged();
}

void StudioReceiver::restart()
{
    const std::uint64_t generation = ++m_generation;
    const auto settings = ReceiverSettings::load();
    if (!settings.enabled) {
        startWith(generation, {}, false);
        return;
    }
    setState(State::Starting, tr("Order receiver: reading the webhook secrets…"));
    auto reading = std::make_shared<SecretReading>();
    reading->waiting = static_cast<int>(kReceiverSources.size());
    QPointer<StudioReceiver> self(this);
    for (const auto source : kReceiverSources) {
        m_secrets->read(receiverSecretKey(source),
                        [self, reading, source, generation](const std::optional<QByteArray> &secret,
                                                            const QString &error) {
                            if (!error.isEmpty())
                                reading->error = error;
                            else if (secret && !secret->isEmpty()) {
                                reading->secrets.add(source, secret->toStdString());
                                reading->any = true;
                            }
                            if (--reading->waiting > 0 || !self)
                                return;
                            if (!reading->error.isEmpty()) {
                                if (generation == self->m_generation)
                                    self->setState(State::Failed,
                                                   tr("Order receiver: cannot read the webhook "
                                                      "secrets (%1)")
                                                       .arg(reading->error));
                                return;
                            }
                            self->startWith(generation, reading->secrets, reading->any);
                        });
    }
}

void StudioReceiver::startWith(std::uint64_t generation, const feed::SecretSet &secrets,
                               bool anySecret)
{
    if (generation != m_generation)
        return; // a newer restart is under way
    const auto settings = ReceiverSettings::load();
    const bool run = settings.enabled && anySecret;
    if (run)
        setState(State::Starting, tr("Order receiver: starting on %1…").arg(settings.listen));

    auto previous = std::move(m_runtime);
    auto next = std::make_shared<ReceiverRuntime>();
    next->database = m_database;
    next->events = m_events;
    runInBackground(
        this,
        [previous = std::move(previous), next, secrets, run,
         listen = settings.listen.toStdString()] {
            if (previous)
                previous->stop(); // first: the old server may hold the port
            if (!run)
                return std::string();
            feed::ReceiverOptions options;
            options.listen = feed::parseListenAddress(listen);
            next->receiver = std::make_unique<feed::OrderReceiver>(*next->database, secrets,
                                                                   *next->events, options);
            next->receiver->start();
            return feed::toString(next->receiver->boundAddress());
        },
        [this, generation, next, run, settings](const TaskResult<std::string> &result) {
            if (generation != m_generation) {
                QThreadPool::globalInstance()->start([next] { next->stop(); });
                return;
            }
            if (!result.ok()) {
                setState(State::Failed,
                         tr("Order receiver: cannot listen on %1: %2")
                             .arg(settings.listen, result.error));
                return;
            }
            if (!run) {
                setState(State::Off, settings.enabled
                                         ? tr("Order receiver: off (no webhook secret set: "
                                              "Settings › Order receiver)")
                                         : tr("Order receiver: off"));
                return;
            }
            m_runtime = next;
            const QString bound = QString::fromStdString(*result.value);
            setState(State::Listening, tr("Receiving orders at %1").arg(bound), bound);
        });
}

void StudioReceiver::placeManualOrder(const orders::OrderRequest &request, const QString &claim)
{
    std::optional<std::string> claimCode;
    if (!claim.trimmed().isEmpty())
        claimCode = claim.trimmed().toStdString();
    runInBackground(
        this,
        [database = m_database, events = m_events, request, claimCode] {
            return feed::OrderIntake(*database, *events).submitManual(request, claimCode).get();
        },
        [this](const TaskResult<orders::PlaceResult> &result) {
            if (!result.ok())
                emit manualOrderFailed(result.error);
            else
                emit manualOrderPlaced(result.value->order, result.value->duplicate);
        });
}

} // namespace stallcast::ui
