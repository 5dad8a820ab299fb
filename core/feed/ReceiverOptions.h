#pragma once

#include "feed/ListenAddress.h"
#include "feed/ReceiverReply.h"
#include "feed/Webhook.h"

#include <algorithm>
#include <cstddef>
#include <ctime>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <thread>

namespace stallcast::feed {

// Event-loop threads for the receiver by default: one per core the database writer leaves
// (at least one, at most four). The writer commits every order on one thread; on a 2-core
// machine a second event-loop thread only took turns with it (webhooks bench: 1 thread
// 14.2k-15.3k orders/s, 2 threads 13.7k-14.6k, in three rounds together).
inline std::size_t defaultIoThreads()
{
    const unsigned cores = std::thread::hardware_concurrency(); // 0: unknown
    return cores <= 2 ? 1 : std::min<std::size_t>(cores - 1, 4);
}

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
    std::size_t ioThreads = defaultIoThreads();
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
