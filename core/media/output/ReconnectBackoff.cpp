#include "media/output/ReconnectBackoff.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <stdexcept>

namespace stallcast::media {

ReconnectBackoff::ReconnectBackoff(std::int64_t startMs, double factor, double jitter,
                                   std::int64_t capMs, Random random)
    : m_startMs(startMs)
    , m_factor(factor)
    , m_jitter(jitter)
    , m_capMs(capMs)
    , m_random(std::move(random))
{
    if (startMs <= 0 || capMs < startMs) {
        throw std::invalid_argument("reconnect backoff: the start must be > 0 and <= the cap");
    }
    if (factor < 1.0) {
        throw std::invalid_argument("reconnect backoff: the factor must be >= 1");
    }
    if (jitter < 0.0 || jitter >= 1.0) {
        throw std::invalid_argument("reconnect backoff: the jitter must be in [0, 1)");
    }
    if (!m_random) {
        m_random = [engine = std::mt19937_64(std::random_device{}())]() mutable {
            return std::uniform_real_distribution<double>(0.0, 1.0)(engine);
        };
    }
}

std::int64_t ReconnectBackoff::nextDelayMs()
{
    const double base = std::min(static_cast<double>(m_capMs),
                                 static_cast<double>(m_startMs) * std::pow(m_factor, m_attempt));
    // pow() may reach infinity after a very long outage; min() above keeps that at the cap.
    ++m_attempt;
    const double spread = 1.0 + m_jitter * (2.0 * m_random() - 1.0);
    const double delay = std::clamp(base * spread, 0.0, static_cast<double>(m_capMs));
    return static_cast<std::int64_t>(std::llround(delay));
}

} // namespace stallcast::media
