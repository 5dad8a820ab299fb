#include "ShopSide.h"

#include "CatalogEditor.h"
#include "CatalogTableModel.h"
#include "CheckoutSettingsDialog.h"
#include "ManualOrderDialog.h"
#include "OrderAlert.h"
#include "OrderFeedPanel.h"
#include "ProductPhotos.h"
#include "ReceiverSettingsDialog.h"
#include "ShelfPanel.h"
#include "ShopSnapshot.h"
#include "StudioReceiver.h"
#include "db/Database.h"

#include <QAction>
#include <QCheckBox>
#include <QMainWindow>
#include <QTimer>

namespace stallcast::ui {

namespace {
constexpr int kThumbnailPixels = 40;
constexpr int kReloadAfterOrdersMs = 100;
}

ShopSide::ShopSide(std::shared_ptr<db::Database> database, std::shared_ptr<SecretStore> secrets,
                   QMainWindow *window)
    : QObject(window), m_database(std::move(database)), m_secrets(std::move(secrets)),
      m_window(window),
      m_photos(new ProductPhotos(m_database->path().parent_path(), kThumbnailPixels, this)),
      m_shelf(new ShelfPanel(m_database, m_photos, window)), m_feed(new OrderFeedPanel(window)),
      m_receiver(new StudioReceiver(m_database, m_secrets, this)),
      m_alert(new OrderAlert(window)),
      m_receiverSettings(new QAction(tr("Order &receiver…"), this)),
      m_newOrder(new QAction(tr("&New order…"), this)),
      m_catalogue(new QAction(tr("&Catalogue…"), this)),
      m_checkoutSettings(new QAction(tr("&Checkout…"), this))
{
    m_checkoutSettings->setObjectName(QStringLiteral("checkoutSettingsAction"));
    m_checkoutSettings->setStatusTip(tr("Signed checkout link or payment QR, with a preview"));
    connect(m_checkoutSettings, &QAction::triggered, this, &ShopSide::openCheckoutSettings);
    m_catalogue->setObjectName(QStringLiteral("catalogueAction"));
    m_catalogue->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_catalogue->setStatusTip(tr("Add, edit and archive products; import and export the CSV"));
    connect(m_catalogue, &QAction::triggered, this, &ShopSide::openCatalogue);
    m_receiverSettings->setObjectName(QStringLiteral("receiverSettingsAction"));
    m_receiverSettings->setStatusTip(tr("Listen address, webhook secrets and URLs"));
    m_newOrder->setObjectName(QStringLiteral("newOrderAction"));
    m_newOrder->setStatusTip(tr("Enter a phone or message order by hand"));
    connect(m_receiverSettings, &QAction::triggered, this, &ShopSide::openReceiverSettings);
    connect(m_newOrder, &QAction::triggered, this, &ShopSide::openManualOrder);

    connect(m_receiver, &StudioReceiver::orderRecorded, m_feed, &OrderFeedPanel::addLiveOrder);
    m_reloadAfterOrders = new QTimer(this);
    m_reloadAfterOrders->setSingleShot(true);
    m_reloadAfterOrders->setInterval(kReloadAfterOrdersMs);
    connect(m_reloadAfterOrders, &QTimer::timeout, this, &ShopSide::shopChanged);
    connect(m_receiver, &StudioReceiver::orderRecorded, this, [this] {
        if (!m_reloadAfterOrders->isActive())
            m_reloadAfterOrders->start();
    });
    connect(m_receiver, &StudioReceiver::stateChanged, this, [this] {
        m_feed->setReceiverStatus(m_receiver->statusText(),
                                  m_receiver->state() == StudioReceiver::State::Listening);
    });
    connect(m_receiver, &StudioReceiver::manualOrderPlaced, this,
            [this](const orders::Order &order, bool duplicate) {
                emit statusMessage(duplicate ? tr("Order #%1 was already recorded").arg(order.id)
                                             : tr("Order #%1 placed").arg(order.id));
            });
    connect(m_receiver, &StudioReceiver::manualOrderFailed, this, [this](const QString &message) {
        emit statusMessage(tr("Order not placed: %1").arg(message));
    });
    connect(m_feed, &OrderFeedPanel::newOrder, m_alert, &OrderAlert::announce);
    m_alert->setSoundEnabled(m_feed->soundBox()->isChecked());
    connect(m_feed, &OrderFeedPanel::soundToggled, m_alert, &OrderAlert::setSoundEnabled);
    connect(m_feed, &OrderFeedPanel::newOrderRequested, this, &ShopSide::openManualOrder);
    connect(m_feed, &OrderFeedPanel::receiverSettingsRequested, this,
            &ShopSide::openReceiverSettings);

    connect(m_shelf, &ShelfPanel::featureRequested, this, &ShopSide::featureRequested);
    connect(m_shelf, &ShelfPanel::flashSaleRequested, this, &ShopSide::flashSaleRequested);
    connect(m_shelf, &ShelfPanel::flashSaleStopRequested, this, &ShopSide::flashSaleStopRequested);
    connect(m_shelf, &ShelfPanel::stockChanged, this, &ShopSide::shopChanged);
    connect(m_shelf, &ShelfPanel::statusMessage, this, &ShopSide::statusMessage);

    m_receiver->restart();
}

ShopSide::~ShopSide() = default;

void ShopSide::showSnapshot(const ShopSnapshot &snapshot)
{
    m_products = snapshot.products;
    m_shelf->setProducts(snapshot.products);
    m_feed->setCatalog(snapshot.products);
    m_feed->setOrders(snapshot.orders);
    if (m_catalogueEditor)
        m_catalogueEditor->setProducts(snapshot.products);
}

CatalogEditor *ShopSide::openCatalogue()
{
    if (!m_catalogueEditor) {
        m_catalogueEditor = new CatalogEditor(m_database, m_photos, m_window);
        connect(m_catalogueEditor, &CatalogEditor::shopChanged, this, &ShopSide::shopChanged);
        m_catalogueEditor->setProducts(m_products);
    }
    m_catalogueEditor->show();
    m_catalogueEditor->raise();
    m_catalogueEditor->activateWindow();
    return m_catalogueEditor;
}

ReceiverSettingsDialog *ShopSide::openReceiverSettings()
{
    auto *dialog = new ReceiverSettingsDialog(m_secrets, m_receiver->boundAddress(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReceiverSettingsDialog::applied, m_receiver, &StudioReceiver::restart);
    dialog->open();
    return dialog;
}

CheckoutSettingsDialog *ShopSide::openCheckoutSettings()
{
    // The preview link is made for the product on stream, else the first on the shelf.
    std::string sku = m_shelf->model().featuredSku().toStdString();
    if (sku.empty())
        for (const auto &p : m_products)
            if (p.active) {
                sku = p.sku;
                break;
            }
    auto *dialog = new CheckoutSettingsDialog(m_secrets, sku, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CheckoutSettingsDialog::applied, this, &ShopSide::checkoutSettingsChanged);
    dialog->open();
    return dialog;
}

void ShopSide::openManualOrder()
{
    auto *dialog = new ManualOrderDialog(m_products, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_receiver->placeManualOrder(dialog->request(), dialog->claim());
    });
    dialog->open();
}

} // namespace stallcast::ui
