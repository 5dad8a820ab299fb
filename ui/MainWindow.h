#pragma once

#include <QDateTime>
#include <QMainWindow>

#include <memory>

class QCloseEvent;
class QLabel;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace stallcast::db {
class Database;
}
namespace stallcast::claims {
class ClaimDesk;
}

namespace stallcast::ui {

class CatalogTableModel;
class LivePanel;
class LiveStudio;
class PreviewWidget;
class ClaimsPanel;
class OrdersTableModel;
class ShopFileCommands;
class ShopSnapshotLoader;
struct ShopSnapshot;

// The studio's first window: the product shelf above the order book, totals in the status bar.
// It shows what ShopSnapshotLoader reads in the background (every 2 s, and on F5), so orders
// placed from the CLI or another process appear on their own.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(std::shared_ptr<db::Database> database, QWidget *parent = nullptr);
    ~MainWindow() override;

    const CatalogTableModel &catalogModel() const { return *m_catalogModel; }
    const OrdersTableModel &ordersModel() const { return *m_ordersModel; }
    ClaimsPanel &claimsPanel() const { return *m_claimsPanel; }
    LiveStudio &liveStudio() const { return *m_liveStudio; }
    LivePanel &livePanel() const { return *m_livePanel; }
    PreviewWidget &preview() const { return *m_preview; }
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
    QWidget *buildShelf();
    QWidget *buildOrders();
    void showSnapshot(const ShopSnapshot &snapshot);
    void showLoadError(const QString &message);
    void restoreLayout();
    void saveLayout() const;

    void buildClaimsDock();
    // The live side (MainWindowLive.cpp): preview, Go Live / Record, sources, destinations.
    void buildLiveDocks();
    bool confirmCloseLive();

    std::shared_ptr<db::Database> m_database;
    std::shared_ptr<claims::ClaimDesk> m_claimDesk;
    ClaimsPanel *m_claimsPanel = nullptr;
    LiveStudio *m_liveStudio = nullptr;
    LivePanel *m_livePanel = nullptr;
    PreviewWidget *m_preview = nullptr;
    CatalogTableModel *m_catalogModel;
    OrdersTableModel *m_ordersModel;
    ShopSnapshotLoader *m_loader;
    ShopFileCommands *m_fileCommands;
    QSortFilterProxyModel *m_catalogSorted = nullptr;
    QSortFilterProxyModel *m_ordersSorted = nullptr;
    QTableView *m_shelfView = nullptr;
    QTableView *m_ordersView = nullptr;
    QLabel *m_shelfTitle = nullptr;
    QLabel *m_ordersTitle = nullptr;
    QLabel *m_totals = nullptr;
    QSplitter *m_splitter = nullptr;
};

} // namespace stallcast::ui
