#pragma once

// One destination of a canvas's encode: its own thread, its own bounded queue, its own muxer.
// push() never blocks on the network or the disk; a slow or dead destination drops frames
// (non-reference first, then up to the next keyframe) and reconnects with backoff, never
// stalling the encoder, the other outputs or the recording. docs/MEDIA-OUTPUTS.md.

#include "media/EncodedPacket.h"
#include "media/output/OutputStats.h"
#include "media/output/OutputTarget.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string_view>

namespace stallcast::media {

struct OutputOptions {
    // The queue between push() and the output's thread: at most maxQueueMs of content in bytes
    // at the program's nominal bitrate (capped by maxQueueBytes), and never queued packets
    // spanning more than 2 * maxQueueMs. Over that it drops (PacketQueue.h).
    std::int64_t maxQueueMs = 3000;
    std::int64_t maxQueueBytes = 16 * 1024 * 1024;
    // Opening a network destination (connect + handshake + header) gives up after this.
    std::int64_t connectTimeoutMs = 10000;
    // One write that makes no progress for this long counts as a lost connection.
    std::int64_t writeTimeoutMs = 10000;
    // stop(): how long to keep sending what is queued before writing the trailer and closing.
    std::int64_t stopDrainMs = 3000;
    // Reconnect backoff: first wait, growth factor, +-jitter fraction, cap. 0 attempts = no limit.
    std::int64_t reconnectStartMs = 2000;
    double reconnectFactor = 1.5;
    double reconnectJitter = 0.2;
    std::int64_t reconnectCapMs = 60000;
    int maxReconnectAttempts = 0;
    // Where the output reports (already masked) lines; empty: standard error.
    std::function<void(std::string_view)> log;
};

class Output : public PacketSink {
public:
    ~Output() override = default;

    // Starts the output's thread: it connects (or creates the file) and delivers.
    virtual void start() = 0;
    // Sends what is queued for at most OutputOptions::stopDrainMs, writes the trailer, closes
    // and joins the thread. Idempotent; the destructor calls it.
    virtual void stop() = 0;
    // Skips the remaining backoff wait (the "reconnect now" action). No effect while live.
    virtual void reconnectNow() = 0;
    virtual OutputStats stats() const = 0;
    virtual const OutputTarget &target() const = 0;
};

} // namespace stallcast::media
