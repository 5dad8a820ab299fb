#pragma once

#include <filesystem>
#include <string>

namespace stallcast::bench {

// What a benchmark ran on, for the report.
struct MachineInfo {
    unsigned cpus = 0;        // online CPUs (nproc)
    std::string cpuModel;     // /proc/cpuinfo "model name"
    std::string kernel;       // uname -sr
    std::string storage;      // file system and device holding the benchmark databases
    std::string sqliteVersion;
    std::string allocator;    // what serves malloc: "mimalloc 2.0.9" or "system"

    static MachineInfo probe(const std::filesystem::path &databaseDir);
};

} // namespace stallcast::bench
