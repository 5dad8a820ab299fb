#pragma once

#include "inventory/Product.h"
#include "orders/Order.h"

#include <QWidget>

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <vector>

class QCheckBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace stallcast::ui {

class OrdersTableModel;

// The live order feed: every order, newest first, with its source, buyer, items, total, state
// and flags (flagged rows stand out); the receiver's state; this session's running totals; a
// "New order…" button for phone and DM orders. It shows what it is given: the periodic shop
// snapshot (orders from other processes) and live orders from the in-studio receiver.
class OrderFeedPanel final : public QWidget {
    Q_OBJECT
public:
    explicit OrderFeedPanel(QWidget *parent = nullptr);

    const OrdersTableModel &model() const { return *m_model; }
    QTableView *table() const { return m_table; }
    // "This session: 3 orders (2 paid) · 5 units sold · revenue 96,800 KRW"
    QString sessionText() const;
    QString receiverText() const;
    // The "Sound" box: whether new orders play a sound (remembered in QSettings).
    QCheckBox *soundBox() const { return m_sound; }

public slots:
    void setOrders(const std::vector<stallcast::orders::Order> &orders);
    void addLiveOrder(const stallcast::orders::Order &order);
    void setCatalog(const std::vector<stallcast::inventory::Product> &products);
    void setReceiverStatus(const QString &text, bool listening);

signals:
    // An order this panel had not seen before (live or from a reload), after the first load.
    void newOrder(const stallcast::orders::Order &order);
    void newOrderRequested();
    void receiverSettingsRequested();
    void soundToggled(bool on);

private:
    void noteOrders(const std::vector<orders::Order> &orders);
    void flushLive();
    void updateTexts();

    OrdersTableModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_table;
    QLabel *m_title;
    QLabel *m_receiver;
    QLabel *m_session;
    QPushButton *m_newOrder;
    QCheckBox *m_sound;
    // Orders up to this id were in the shop before the studio opened (unknown until the first
    // load); later ones belong to this session.
    std::optional<std::int64_t> m_sessionStart;
    std::int64_t m_highestSeen = 0;
    std::set<std::int64_t> m_liveBeforeLoad; // live orders that came before the first load
    // Live orders are shown in batches (every 50 ms at most), so a burst of hundreds a second
    // costs the UI thread a few model updates, not hundreds.
    std::vector<orders::Order> m_liveQueue;
    QTimer *m_liveTimer;
    // Live orders shown but not yet in a reload (a reload started before their commit must not
    // hide them again).
    std::map<std::int64_t, orders::Order> m_unconfirmed;
};

} // namespace stallcast::ui
