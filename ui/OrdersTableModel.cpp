#include "OrdersTableModel.h"

#include "ModelRoles.h"
#include "MoneyText.h"
#include "TableColors.h"

#include <QDateTime>
#include <QStringList>

#include <algorithm>

namespace stallcast::ui {

namespace {

using orders::Order;
using orders::OrderFlag;
using orders::OrderStatus;

QString text(const std::string &utf8)
{
    return QString::fromStdString(utf8);
}

QString lineName(const orders::OrderLine &line)
{
    return line.name.empty() ? text(line.sku) : text(line.name);
}

QString itemsText(const Order &order)
{
    QStringList parts;
    for (const auto &line : order.lines)
        parts << QStringLiteral("%1 × %2").arg(lineName(line), QString::number(line.qty));
    return parts.join(QStringLiteral(", "));
}

QString buyerText(const orders::Buyer &buyer)
{
    if (buyer.name.empty())
        return text(buyer.handle);
    if (buyer.handle.empty())
        return text(buyer.name);
    return QStringLiteral("%1 (%2)").arg(text(buyer.handle), text(buyer.name));
}

std::string lowerAscii(std::string s)
{
    for (auto &c : s)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return s;
}

bool isOpen(const Order &order)
{
    return order.status == OrderStatus::Pending || order.status == OrderStatus::Paid;
}

bool needsAction(const Order &order)
{
    return order.has(OrderFlag::Oversold) || order.has(OrderFlag::UnknownSku);
}

std::int64_t units(const Order &order)
{
    std::int64_t n = 0;
    for (const auto &line : order.lines)
        n += line.qty;
    return n;
}

bool isNumeric(int column)
{
    return column == OrdersTableModel::Id || column == OrdersTableModel::Total;
}

} // namespace

OrdersTableModel::OrdersTableModel(QObject *parent) : RowListModel(parent) {}

void OrdersTableModel::setOrders(const std::vector<orders::Order> &orders)
{
    updateRows(orders);
}

int OrdersTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void OrdersTableModel::upsertOrders(const std::vector<Order> &orders)
{
    if (orders.empty())
        return;
    if (appendRows(orders))
        return; // the usual case: new orders, newer than every row
    const auto byId = [](const Order &a, const Order &b) { return a.id < b.id; };
    std::vector<Order> next = rows(); // sorted by id: the book lists them so, events keep it
    for (const auto &order : orders) {
        const auto at = std::lower_bound(next.begin(), next.end(), order, byId);
        if (at != next.end() && at->id == order.id)
            *at = order;
        else
            next.insert(at, order);
    }
    replaceRows(std::move(next));
}

void OrdersTableModel::setCatalog(const std::vector<inventory::Product> &products)
{
    std::map<std::string, ShelfPrice> prices;
    for (const auto &p : products)
        prices[lowerAscii(p.sku)] = {p.price, p.salePrice, p.currency};
    if (prices == m_prices)
        return;
    m_prices = std::move(prices);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

bool OrdersTableModel::priceMismatch(const Order &order) const
{
    for (const auto &line : order.lines) {
        // Flash-sale units are charged the sale's price; the order book flags them itself
        // (flash_price_mismatch) when that is wrong.
        const bool flash = std::any_of(order.flashLines.begin(), order.flashLines.end(),
                                       [&](const auto &f) { return f.lineNo == line.lineNo; });
        if (flash)
            continue;
        const auto it = m_prices.find(lowerAscii(line.sku));
        if (it == m_prices.end() || it->second.currency != order.currency)
            continue; // unknown SKU and currency mismatch have flags of their own
        if (line.unitPrice != it->second.price && line.unitPrice != it->second.salePrice)
            return true;
    }
    return false;
}

QStringList OrdersTableModel::flagTexts(const Order &order) const
{
    QStringList names;
    for (const auto &name : orders::flagNames(order.flags))
        names << text(name).replace(QLatin1Char('_'), QLatin1Char(' '));
    if (order.status == OrderStatus::Pending)
        names << tr("payment pending");
    if (isOpen(order) && priceMismatch(order))
        names << tr("price mismatch");
    return names;
}

QString orderSourceText(const std::string &source)
{
    if (source == "manual")
        return OrdersTableModel::tr("manual");
    if (source == "claim" || source == "comment" || source.rfind("claim", 0) == 0)
        return OrdersTableModel::tr("comment claim");
    if (source == "stallcast")
        return OrdersTableModel::tr("web shop");
    if (source == "shopify")
        return OrdersTableModel::tr("web shop (Shopify)");
    if (source == "woocommerce")
        return OrdersTableModel::tr("web shop (WooCommerce)");
    if (source == "stripe")
        return OrdersTableModel::tr("web shop (Stripe)");
    return text(source);
}

QVariant OrdersTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const auto &order = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(order, index.column());
    case Qt::ToolTipRole:
        return toolTip(order, index.column());
    case Qt::ForegroundRole:
        return foreground(order, index.column());
    case Qt::BackgroundRole:
        return background(order);
    case Qt::TextAlignmentRole:
        return isNumeric(index.column()) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case kSortRole:
        return sortValue(order, index.column());
    default:
        return {};
    }
}

QVariant OrdersTableModel::display(const Order &order, int column) const
{
    switch (column) {
    case Id:
        return qlonglong(order.id);
    case Placed:
        return QDateTime::fromMSecsSinceEpoch(order.createdMs)
            .toLocalTime()
            .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case Status:
        return text(std::string(orders::toString(order.status)));
    case Source:
        return orderSourceText(order.source);
    case Buyer:
        return buyerText(order.buyer);
    case Items:
        return itemsText(order);
    case Total:
        return moneyText(order.total, order.currency);
    case Flags:
        return flagTexts(order).join(QStringLiteral(", "));
    default:
        return {};
    }
}

QVariant OrdersTableModel::toolTip(const Order &order, int column) const
{
    switch (column) {
    case Items: {
        QStringList lines;
        for (const auto &line : order.lines)
            // One multi-argument arg(): names may contain "%1" themselves.
            lines << tr("%1 × %2 at %3 (SKU %4)")
                         .arg(lineName(line), QString::number(line.qty),
                              moneyText(line.unitPrice, order.currency), text(line.sku));
        return lines.join(QLatin1Char('\n'));
    }
    case Buyer: {
        QStringList parts{buyerText(order.buyer)};
        if (!order.buyer.phone.empty())
            parts << text(order.buyer.phone);
        if (!order.buyer.address.empty())
            parts << text(order.buyer.address);
        return parts.join(QLatin1Char('\n'));
    }
    case Flags:
        if (order.has(OrderFlag::Oversold))
            return tr("Paid, but the stock was gone: refund or backorder.");
        if (order.has(OrderFlag::UnknownSku))
            return tr("Paid for a product the catalogue does not have.");
        if (order.has(OrderFlag::OverLimit))
            return tr("Over the product's per-buyer limit.");
        if (order.has(OrderFlag::CurrencyMismatch))
            return tr("Paid in another currency than the product's.");
        if (order.status == OrderStatus::Pending)
            return tr("Not paid yet: the stock is reserved until it is paid or cancelled.");
        if (isOpen(order) && priceMismatch(order))
            return tr("Charged another price than the shelf's: check the sale or the shop.");
        return {};
    default:
        return order.note.empty() ? QVariant() : QVariant(text(order.note));
    }
}

QVariant OrdersTableModel::foreground(const Order &order, int column) const
{
    if (column == Flags && order.flags != 0)
        return colors::alertText();
    if (column == Flags && isOpen(order))
        return colors::pendingText();
    if (column != Status)
        return isOpen(order) ? QVariant() : QVariant(colors::mutedText());
    switch (order.status) {
    case OrderStatus::Pending:
        return colors::pendingText();
    case OrderStatus::Paid:
        return colors::saleText();
    case OrderStatus::Fulfilled:
        return {};
    case OrderStatus::Cancelled:
    case OrderStatus::Refunded:
        return colors::mutedText();
    }
    return {};
}

QVariant OrdersTableModel::background(const Order &order) const
{
    if (!isOpen(order))
        return {};
    if (order.flags != 0)
        return needsAction(order) ? colors::alertBackground() : colors::warningBackground();
    if (order.status == OrderStatus::Pending || priceMismatch(order))
        return colors::warningBackground();
    return {};
}

QVariant OrdersTableModel::sortValue(const Order &order, int column) const
{
    switch (column) {
    case Id:
        return qlonglong(order.id);
    case Placed:
        return qlonglong(order.createdMs);
    case Items:
        return qlonglong(units(order));
    case Total:
        return qlonglong(order.total);
    default:
        return display(order, column);
    }
}

QVariant OrdersTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("#");
    case Placed:
        return tr("Placed");
    case Status:
        return tr("Status");
    case Source:
        return tr("Source");
    case Buyer:
        return tr("Buyer");
    case Items:
        return tr("Items");
    case Total:
        return tr("Total");
    case Flags:
        return tr("Flags");
    default:
        return {};
    }
}

} // namespace stallcast::ui
