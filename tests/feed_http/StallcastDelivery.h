#pragma once

#include <httplib.h>

#include <QJsonObject>

#include <cstdint>
#include <string>

namespace stallcast::test {

// A body in our own format (docs/WEBHOOKS.md): one line, KRW.
std::string stallcastBody(const std::string &deliveryId, const std::string &orderId,
                          const std::string &sku, std::int64_t qty, std::int64_t unitPrice,
                          bool paid = true);

// What the receiver answered: status, and the JSON body (empty when it is not JSON).
struct Answer {
    int status = 0; // 0: no answer (connection error)
    std::string body;
    QJsonObject json;
};

// POSTs to /webhooks/stallcast with Stallcast-Signature for `secret` at `unixSeconds`.
Answer postSigned(httplib::ClientImpl &client, const std::string &body, const std::string &secret,
                  std::int64_t unixSeconds);
// POSTs with exactly these headers.
Answer post(httplib::ClientImpl &client, const std::string &path, const std::string &body,
            const httplib::Headers &headers);

} // namespace stallcast::test
