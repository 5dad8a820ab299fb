// The receiver's answer to a recorded order is written without a JSON library (every value is a
// number, a boolean or one of our identifiers): check it against a parser, for every flag.
#include "TestFramework.h"

#include "feed/ReceiverReply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace stallcast;

namespace {

QJsonObject parsed(const std::string &body)
{
    QJsonParseError error{};
    const auto doc = QJsonDocument::fromJson(QByteArray::fromStdString(body), &error);
    INFO(body);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

} // namespace

TEST_CASE("feed: a recorded order's reply is the documented JSON, flags and all")
{
    orders::PlaceResult placed;
    placed.order.id = 9007199254740993; // above 2^53: written as digits, not rounded
    placed.order.status = orders::OrderStatus::Paid;
    auto reply = feed::placedReply(placed);
    CHECK(reply.status == 201);
    CHECK(reply.body == R"({"order_id":9007199254740993,"status":"paid","flags":[],"duplicate":false})");
    CHECK(parsed(reply.body).value("flags").toArray().isEmpty());

    placed.duplicate = true;
    placed.order.id = 7;
    placed.order.status = orders::OrderStatus::Pending;
    placed.order.flags = ~0u; // every flag there is
    reply = feed::placedReply(placed);
    CHECK(reply.status == 200);
    const auto json = parsed(reply.body);
    CHECK(json.value("order_id").toInteger() == 7);
    CHECK(json.value("status").toString() == "pending");
    CHECK(json.value("duplicate").toBool());
    QStringList flags;
    for (const auto &flag : json.value("flags").toArray())
        flags << flag.toString();
    QStringList expected;
    for (const auto &name : orders::flagNames(~0u))
        expected << QString::fromStdString(name);
    CHECK(expected.size() == 7);
    CHECK(flags == expected);
}
