#include "studio/CpuLoad.h"

#include <chrono>
#include <ctime>
#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>

namespace stallcast::studio {

std::optional<CpuLoad::Reading> CpuLoad::read()
{
    std::ifstream stat("/proc/stat");
    std::string line;
    if (stat && std::getline(stat, line) && line.rfind("cpu ", 0) == 0) {
        std::istringstream fields(line.substr(4));
        double value = 0, total = 0, idle = 0;
        for (int i = 0; fields >> value; ++i) {
            total += value;
            if (i == 3 || i == 4) // idle, iowait
                idle += value;
        }
        return Reading{total - idle, total};
    }
    // No /proc: our own CPU time against the wall clock of every core.
    const double cpu = static_cast<double>(std::clock()) / CLOCKS_PER_SEC;
    const double wall = std::chrono::duration<double>(
                            std::chrono::steady_clock::now().time_since_epoch())
                            .count();
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    return Reading{cpu, wall * cores};
}

std::optional<double> CpuLoad::sample()
{
    const auto now = read();
    if (!now)
        return std::nullopt;
    const auto last = m_last;
    m_last = now;
    if (!last || now->total <= last->total)
        return std::nullopt;
    const double share = (now->busy - last->busy) / (now->total - last->total);
    return share < 0 ? 0.0 : (share > 1 ? 1.0 : share);
}

} // namespace stallcast::studio
