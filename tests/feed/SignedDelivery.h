#pragma once

#include "feed/Webhook.h"

#include <cstdint>
#include <string>

namespace stallcast::test {

// A delivery signed the way each shop signs it, for checkSignature tests.
feed::Delivery stallcastDelivery(const std::string &secret, std::int64_t t, const std::string &body);
feed::Delivery stripeDelivery(const std::string &secret, std::int64_t t, const std::string &body);
feed::Delivery shopifyDelivery(const std::string &secret, const std::string &body);
feed::Delivery wooCommerceDelivery(const std::string &secret, const std::string &body);

} // namespace stallcast::test
