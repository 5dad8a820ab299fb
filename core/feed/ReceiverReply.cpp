#include "feed/ReceiverReply.h"

#include "orders/OrderBook.h"

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

ReceiverReply replyFor(const std::shared_future<orders::PlaceResult> &placement)
{
    try {
        return placedReply(placement.get()); // returns only once the order is durable
    } catch (const orders::OrderRejected &e) {
        if (e.reason() == orders::OrderRejected::Reason::Invalid)
            return refusedReply(400, e.what());
        return refusedReply(422, e.what());
    } catch (const std::exception &e) {
        auto reply = refusedReply(503, "the order could not be recorded; retry later");
        reply.reason += std::string(" (") + e.what() + ")"; // for the log, not the sender
        return reply;
    }
}

} // namespace stallcast::feed
