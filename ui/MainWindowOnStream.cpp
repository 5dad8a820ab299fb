// The MainWindow's "on stream" wiring (docs/STUDIO.md, "On stream"): the shelf's Feature and
// flash-sale requests reach the product card and the order book, the checkout settings reach the
// card's QR, and stopping the stream opens its summary. Built here so MainWindow.cpp stays small.
#include "MainWindow.h"

#include "BackgroundTask.h"
#include "LiveStudio.h"
#include "OnStreamCard.h"
#include "ShopSide.h"
#include "StudioReceiver.h"
#include "db/Database.h"
#include "orders/FlashSaleBook.h"

#include <QFileDialog>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>

namespace stallcast::ui {

namespace {
constexpr int kOnStreamMessageMs = 8000;
} // namespace

void MainWindow::buildOnStream()
{
    m_onStream = new OnStreamCard(m_database, m_secrets, m_shop->receiver()->events(), this);
    m_onStream->setObjectName(QStringLiteral("onStreamCard"));
    connect(m_liveStudio, &LiveStudio::sessionStarted, this,
            [this] { m_onStream->attachTo(m_liveStudio->session()); });
    connect(m_shop, &ShopSide::featureRequested, m_onStream, &OnStreamCard::feature);
    connect(m_shop, &ShopSide::checkoutSettingsChanged, m_onStream, &OnStreamCard::reloadCheckout);
    connect(m_onStream, &OnStreamCard::failed, this,
            [this](const QString &message) { statusBar()->showMessage(message, kOnStreamMessageMs); });
    m_onStream->reloadCheckout();
    buildLayoutActions();

    connect(m_shop, &ShopSide::flashSaleRequested, this,
            [this](const QString &sku, qint64 priceMinor, const QString &, int minutes,
                   int quantity, int perBuyerCap) {
                orders::FlashSaleStart start;
                start.sku = sku.toStdString();
                start.price = priceMinor;
                start.durationMs = std::int64_t{minutes} * 60'000;
                start.quantity = quantity;
                if (perBuyerCap > 0)
                    start.perBuyerCap = perBuyerCap;
                start.actor = "studio";
                runFlashSaleChange(sku, [start](orders::FlashSaleBook &book) { book.start(start); },
                                   tr("Flash sale on %1 started."));
            });
    connect(m_shop, &ShopSide::flashSaleStopRequested, this, [this](const QString &sku) {
        runFlashSaleChange(sku,
                           [sku = sku.toStdString()](orders::FlashSaleBook &book) {
                               book.stop(sku, "studio");
                           },
                           tr("Flash sale on %1 stopped."));
    });

    // The end of a stream: the merchant pressed Stop (and confirmed) after being on air.
    connect(m_liveStudio, &LiveStudio::liveChanged, this, [this](bool live) {
        const QDateTime now = QDateTime::currentDateTime();
        if (live) {
            if (!m_liveSince.isValid())
                m_liveSince = now;
            return;
        }
        if (!m_liveSince.isValid())
            return;
        const QDateTime started = m_liveSince;
        m_liveSince = {};
        showEndOfStreamSummary(started, now);
    });
}

// Settings › On-stream layout: the merchant's own layout template files (card, toast and ticker
// moved and scaled, docs/OVERLAY.md "Templates"), one for each canvas, or the built-in ones.
void MainWindow::buildLayoutActions()
{
    auto *settingsMenu = menuBar()->findChild<QMenu *>(QStringLiteral("settingsMenu"));
    if (!settingsMenu)
        return;
    QMenu *layout = settingsMenu->addMenu(tr("On-stream &layout"));
    const auto choose = [this](const QString &key, const QString &title) {
        const QString current = QSettings().value(key).toString();
        const QString file = QFileDialog::getOpenFileName(this, title, current,
                                                          tr("Layout templates (*.json)"));
        if (file.isEmpty())
            return;
        QSettings().setValue(key, file);
        m_onStream->reloadLayout();
    };
    layout->addAction(tr("Landscape layout file…"), this, [this, choose] {
        choose(kLandscapeLayoutKey, tr("Layout template for the landscape canvas"));
    });
    layout->addAction(tr("Vertical layout file…"), this, [this, choose] {
        choose(kVerticalLayoutKey, tr("Layout template for the vertical canvas"));
    });
    layout->addAction(tr("Built-in layouts"), this, [this] {
        QSettings settings;
        settings.remove(kLandscapeLayoutKey);
        settings.remove(kVerticalLayoutKey);
        m_onStream->reloadLayout();
    });
}

// The order book's side of a flash sale, off the UI thread; the shelf and the card follow the
// database (the card reads the sale on its next look, within a quarter of a second).
void MainWindow::runFlashSaleChange(const QString &sku,
                                    std::function<void(orders::FlashSaleBook &)> change,
                                    const QString &doneText)
{
    auto database = m_database;
    runInBackground(
        this,
        [database, change = std::move(change)] {
            orders::FlashSaleBook book(*database);
            change(book);
            return true;
        },
        [this, sku, doneText](const TaskResult<bool> &result) {
            if (!result.ok()) {
                statusBar()->showMessage(tr("Flash sale on %1: %2").arg(sku, result.error),
                                         kOnStreamMessageMs);
                return;
            }
            statusBar()->showMessage(doneText.arg(sku), kOnStreamMessageMs);
            refresh();
        });
}

} // namespace stallcast::ui
