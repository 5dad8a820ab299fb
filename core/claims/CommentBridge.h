#pragma once

#include "claims/Comment.h"
#include "claims/CommentSourceStatus.h"
#include "feed/ReceiverReply.h"
#include "feed/Webhook.h"
#include "feed/WebhookSignature.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace stallcast::claims {

// POST /comments on the order receiver: the way a bridge for YouTube, Facebook or TikTok chat
// (whatever reads those platforms' chat APIs) feeds comments to the studio. The body is JSON
// lines, one comment per line (docs/CLAIMS.md, "Bridge"):
//   {"source":"youtube","id":"<message id>","handle":"<author>","text":"SOLD A1 2"}
// signed like our order webhooks: Stallcast-Signature: t=<unix>,v1=<hex HMAC-SHA256 of
// "<t>.<body>"> with one of the bridge's secrets, 300 s tolerance. All or nothing: a bad line
// refuses the whole body with 400 "line N: field: reason", and nothing is delivered.
// Answers 202 {"comments":N,"claims":M} once every comment is queued for the claim desk.
class CommentBridge final {
public:
    // Returns whether the comment was a claim (the desk queued it).
    using Deliver = std::function<bool(const Comment &comment)>;

    CommentBridge(std::vector<std::string> secrets, std::function<std::int64_t()> unixSeconds,
                  Deliver deliver);

    feed::ReceiverReply receive(const feed::Delivery &delivery);
    CommentSourceStatus status() const;

    static constexpr std::size_t kMaxLines = 10'000;

private:
    feed::SecretSet m_secrets;
    std::function<std::int64_t()> m_unixSeconds;
    Deliver m_deliver;
    std::atomic<std::uint64_t> m_comments{0};
};

} // namespace stallcast::claims
