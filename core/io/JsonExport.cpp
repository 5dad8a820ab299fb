#include "io/JsonExport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace stallcast::io {

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

template <typename T>
QJsonValue optional(const std::optional<T> &value)
{
    if (!value)
        return QJsonValue(QJsonValue::Null);
    if constexpr (std::is_same_v<T, std::string>)
        return q(*value);
    else
        return QJsonValue(static_cast<qint64>(*value));
}

std::string toText(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Indented).toStdString();
}

} // namespace

std::string productsToJson(const std::vector<inventory::Product> &products)
{
    QJsonArray array;
    for (const auto &p : products) {
        QJsonObject o;
        o["sku"] = q(p.sku);
        o["code"] = q(p.code);
        o["name"] = q(p.name);
        o["description"] = q(p.description);
        o["price"] = static_cast<qint64>(p.price);
        o["sale_price"] = optional(p.salePrice);
        o["currency"] = q(p.currency);
        o["unit"] = q(p.unit);
        o["stock"] = static_cast<qint64>(p.onHand);
        o["held"] = static_cast<qint64>(p.held);
        o["available"] = static_cast<qint64>(p.available());
        o["origin"] = q(p.origin);
        o["farm"] = q(p.farm);
        o["harvest_date"] = optional(p.harvestDate);
        o["image"] = q(p.image);
        o["per_buyer_limit"] = optional(p.perBuyerLimit);
        o["active"] = p.active;
        array.append(o);
    }
    return toText(array);
}

std::string ordersToJson(const std::vector<orders::Order> &orders)
{
    QJsonArray array;
    for (const auto &order : orders) {
        QJsonObject o;
        o["id"] = static_cast<qint64>(order.id);
        o["source"] = q(order.source);
        o["external_id"] = optional(order.externalId);
        o["status"] = QString::fromUtf8(toString(order.status).data(),
                                        static_cast<qsizetype>(toString(order.status).size()));
        QJsonArray flags;
        for (const auto &f : orders::flagNames(order.flags))
            flags.append(q(f));
        o["flags"] = flags;
        QJsonObject buyer;
        buyer["handle"] = q(order.buyer.handle);
        buyer["name"] = q(order.buyer.name);
        buyer["phone"] = q(order.buyer.phone);
        buyer["address"] = q(order.buyer.address);
        o["buyer"] = buyer;
        o["currency"] = q(order.currency);
        o["total"] = static_cast<qint64>(order.total);
        o["note"] = q(order.note);
        o["created_ms"] = static_cast<qint64>(order.createdMs);
        o["updated_ms"] = static_cast<qint64>(order.updatedMs);
        QJsonArray lines;
        for (const auto &line : order.lines) {
            QJsonObject l;
            l["sku"] = q(line.sku);
            l["name"] = q(line.name);
            l["qty"] = static_cast<qint64>(line.qty);
            l["unit_price"] = static_cast<qint64>(line.unitPrice);
            l["allocated"] = static_cast<qint64>(line.allocated);
            std::optional<std::int64_t> flashSale;
            std::int64_t flashUnits = 0;
            for (const auto &f : order.flashLines)
                if (f.lineNo == line.lineNo) {
                    flashSale = f.saleId;
                    flashUnits = f.units;
                }
            l["flash_sale_id"] = optional(flashSale);
            l["flash_units"] = static_cast<qint64>(flashUnits);
            lines.append(l);
        }
        o["lines"] = lines;
        array.append(o);
    }
    return toText(array);
}

std::string flashSalesToJson(const std::vector<orders::FlashSale> &sales)
{
    QJsonArray array;
    for (const auto &sale : sales) {
        QJsonObject o;
        o["id"] = static_cast<qint64>(sale.id);
        o["sku"] = q(sale.sku);
        o["state"] = q(std::string(toString(sale.state)));
        o["price"] = static_cast<qint64>(sale.price);
        o["currency"] = q(sale.currency);
        o["quantity"] = static_cast<qint64>(sale.quantity);
        o["sold"] = static_cast<qint64>(sale.sold);
        o["remaining"] = static_cast<qint64>(sale.remaining());
        o["per_buyer_cap"] = optional(sale.perBuyerCap);
        o["starts_ms"] = static_cast<qint64>(sale.startsMs);
        o["ends_ms"] = static_cast<qint64>(sale.endsMs);
        o["stopped_ms"] = optional(sale.stoppedMs);
        o["started_by"] = q(sale.startedBy);
        o["stopped_by"] = q(sale.stoppedBy);
        array.append(o);
    }
    return toText(array);
}

} // namespace stallcast::io
