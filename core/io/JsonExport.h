#pragma once

#include "inventory/Product.h"
#include "orders/FlashSale.h"
#include "orders/Order.h"

#include <string>
#include <vector>

namespace stallcast::io {

// The JSON contracts of `catalog list --json`, `orders list --json` and `flash list --json` (docs/CLI.md).
// Money is integer minor units; optional values are null.
std::string productsToJson(const std::vector<inventory::Product> &products);
std::string ordersToJson(const std::vector<orders::Order> &orders);
// `flash list --json`.
std::string flashSalesToJson(const std::vector<orders::FlashSale> &sales);

} // namespace stallcast::io
