#pragma once

#include "MachineInfo.h"
#include "RunResult.h"

#include <string>
#include <vector>

namespace stallcast::bench {

inline constexpr double kWebhooksGoalPerSecond = 20'000;
inline constexpr double kWebhooksGoalP99Ms = 25;

struct WebhooksRunInfo {
    std::string commandLine;
    std::size_t connections = 0;
    std::size_t products = 0;
    std::string date;
    MachineInfo machine;
};

// The "webhooks" section of BENCHMARKS.md: the direct baseline first, then the receiver.
std::string webhooksSection(const std::vector<RunResult> &runs, const WebhooksRunInfo &info);
std::string webhooksTable(const std::vector<RunResult> &runs);

// Replaces the webhooks section of the file (between its markers), or appends it.
void refreshWebhooksSection(const std::filesystem::path &file, const std::string &section);

} // namespace stallcast::bench
