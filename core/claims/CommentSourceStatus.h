#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace stallcast::claims {

enum class SourceState { Connecting, Connected, Disconnected, Stopped };

std::string_view toString(SourceState state); // "connecting", "connected", ...

// What a comment source reports for the studio's source list.
struct CommentSourceStatus {
    std::string name;            // "twitch #farmstall", "bridge", "manual"
    SourceState state = SourceState::Stopped;
    std::uint64_t comments = 0;  // received since start
    std::uint64_t reconnects = 0;
    std::string lastError;       // "" when none; never a secret
};

} // namespace stallcast::claims
