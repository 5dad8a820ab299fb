#pragma once

#include "orders/Order.h"

#include <future>
#include <string>

namespace stallcast::feed {

// What the receiver answers one webhook delivery: an HTTP status and a small JSON body.
struct ReceiverReply {
    int status = 200;
    std::string body; // application/json
    std::string reason; // one line for the log ("" for a recorded order)
};

// 201 {"order_id":7,"status":"paid","flags":["oversold"],"duplicate":false} for a new order,
// 200 with "duplicate":true for one already recorded.
ReceiverReply placedReply(const orders::PlaceResult &result);

// {"error":"<reason>"} with the given status. The reason is one line and names no secret.
ReceiverReply refusedReply(int status, const std::string &reason);

// Waits for a placement submitted to the order book and answers for it: placedReply once the
// order is durable; 400 (malformed) or 422 (an unpaid order refused) for the order book's
// refusals; 503 when the order could not be recorded (the sender should retry).
ReceiverReply replyFor(const std::shared_future<orders::PlaceResult> &placement);

} // namespace stallcast::feed
