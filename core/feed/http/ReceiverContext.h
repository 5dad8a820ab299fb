#pragma once

#include "feed/ReceiverOptions.h"
#include "feed/WebhookEndpoint.h"
#include "feed/http/ReplyOutbox.h"
#include "feed/http/SessionRegistry.h"

#include <string>

namespace stallcast::feed::http {

// What every connection of the order receiver shares. Outlives the sessions.
struct ReceiverContext {
    const WebhookEndpoint &endpoint;
    const ReceiverOptions &options;
    SessionRegistry sessions;
    ReplyOutbox replies;

    void log(const std::string &line) const
    {
        if (options.log)
            options.log(line);
    }
};

} // namespace stallcast::feed::http
