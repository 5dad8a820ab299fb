#pragma once

#include "feed/Webhook.h"

#include <optional>
#include <string>
#include <string_view>

namespace stallcast::feed::http {

// Which endpoint a request is for: POST /webhooks/<source>, or POST /comments when the receiver
// serves the comment bridge. A query string is ignored.
struct RequestRoute {
    std::optional<WebhookSource> source;
    bool comments = false; // POST /comments: the comment bridge (ReceiverOptions::comments)
    int status = 0;     // 0: route to the source's endpoint; else 404 or 405
    std::string reason; // for a refusal
    std::string target; // "POST /webhooks/<source>" for the log (never the query string)
};

RequestRoute routeOf(std::string_view target, bool isPost, bool commentsServed = false);

} // namespace stallcast::feed::http
