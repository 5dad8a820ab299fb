#include "OrderFeedPanel.h"

#include "ModelRoles.h"
#include "OrdersTableModel.h"
#include "SalesSummary.h"
#include "ShopTables.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <QTimer>

#include <algorithm>

namespace stallcast::ui {

namespace {
constexpr int kLiveBatchMs = 50;
const QString kSoundKey = QStringLiteral("shop/newOrderSound");
} // namespace

OrderFeedPanel::OrderFeedPanel(QWidget *parent)
    : QWidget(parent), m_model(new OrdersTableModel(this)),
      m_sorted(sortedProxy(m_model, this)), m_table(makeShopTable(m_sorted, this)),
      m_title(new QLabel(tr("Orders"), this)), m_receiver(new QLabel(this)),
      m_session(new QLabel(this)), m_newOrder(new QPushButton(tr("&New order…"), this)),
      m_sound(new QCheckBox(tr("Sound"), this)), m_liveTimer(new QTimer(this))
{
    // Off while streaming with an open microphone: the bell would be on air.
    m_sound->setObjectName(QStringLiteral("orderSoundBox"));
    m_sound->setToolTip(tr("Play a sound for new orders (turn off if the microphone picks it up)"));
    m_sound->setChecked(QSettings().value(kSoundKey, true).toBool());
    connect(m_sound, &QCheckBox::toggled, this, [this](bool on) {
        QSettings().setValue(kSoundKey, on);
        emit soundToggled(on);
    });
    m_liveTimer->setSingleShot(true);
    m_liveTimer->setInterval(kLiveBatchMs);
    connect(m_liveTimer, &QTimer::timeout, this, &OrderFeedPanel::flushLive);
    setObjectName(QStringLiteral("orderFeedPanel"));
    m_table->setObjectName(QStringLiteral("ordersTable"));
    // The items are what the merchant reads: they get the spare width.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(OrdersTableModel::Items,
                                                      QHeaderView::Stretch);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(OrdersTableModel::Id, Qt::DescendingOrder); // newest first

    m_receiver->setObjectName(QStringLiteral("receiverStatus"));
    m_receiver->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_session->setObjectName(QStringLiteral("sessionTotals"));
    m_newOrder->setObjectName(QStringLiteral("newOrderButton"));
    m_newOrder->setToolTip(tr("Enter a phone or message order by hand (Ctrl+N)"));
    m_newOrder->setShortcut(QKeySequence::New);
    auto *settings = new QPushButton(tr("Receiver…"), this);
    settings->setObjectName(QStringLiteral("receiverSettingsButton"));
    settings->setToolTip(tr("Listen address, webhook secrets and URLs"));
    connect(m_newOrder, &QPushButton::clicked, this, &OrderFeedPanel::newOrderRequested);
    connect(settings, &QPushButton::clicked, this, &OrderFeedPanel::receiverSettingsRequested);

    // Long titles and status lines wrap instead of widening the window (a 1366 px laptop).
    for (QLabel *label : {m_title, m_session, m_receiver})
        label->setWordWrap(true);
    auto *header = new QHBoxLayout;
    header->addWidget(styleAsTitle(m_title), 1);
    header->addWidget(m_sound);
    header->addWidget(m_newOrder);
    header->addWidget(settings);
    auto *status = new QHBoxLayout;
    status->addWidget(m_session, 1);
    status->addWidget(m_receiver);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(header);
    layout->addLayout(status);
    layout->addWidget(m_table);
    setReceiverStatus(tr("Order receiver: off"), false);
    updateTexts();
}

QString OrderFeedPanel::sessionText() const
{
    return m_session->text();
}

QString OrderFeedPanel::receiverText() const
{
    return m_receiver->text();
}

void OrderFeedPanel::setOrders(const std::vector<orders::Order> &orders)
{
    const bool first = !m_sessionStart.has_value();
    if (first) {
        std::int64_t before = 0;
        for (const auto &order : orders)
            if (m_liveBeforeLoad.count(order.id) == 0)
                before = std::max(before, order.id);
        m_sessionStart = before;
        m_highestSeen = std::max(m_highestSeen, before);
    }
    const bool firstRows = m_model->rowCount() == 0 && !orders.empty();
    const std::int64_t newest = orders.empty() ? 0 : orders.back().id;
    std::erase_if(m_unconfirmed, [newest](const auto &entry) { return entry.first <= newest; });
    m_model->setOrders(orders);
    if (!m_unconfirmed.empty()) {
        std::vector<orders::Order> live;
        for (const auto &[id, order] : m_unconfirmed)
            live.push_back(order);
        m_model->upsertOrders(live);
    }
    if (firstRows)
        m_table->resizeColumnsToContents();
    noteOrders(orders);
    updateTexts();
}

void OrderFeedPanel::addLiveOrder(const orders::Order &order)
{
    if (!m_sessionStart)
        m_liveBeforeLoad.insert(order.id);
    m_liveQueue.push_back(order);
    if (!m_liveTimer->isActive())
        m_liveTimer->start();
}

void OrderFeedPanel::flushLive()
{
    const auto batch = std::move(m_liveQueue);
    m_liveQueue.clear();
    for (const auto &order : batch)
        m_unconfirmed[order.id] = order;
    m_model->upsertOrders(batch);
    noteOrders(batch);
    updateTexts();
}

void OrderFeedPanel::noteOrders(const std::vector<orders::Order> &orders)
{
    for (const auto &order : orders) {
        if (order.id <= m_highestSeen)
            continue;
        m_highestSeen = order.id;
        emit newOrder(order);
    }
}

void OrderFeedPanel::setCatalog(const std::vector<inventory::Product> &products)
{
    m_model->setCatalog(products);
}

void OrderFeedPanel::setReceiverStatus(const QString &text, bool listening)
{
    m_receiver->setText(text);
    m_receiver->setStyleSheet(listening ? QStringLiteral("color: #1b7a3a;") : QString());
}

void OrderFeedPanel::updateTexts()
{
    const auto &all = m_model->rows();
    if (all.empty())
        m_title->setText(tr("Orders · none yet (web shop, comment and manual orders appear here "
                            "as they arrive)"));
    else
        m_title->setText(tr("Orders · %1, newest first").arg(all.size()));

    SalesTotals session; // totalled in place: this runs on every batch of live orders
    const std::int64_t start = m_sessionStart.value_or(0);
    for (const auto &order : all)
        if (order.id > start || m_liveBeforeLoad.count(order.id) != 0)
            addToSalesTotals(session, order);
    m_session->setText(session.orders == 0
                           ? tr("This session: no orders yet")
                           : tr("This session: %1").arg(salesSummaryText(session)));
}

} // namespace stallcast::ui
