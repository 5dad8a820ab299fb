#include "feed/ReceiverReply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace stallcast::feed {

namespace {

std::string compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString();
}

std::string oneLine(std::string text)
{
    for (auto &c : text)
        if (c == '\n' || c == '\r')
            c = ' ';
    return text;
}

} // namespace

ReceiverReply placedReply(const orders::PlaceResult &result)
{
    QJsonArray flags;
    for (const auto &flag : orders::flagNames(result.order.flags))
        flags.append(QString::fromStdString(flag));
    QJsonObject body{
        {"order_id", static_cast<qint64>(result.order.id)},
        {"status", QString::fromUtf8(orders::toString(result.order.status).data(),
                                     static_cast<qsizetype>(orders::toString(result.order.status).size()))},
        {"flags", flags},
        {"duplicate", result.duplicate},
    };
    return {result.duplicate ? 200 : 201, compactJson(body), ""};
}

ReceiverReply refusedReply(int status, const std::string &reason)
{
    const auto line = oneLine(reason);
    return {status, compactJson(QJsonObject{{"error", QString::fromStdString(line)}}), line};
}

} // namespace stallcast::feed
