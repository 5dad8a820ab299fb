#pragma once

#include <cstdint>
#include <vector>

namespace stallcast::bench {

// Percentiles of a set of latencies (nanoseconds).
class LatencyStats final {
public:
    void add(std::int64_t ns) { m_samples.push_back(ns); }
    void merge(const LatencyStats &other);
    void reserve(std::size_t n) { m_samples.reserve(n); }

    // p in [0, 100]; nearest-rank. 0 when empty.
    double percentileMs(double p) const;
    std::size_t count() const { return m_samples.size(); }

private:
    mutable std::vector<std::int64_t> m_samples;
    mutable bool m_sorted = false;
};

} // namespace stallcast::bench
