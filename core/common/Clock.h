#pragma once

#include <chrono>
#include <cstdint>
#include <functional>

namespace stallcast {

// Milliseconds since the Unix epoch. Injected wherever time matters (hold expiry, ledger
// timestamps) so tests can drive time by hand.
using Clock = std::function<std::int64_t()>;

inline std::int64_t systemNowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

inline Clock systemClock()
{
    return &systemNowMs;
}

} // namespace stallcast
