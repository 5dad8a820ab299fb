#include "DeliveryBurst.h"

#include "StallcastDelivery.h"

#include <httplib.h>

#include <QJsonArray>

#include <ctime>
#include <memory>

namespace stallcast::test {

namespace {

std::unique_ptr<httplib::ClientImpl> loopbackClient(std::uint16_t port)
{
    auto client = std::make_unique<httplib::ClientImpl>("127.0.0.1", port);
    client->set_keep_alive(true);
    client->set_connection_timeout(2, 0);
    client->set_read_timeout(15, 0); // a live receiver answers in milliseconds; a dead one resets
    client->set_write_timeout(5, 0);
    return client;
}

void sendSigned(httplib::ClientImpl &client, const std::string &secret, SentDelivery &delivery)
{
    const auto answer =
        postSigned(client, delivery.body, secret, static_cast<std::int64_t>(std::time(nullptr)));
    delivery.status = answer.status;
    if (answer.status >= 200 && answer.status < 300) {
        delivery.recordedId = answer.json.value("order_id").toInteger();
        delivery.oversold = answer.json.value("flags").toArray().contains("oversold");
    }
}

} // namespace

void resend(std::uint16_t port, const std::string &secret, SentDelivery &delivery)
{
    auto client = loopbackClient(port);
    client->set_keep_alive(false);
    sendSigned(*client, secret, delivery);
}

DeliveryBurst::DeliveryBurst(std::uint16_t port, std::string secret, std::string sku,
                             int connections)
    : m_port(port), m_secret(std::move(secret)), m_sku(std::move(sku)),
      m_sent(static_cast<std::size_t>(connections))
{
    for (int c = 0; c < connections; ++c)
        m_senders.emplace_back([this, c] { send(c); });
}

DeliveryBurst::~DeliveryBurst()
{
    if (!m_senders.empty())
        stop();
}

void DeliveryBurst::send(int connection)
{
    auto client = loopbackClient(m_port);
    auto &sent = m_sent[static_cast<std::size_t>(connection)];
    for (;;) {
        int id = 0;
        {
            std::lock_guard lock(m_mutex);
            if (m_stopping)
                return;
            id = m_nextId++;
        }
        SentDelivery delivery;
        delivery.deliveryId = "dlv-crash-" + std::to_string(id);
        delivery.orderId = "shop-crash-" + std::to_string(id);
        delivery.body = stallcastBody(delivery.deliveryId, delivery.orderId, m_sku, 1, 1000);
        sendSigned(*client, m_secret, delivery);
        const bool acknowledged = delivery.status >= 200 && delivery.status < 300;
        sent.push_back(std::move(delivery));
        if (acknowledged) {
            std::lock_guard lock(m_mutex);
            ++m_acknowledged;
            m_acknowledgedChanged.notify_all();
        }
    }
}

int DeliveryBurst::waitForAcknowledged(int count, std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_mutex);
    m_acknowledgedChanged.wait_for(lock, timeout, [&] { return m_acknowledged >= count; });
    return m_acknowledged;
}

std::vector<SentDelivery> DeliveryBurst::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    for (auto &t : m_senders)
        t.join();
    m_senders.clear();
    std::vector<SentDelivery> all;
    for (auto &perConnection : m_sent)
        for (auto &d : perConnection)
            all.push_back(std::move(d));
    m_sent.clear();
    return all;
}

} // namespace stallcast::test
