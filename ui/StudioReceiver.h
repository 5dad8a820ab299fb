#pragma once

#include "orders/Order.h"

#include <QObject>
#include <QString>

#include <memory>
#include <cstdint>

namespace stallcast::db {
class Database;
}
namespace stallcast::feed {
class OrderEvents;
class SecretSet;
}

namespace stallcast::ui {

class SecretStore;
struct ReceiverRuntime;

// The order receiver (core/feed OrderReceiver) running inside the studio, and the studio's one
// door for orders from outside: webhook deliveries and manual entry both go through
// feed::OrderIntake on the same feed::OrderEvents, whose dispatcher posts every recorded order to
// the UI thread (orderRecorded). Starting, restarting and stopping the server, reading secrets and
// placing manual orders all happen off the UI thread.
class StudioReceiver final : public QObject {
    Q_OBJECT
public:
    enum class State { Off, Starting, Listening, Failed };

    StudioReceiver(std::shared_ptr<db::Database> database, std::shared_ptr<SecretStore> secrets,
                   QObject *parent = nullptr);
    // Stops the server (the requests in flight are answered first) and the event dispatcher.
    ~StudioReceiver() override;

    State state() const { return m_state; }
    // "127.0.0.1:8787" while listening (the real port when port 0 was asked for).
    QString boundAddress() const { return m_bound; }
    // What the merchant reads: "Receiving orders at …", "Off: no webhook secret set", the error.
    QString statusText() const { return m_statusText; }
    // Every order the studio records (webhooks, manual entry): the product card watches it.
    std::shared_ptr<feed::OrderEvents> events() const { return m_events; }

public slots:
    // (Re)reads ReceiverSettings and the secrets, and starts the server accordingly.
    void restart();
    // Places a manual order (phone, DM) as `stallcast orders add` does; the result comes back as
    // manualOrderPlaced / manualOrderFailed, the order itself through orderRecorded.
    void placeManualOrder(const stallcast::orders::OrderRequest &request, const QString &claim);

signals:
    void orderRecorded(const stallcast::orders::Order &order);
    void stateChanged();
    void manualOrderPlaced(const stallcast::orders::Order &order, bool duplicate);
    void manualOrderFailed(const QString &message);

private:
    struct Mailbox;
    void startWith(std::uint64_t generation, const feed::SecretSet &secrets, bool anySecret);
    void setState(State state, const QString &text, const QString &bound = {});

    std::shared_ptr<db::Database> m_database;
    std::shared_ptr<SecretStore> m_secrets;
    std::shared_ptr<feed::OrderEvents> m_events;
    std::shared_ptr<Mailbox> m_mailbox;
    std::uint64_t m_subscription = 0;
    // The running server; replaced (stopped on the thread pool) on each restart.
    std::shared_ptr<ReceiverRuntime> m_runtime;
    std::uint64_t m_generation = 0;
    State m_state = State::Off;
    QString m_statusText;
    QString m_bound;
};

} // namespace stallcast::ui
