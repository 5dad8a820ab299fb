#pragma once

#include "orders/Order.h"

#include <exception>
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

// The answer for a placement's outcome (OrderEvents::Continuation): placedReply once the order
// is durable (result set); for an error, 400 (malformed) or 422 (an unpaid order refused) for
// the order book's refusals, 503 when the order could not be recorded (the sender should
// retry).
ReceiverReply replyFor(const orders::PlaceResult *result, std::exception_ptr error);

} // namespace stallcast::feed
