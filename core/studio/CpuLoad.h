#pragma once

#include <cstdint>
#include <optional>

namespace stallcast::studio {

// How busy the machine is, for the studio's "CPU overloaded" warning: the share of all cores
// that was busy between two samples. Linux reads /proc/stat (the whole machine); elsewhere the
// process's own CPU time (std::clock) over wall time and cores.
class CpuLoad {
public:
    // 0..1 since the previous call; nullopt on the first call (nothing to compare yet).
    std::optional<double> sample();

private:
    struct Reading {
        double busy = 0, total = 0;
    };
    static std::optional<Reading> read();
    std::optional<Reading> m_last;
};

} // namespace stallcast::studio
