#pragma once

#include <QDateTime>
#include <QMainWindow>

#include <functional>
#include <memory>

class QCloseEvent;
class QLabel;
class QSplitter;

namespace stallcast::db {
class Database;
}
namespace stallcast::orders {
class FlashSaleBook;
}
namespace stallcast::claims {
class ClaimDesk;
}

namespace stallcast::ui {

class CatalogTableModel;
class LivePanel;
class OnStreamCard;
class LiveStudio;
class PreviewWidget;
class ClaimsPanel;
class OrdersTableModel;
class SecretStore;
class ShopFileCommands;
class ShopSide;
class ShopSnapshotLoader;
struct ShopSnapshot;

// The studio's window: the product shelf above the live order feed (ShopSide), totals in the
// status bar.
// It shows what ShopSnapshotLoader reads in the background (every 2 s, and on F5), so orders
// placed from the CLI or another process appear on their own.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    // `secrets`: where stream keys and webhook/checkout secrets go; none: the OS keychain, or
    // memory (forgotten on exit, with a warning) when no keychain service answers.
    explicit MainWindow(std::shared_ptr<db::Database> database,
                        std::shared_ptr<SecretStore> secrets = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    const CatalogTableModel &catalogModel() const;
    const OrdersTableModel &ordersModel() const;
    ShopSide &shop() const { return *m_shop; }
    ClaimsPanel &claimsPanel() const { return *m_claimsPanel; }
    LiveStudio &liveStudio() const { return *m_liveStudio; }
    LivePanel &livePanel() const { return *m_livePanel; }
    PreviewWidget &preview() const { return *m_preview; }
    OnStreamCard &onStreamCard() const { return *m_onStream; }
    QString totalsText() const;

public slots:
    // Reloads the shelf and the order book now.
    void refresh();
    // The summary of the orders placed between `started` and `ended`, with the sales CSV and
    // packing list (CSV, PDF) exports (EndOfStreamDialog, not modal). The live part calls it when
    // the merchant stops the stream; File › Today's summary uses it for the day so far.
    void showEndOfStreamSummary(QDateTime started, QDateTime ended);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void showSnapshot(const ShopSnapshot &snapshot);
    void showLoadError(const QString &message);
    void restoreLayout();
    void saveLayout() const;

    void buildClaimsDock();
    // The live side (MainWindowLive.cpp): preview, Go Live / Record, sources, destinations.
    void buildLiveDocks();
    void buildOnStream();
    void buildLayoutActions();
    void runFlashSaleChange(const QString &sku,
                            std::function<void(orders::FlashSaleBook &)> change,
                            const QString &doneText);
    std::shared_ptr<SecretStore> keychainSecretStore();
    bool confirmCloseLive();

    std::shared_ptr<db::Database> m_database;
    std::shared_ptr<claims::ClaimDesk> m_claimDesk;
    ClaimsPanel *m_claimsPanel = nullptr;
    std::shared_ptr<SecretStore> m_secrets;
    LiveStudio *m_liveStudio = nullptr;
    LivePanel *m_livePanel = nullptr;
    PreviewWidget *m_preview = nullptr;
    OnStreamCard *m_onStream = nullptr;
    QDateTime m_liveSince; // on air since (invalid: not live)
    ShopSnapshotLoader *m_loader;
    ShopFileCommands *m_fileCommands;
    ShopSide *m_shop;
    QLabel *m_totals = nullptr;
    QSplitter *m_splitter = nullptr;
};

} // namespace stallcast::ui
