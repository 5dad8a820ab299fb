#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace stallcast::media {

enum class OutputState {
    Connecting,   // opening the destination (first time)
    Live,         // delivering packets
    Reconnecting, // lost the destination; waiting for the next attempt or attempting
    Stopped,      // stop() finished (trailer written where possible)
    Failed,       // gave up: a recording that cannot be written, or reconnect attempts exhausted
};

std::string_view outputStateName(OutputState state);

// A snapshot of one output, safe to read from any thread (Output::stats()).
struct OutputStats {
    OutputState state = OutputState::Connecting;
    std::int64_t bytesSent = 0;     // bytes handed to the destination, over all connections
    std::int64_t packetsSent = 0;   // encoded packets written (video + audio)
    std::int64_t framesDropped = 0; // video + audio packets dropped (queue full, reconnecting)
    std::int64_t videoFramesDropped = 0;
    std::int64_t audioFramesDropped = 0;
    std::int64_t reconnectCount = 0; // successful re-connections after a loss
    std::int64_t bitrateBitsPerSecond = 0; // over the last ~2 s
    std::int64_t msUntilReconnect = 0;     // 0 unless waiting to reconnect
    std::string lastError;                 // masked; empty when none yet
    double queueFill = 0.0;                // 0..1, for the encoder's dynamic bitrate
};

} // namespace stallcast::media
