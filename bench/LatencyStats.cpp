#include "LatencyStats.h"

#include <algorithm>
#include <cmath>

namespace stallcast::bench {

void LatencyStats::merge(const LatencyStats &other)
{
    m_samples.insert(m_samples.end(), other.m_samples.begin(), other.m_samples.end());
    m_sorted = false;
}

double LatencyStats::percentileMs(double p) const
{
    if (m_samples.empty())
        return 0.0;
    if (!m_sorted) {
        std::sort(m_samples.begin(), m_samples.end());
        m_sorted = true;
    }
    const auto n = m_samples.size();
    auto rank = static_cast<std::size_t>(std::ceil(p / 100.0 * static_cast<double>(n)));
    rank = std::clamp<std::size_t>(rank, 1, n);
    return static_cast<double>(m_samples[rank - 1]) / 1e6;
}

} // namespace stallcast::bench
