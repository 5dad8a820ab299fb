#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace stallcast::app {

// The parsed command line: global options and the command words that follow them.
struct Invocation {
    std::optional<std::filesystem::path> database;
    bool version = false;
    bool help = false;
    std::vector<std::string> words; // e.g. {"catalog", "import", "shop.csv"}
};

class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

Invocation parseInvocation(const std::vector<std::string> &args);

std::string usageText();

// Runs a headless command (everything but the studio window). Returns the process exit code:
// 0 success, 1 failure (message on stderr), 2 usage error.
int runCommand(const Invocation &invocation);

} // namespace stallcast::app
