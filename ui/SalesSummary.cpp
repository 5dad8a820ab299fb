#include "SalesSummary.h"

#include "MoneyText.h"

#include <QObject>
#include <QStringList>

namespace stallcast::ui {

namespace {

// "1 order" / "3 orders": one whole phrase per form, so a translation can word it its own way.
QString ordersCounted(std::int64_t n)
{
    return n == 1 ? QObject::tr("1 order") : QObject::tr("%L1 orders").arg(n);
}

QString unitsCounted(std::int64_t n)
{
    return n == 1 ? QObject::tr("1 unit") : QObject::tr("%L1 units").arg(n);
}

} // namespace

void addToSalesTotals(SalesTotals &totals, const orders::Order &order)
{
    using orders::OrderStatus;
    ++totals.orders;
    const bool sold = order.status == OrderStatus::Paid || order.status == OrderStatus::Fulfilled;
    const bool open = order.status == OrderStatus::Pending || order.status == OrderStatus::Paid;
    if (open && order.flags != 0)
        ++totals.needAttention;
    if (!sold)
        return;
    ++totals.paidOrders;
    // The sums of reports::salesByProduct's rows, without building them: it runs on the UI
    // thread for every order on each refresh.
    for (const auto &line : order.lines) {
        totals.unitsSold += line.qty;
        totals.revenue[order.currency] += line.qty * line.unitPrice;
    }
}

SalesTotals salesTotals(const std::vector<orders::Order> &orders)
{
    SalesTotals totals;
    for (const auto &order : orders)
        addToSalesTotals(totals, order);
    return totals;
}

QString salesSummaryText(const SalesTotals &totals)
{
    if (totals.orders == 0)
        return QObject::tr("No orders yet");
    QStringList parts;
    parts << QObject::tr("%1 (%2 paid)")
                 .arg(ordersCounted(totals.orders))
                 .arg(totals.paidOrders);
    parts << QObject::tr("%1 sold").arg(unitsCounted(totals.unitsSold));
    QStringList revenue;
    for (const auto &[currency, minor] : totals.revenue)
        revenue << moneyText(minor, currency);
    parts << QObject::tr("revenue %1")
                 .arg(revenue.isEmpty() ? QStringLiteral("0") : revenue.join(QStringLiteral(" + ")));
    if (totals.needAttention > 0)
        parts << (totals.needAttention == 1
                      ? QObject::tr("1 order needs attention")
                      : QObject::tr("%1 orders need attention").arg(totals.needAttention));
    return parts.join(QStringLiteral("  ·  "));
}

} // namespace stallcast::ui
