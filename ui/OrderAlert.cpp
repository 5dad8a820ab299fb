#include "OrderAlert.h"

#include "MoneyText.h"
#include "OrdersTableModel.h"

#include <QApplication>
#include <QLabel>
#include <QIcon>
#include <QStringList>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QWidget>

#include <map>

namespace stallcast::ui {

namespace {

constexpr int kBatchMs = 250;   // orders arriving together become one alert
constexpr int kToastMs = 5000;

QString buyerName(const orders::Order &order)
{
    return QString::fromStdString(order.buyer.handle.empty() ? order.buyer.name
                                                             : order.buyer.handle);
}

} // namespace

OrderAlert::OrderAlert(QWidget *window)
    : QObject(window), m_window(window), m_toastTimer(new QTimer(this)),
      m_batchTimer(new QTimer(this))
{
    m_batchTimer->setSingleShot(true);
    m_batchTimer->setInterval(kBatchMs);
    connect(m_batchTimer, &QTimer::timeout, this, &OrderAlert::flush);
    m_toastTimer->setSingleShot(true);
    connect(m_toastTimer, &QTimer::timeout, this, [this] {
        if (m_toast)
            m_toast->hide();
    });
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        QIcon icon = QApplication::windowIcon();
        if (icon.isNull())
            icon = window->style()->standardIcon(QStyle::SP_MessageBoxInformation);
        m_tray = new QSystemTrayIcon(icon, this);
        m_tray->setToolTip(QStringLiteral("Stallcast"));
        m_tray->show();
    }
}

void OrderAlert::announce(const orders::Order &order)
{
    m_batch.push_back(order);
    if (!m_batchTimer->isActive())
        m_batchTimer->start();
}

void OrderAlert::flush()
{
    if (m_batch.empty())
        return;
    const auto batch = std::move(m_batch);
    m_batch.clear();

    bool flagged = false;
    std::map<std::string, std::int64_t> totals;
    for (const auto &order : batch) {
        flagged = flagged || order.flags != 0;
        totals[order.currency] += order.total;
    }
    QStringList money;
    for (const auto &[currency, total] : totals)
        money << moneyText(total, currency);

    QString title;
    QString text;
    if (batch.size() == 1) {
        const auto &order = batch.front();
        title = tr("New order #%1").arg(order.id);
        text = tr("%1 · %2 · %3")
                   .arg(buyerName(order), orderSourceText(order.source), money.join(", "));
    } else {
        title = tr("%n new orders", nullptr, static_cast<int>(batch.size()));
        text = money.join(QStringLiteral(" · "));
    }
    if (flagged)
        text += tr(" · needs a look");
    m_lastMessage = title + QStringLiteral(": ") + text;

    if (m_sound) {
        QApplication::beep();
        ++m_soundsPlayed;
    }
    if (m_tray && m_tray->isVisible())
        m_tray->showMessage(title, text,
                            flagged ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information,
                            kToastMs);
    else
        showToast(title, text);
}

void OrderAlert::showToast(const QString &title, const QString &text)
{
    if (!m_toast) {
        m_toast = new QLabel(m_window);
        m_toast->setObjectName(QStringLiteral("orderToast"));
        m_toast->setAttribute(Qt::WA_TransparentForMouseEvents);
        m_toast->setStyleSheet(QStringLiteral(
            "QLabel { background: rgba(30, 30, 30, 220); color: white; border-radius: 6px;"
            " padding: 8px 12px; }"));
    }
    m_toast->setText(QStringLiteral("<b>%1</b><br>%2").arg(title.toHtmlEscaped(),
                                                           text.toHtmlEscaped()));
    m_toast->adjustSize();
    const QPoint corner(m_window->width() - m_toast->width() - 16,
                        m_window->height() - m_toast->height() - 40);
    m_toast->move(corner);
    m_toast->raise();
    m_toast->show();
    m_toastTimer->start(kToastMs);
}

} // namespace stallcast::ui
