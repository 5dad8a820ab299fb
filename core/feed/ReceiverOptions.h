#pragma once

#include "feed/ListenAddress.h"
#include "feed/ReceiverReply.h"
#include "feed/Webhook.h"

#include <cstddef>
#include <ctime>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>

namespace stallcast::feed {

// How the order receiver listens and what it accepts (docs/WEBHOOKS.md, "Receiver").
struct ReceiverOptions {
    ListenAddress listen;
    // TLS (OpenSSL) when both are set: PEM certificate chain and private key files.
    std::optional<std::filesystem::path> tlsCertificate;
    std::optional<std::filesystem::path> tlsPrivateKey;
    // Bodies larger than this are refused with 413 before they are read in full.
    std::size_t maxBodyBytes = 1024 * 1024;
    // Threads running the event loop (reading requests, checking signatures, parsing payloads,
    // writing replies); every connection is served by one of them, none blocks on the database.
    std::size_t ioThreads = 2;
    // Connections open at once; more are closed as soon as they are accepted.
    std::size_t maxConnections = 1024;
    // A kept-alive connection is closed after this many requests or this long idle.
    std::size_t keepAliveMaxRequests = 1'000'000;
    std::time_t keepAliveTimeoutSeconds = 5;
    std::time_t readTimeoutSeconds = 5;
    std::time_t writeTimeoutSeconds = 5;
    // One line per refused request or internal error (status and reason; never a secret or a
    // body). Called from the event-loop threads; empty: nothing is logged.
    std::function<void(const std::string &line)> log;
    // POST /comments (comment selling's bridge for YouTube, Facebook, TikTok chat): when set,
    // the receiver serves it and answers what this returns. Called on an event-loop thread:
    // it must not block (claims::CommentBridge queues and returns).
    std::function<ReceiverReply(const Delivery &delivery)> comments;
};

} // namespace stallcast::feed
