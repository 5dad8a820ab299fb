#pragma once

#include <cstdint>

namespace stallcast::media {

// Decides a canvas's video bitrate from how full its network outputs' queues are (0..1),
// sampled about once a second: congestion lowers it quickly (x0.75 per sample while the fullest
// queue is over `high`, down to `floor` of the chosen bitrate), a clear network raises it
// slowly (+10% after `calmSamples` samples in a row under `low`) back to the chosen bitrate.
class DynamicBitrate {
public:
    explicit DynamicBitrate(std::int64_t chosen, double floor = 0.25, double high = 0.5,
                            double low = 0.1, int calmSamples = 5);

    // The bitrate to use after this sample of the fullest queue.
    std::int64_t next(double queueFill);
    std::int64_t current() const { return m_current; }

private:
    std::int64_t m_chosen;
    std::int64_t m_floor;
    double m_high;
    double m_low;
    int m_calmSamples;
    int m_calm = 0;
    std::int64_t m_current;
};

} // namespace stallcast::media
