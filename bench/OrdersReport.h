#pragma once

#include "BenchOptions.h"
#include "MachineInfo.h"
#include "RunResult.h"

#include <filesystem>
#include <string>
#include <vector>

namespace stallcast::bench {

inline constexpr double kOrdersGoalPerSecond = 50'000;

// The Markdown table of the runs; the first run is the baseline the ratios refer to.
std::string ordersTable(const std::vector<RunResult> &runs);

// The whole "orders" section of BENCHMARKS.md (between its markers).
std::string ordersSection(const std::vector<RunResult> &runs, const OrdersOptions &options,
                          const MachineInfo &machine, const std::string &date);

// Replaces the orders section of the file (or appends it; creates the file when missing).
void refreshOrdersSection(const std::filesystem::path &file, const std::string &section);

} // namespace stallcast::bench
