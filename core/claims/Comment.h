#pragma once

#include <chrono>
#include <string>

namespace stallcast::claims {

// One chat comment as a source delivered it.
struct Comment {
    std::string source;   // "twitch", "youtube" (through the bridge endpoint), "manual", ...
    std::string id;       // the source's message id; "" when it has none (no de-duplication)
    std::string handle;   // who wrote it (the buyer)
    std::string text;     // UTF-8, as written
    std::chrono::steady_clock::time_point receivedAt = std::chrono::steady_clock::now();
};

} // namespace stallcast::claims
