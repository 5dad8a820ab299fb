#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace stallcast::db {
class Database;
}
namespace stallcast::feed {
class OrderEvents;
}
namespace stallcast::studio {
class LiveSession;
}

namespace stallcast::ui {

class SecretStore;

inline const QString kLandscapeLayoutKey = QStringLiteral("overlay/landscapeTemplate");
inline const QString kVerticalLayoutKey = QStringLiteral("overlay/verticalTemplate");

// The featured product's card, toasts and ticker on the studio's broadcast (overlay::FeaturedCard,
// the same object `stallcast stream --feature` uses): what "Feature" and the number keys put on
// stream, with the QR from Settings › Checkout. Building the card and attaching it to a session's
// canvases block (a render, the presenters' threads), so they run on the thread pool, one at a
// time and in the order asked; feature() only notes the wish and wakes the card's own thread.
// The UI thread never waits. docs/STUDIO.md, "On stream".
class OnStreamCard final : public QObject {
    Q_OBJECT
public:
    OnStreamCard(std::shared_ptr<db::Database> database, std::shared_ptr<SecretStore> secrets,
                 std::shared_ptr<feed::OrderEvents> events, QObject *parent = nullptr);
    // Takes the card off the canvases (on this thread: a detach is short).
    ~OnStreamCard() override;

    QString featuredSku() const { return m_sku; }

public slots:
    // The session whose canvases show the card (the studio started or rebuilt its broadcast).
    void attachTo(std::shared_ptr<stallcast::studio::LiveSession> session);
    // Puts this product on stream (empty: takes the card off).
    void feature(const QString &sku);
    // Settings › Checkout changed: the card is built again with the new payment code.
    void reloadCheckout();
    // Settings › On-stream layout changed (QSettings kLandscapeLayoutKey / kVerticalLayoutKey:
    // a layout template file, docs/OVERLAY.md "Templates"; empty: the built-in one): the card,
    // toast and ticker are placed again.
    void reloadLayout();

signals:
    // A card was drawn on the canvases (a thread's report, delivered on the UI thread).
    void rendered(const QString &sku, qint64 available, const QString &payload);
    // The card could not be shown (unknown product, a QR too big for the card, bad settings).
    void failed(const QString &message);

private:
    struct Shared;
    void rebuild(bool newCard);

    std::shared_ptr<db::Database> m_database;
    std::shared_ptr<SecretStore> m_secrets;
    std::shared_ptr<Shared> m_shared;
    QString m_sku;
};

} // namespace stallcast::ui
