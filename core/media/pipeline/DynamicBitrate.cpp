#include "media/pipeline/DynamicBitrate.h"

#include <algorithm>

namespace stallcast::media {

DynamicBitrate::DynamicBitrate(std::int64_t chosen, double floor, double high, double low,
                               int calmSamples)
    : m_chosen(chosen)
    , m_floor(static_cast<std::int64_t>(static_cast<double>(chosen) * floor))
    , m_high(high)
    , m_low(low)
    , m_calmSamples(calmSamples)
    , m_current(chosen)
{
}

std::int64_t DynamicBitrate::next(double queueFill)
{
    if (queueFill > m_high) {
        m_calm = 0;
        m_current = std::max(m_floor, m_current * 3 / 4);
    } else if (queueFill < m_low) {
        if (++m_calm >= m_calmSamples && m_current < m_chosen) {
            m_current = std::min(m_chosen, m_current + std::max<std::int64_t>(m_chosen / 10, 1));
            m_calm = 0;
        }
    } else {
        m_calm = 0;
    }
    return m_current;
}

} // namespace stallcast::media
