#pragma once

#include "feed/Webhook.h"

#include <optional>
#include <string>
#include <string_view>

namespace stallcast::feed::http {

// Which endpoint a request is for: POST /webhooks/<source>. A query string is ignored.
struct RequestRoute {
    std::optional<WebhookSource> source;
    int status = 0;     // 0: route to the source's endpoint; else 404 or 405
    std::string reason; // for a refusal
    std::string target; // "POST /webhooks/<source>" for the log (never the query string)
};

RequestRoute routeOf(std::string_view target, bool isPost);

} // namespace stallcast::feed::http
