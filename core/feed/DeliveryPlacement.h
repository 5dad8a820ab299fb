#pragma once

#include "feed/Webhook.h"
#include "orders/Order.h"

#include <cstdint>

namespace stallcast::db {
class Connection;
}

namespace stallcast::feed {

// Records one parsed webhook delivery, inside the writer's transaction (a TransactionQueue job:
// repeatable, all or nothing):
//   1. a delivery id the source used before answers with the order it made (a duplicate), so a
//      retry is recognised by its delivery id (X-Shopify-Webhook-Id, X-WC-Webhook-Delivery-ID,
//      Stripe's event id, our "id") as well as by the shop's order id;
//   2. a claim code that names a hold pays that hold: its reservation becomes the order in the
//      same transaction (a hold paid before answers with its order);
//   3. anything else is placed by the order book (idempotent on source + the shop's order id).
// The delivery id is logged with the order it resolved to.
orders::PlaceResult placeDelivery(db::Connection &conn, const ParsedDelivery &delivery,
                                  std::int64_t nowMs);

} // namespace stallcast::feed
