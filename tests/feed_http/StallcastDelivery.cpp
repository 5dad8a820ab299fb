#include "StallcastDelivery.h"

#include "feed/WebhookSignature.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace stallcast::test {

std::string stallcastBody(const std::string &deliveryId, const std::string &orderId,
                          const std::string &sku, std::int64_t qty, std::int64_t unitPrice,
                          bool paid)
{
    const QJsonObject line{{"sku", QString::fromStdString(sku)},
                           {"qty", static_cast<qint64>(qty)},
                           {"unit_price", static_cast<qint64>(unitPrice)}};
    const QJsonObject root{
        {"id", QString::fromStdString(deliveryId)},
        {"order_id", QString::fromStdString(orderId)},
        {"buyer", QJsonObject{{"handle", "minji"}, {"name", "김민지"}, {"phone", "010-0000-0000"},
                              {"address", "제주시"}}},
        {"currency", "KRW"},
        {"lines", QJsonArray{line}},
        {"paid", paid},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact).toStdString();
}

Answer post(httplib::ClientImpl &client, const std::string &path, const std::string &body,
            const httplib::Headers &headers)
{
    Answer answer;
    const auto result = client.Post(path.c_str(), headers, body, "application/json");
    if (!result)
        return answer;
    answer.status = result->status;
    answer.body = result->body;
    const auto doc = QJsonDocument::fromJson(QByteArray::fromStdString(result->body));
    if (doc.isObject())
        answer.json = doc.object();
    return answer;
}

Answer postSigned(httplib::ClientImpl &client, const std::string &body, const std::string &secret,
                  std::int64_t unixSeconds)
{
    return post(client, "/webhooks/stallcast", body,
                {{"Stallcast-Signature",
                  feed::stallcastSignatureHeader(secret, unixSeconds, body)}});
}

} // namespace stallcast::test
