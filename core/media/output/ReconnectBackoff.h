#pragma once

// The wait before each reconnect attempt: start, start*factor, start*factor^2, ... each with
// +-jitter (so many outputs that lost the same server do not return in lockstep), never above
// the cap. The random source is injected so tests can pin the schedule.

#include <cstdint>
#include <functional>

namespace stallcast::media {

class ReconnectBackoff {
public:
    // Returns a number uniformly in [0, 1).
    using Random = std::function<double()>;

    ReconnectBackoff(std::int64_t startMs, double factor, double jitter, std::int64_t capMs,
                     Random random = {});

    // The wait before the next attempt; each call moves one step along the schedule.
    std::int64_t nextDelayMs();
    // After a successful connection: the next loss starts again from startMs.
    void reset() { m_attempt = 0; }
    int attempts() const { return m_attempt; }

private:
    std::int64_t m_startMs;
    double m_factor;
    double m_jitter;
    std::int64_t m_capMs;
    Random m_random;
    int m_attempt = 0;
};

} // namespace stallcast::media
