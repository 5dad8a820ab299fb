#pragma once

#include "inventory/Product.h"

#include <QObject>
#include <QString>

#include <memory>
#include <vector>

class QAction;
class QMainWindow;
class QTimer;

namespace stallcast::db {
class Database;
}

namespace stallcast::ui {

class CatalogEditor;
class CheckoutSettingsDialog;
class OrderAlert;
class OrderFeedPanel;
class ProductPhotos;
class ReceiverSettingsDialog;
class SecretStore;
class ShelfPanel;
class StudioReceiver;
struct ShopSnapshot;

// The studio's shop side, put together: the shelf, the live order feed, the in-studio order
// receiver, new-order alerts, manual orders, and the receiver settings. The window places the two
// panels and the actions; it feeds showSnapshot() with each reload and reloads on shopChanged().
class ShopSide final : public QObject {
    Q_OBJECT
public:
    ShopSide(std::shared_ptr<db::Database> database, std::shared_ptr<SecretStore> secrets,
             QMainWindow *window);
    ~ShopSide() override;

    ShelfPanel *shelf() const { return m_shelf; }
    OrderFeedPanel *feed() const { return m_feed; }
    StudioReceiver *receiver() const { return m_receiver; }
    OrderAlert *alert() const { return m_alert; }
    ProductPhotos *photos() const { return m_photos; }
    const std::vector<inventory::Product> &products() const { return m_products; }

    // For the Settings menu.
    QAction *receiverSettingsAction() const { return m_receiverSettings; }
    QAction *newOrderAction() const { return m_newOrder; }
    QAction *catalogueAction() const { return m_catalogue; }
    QAction *checkoutSettingsAction() const { return m_checkoutSettings; }

public slots:
    void showSnapshot(const stallcast::ui::ShopSnapshot &snapshot);
    ReceiverSettingsDialog *openReceiverSettings();
    void openManualOrder();
    // The catalogue editor (one window, kept while the studio runs).
    CatalogEditor *openCatalogue();
    CheckoutSettingsDialog *openCheckoutSettings();

signals:
    // Something changed the shop (an order, a stock adjustment): reload it.
    void shopChanged();
    void statusMessage(const QString &message);
    void featureRequested(const QString &sku);
    void flashSaleRequested(const QString &sku, qint64 priceMinor, const QString &currency,
                            int minutes, int quantity, int perBuyerCap);
    void flashSaleStopRequested(const QString &sku);
    // Settings › Checkout was saved (CheckoutSettings::load() and the SecretStore hold it).
    void checkoutSettingsChanged();

private:
    std::shared_ptr<db::Database> m_database;
    std::shared_ptr<SecretStore> m_secrets;
    QMainWindow *m_window;
    ProductPhotos *m_photos;
    ShelfPanel *m_shelf;
    OrderFeedPanel *m_feed;
    StudioReceiver *m_receiver;
    OrderAlert *m_alert;
    QAction *m_receiverSettings;
    QAction *m_newOrder;
    QAction *m_catalogue;
    QAction *m_checkoutSettings;
    CatalogEditor *m_catalogueEditor = nullptr;
    std::vector<inventory::Product> m_products;
    // Orders arriving in a burst ask for one reload per 100 ms, not one each.
    QTimer *m_reloadAfterOrders;
};

} // namespace stallcast::ui
