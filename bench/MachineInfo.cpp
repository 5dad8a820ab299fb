#include "MachineInfo.h"

#include "common/Allocator.h"

#include <sqlite3.h>
#include <sys/utsname.h>
#include <unistd.h>

#include <fstream>
#include <sstream>

namespace stallcast::bench {

namespace {

// "model name" of the first CPU, and whether the kernel runs under a hypervisor.
std::string readCpuModel()
{
    std::ifstream in("/proc/cpuinfo");
    std::string line;
    std::string model = "unknown";
    bool virtualMachine = false;
    bool haveModel = false;
    bool haveFlags = false;
    while ((!haveModel || !haveFlags) && std::getline(in, line)) {
        const auto colon = line.find(':');
        if (colon == std::string::npos)
            continue;
        const auto valueStart = line.find_first_not_of(' ', colon + 1);
        const std::string value = valueStart == std::string::npos ? "" : line.substr(valueStart);
        if (!haveModel && line.rfind("model name", 0) == 0) {
            model = value;
            haveModel = true;
        } else if (!haveFlags && line.rfind("flags", 0) == 0) {
            virtualMachine = (" " + value + " ").find(" hypervisor ") != std::string::npos;
            haveFlags = true;
        }
    }
    return virtualMachine ? model + " (virtual machine)" : model;
}

// The /proc/mounts entry with the longest mount point that contains `dir`.
std::string storageOf(const std::filesystem::path &dir)
{
    std::error_code ec;
    const std::string target = std::filesystem::weakly_canonical(dir, ec).string();
    std::ifstream in("/proc/mounts");
    std::string line;
    std::string best;
    std::size_t bestLength = 0;
    while (std::getline(in, line)) {
        std::istringstream fields(line);
        std::string device, mountPoint, type;
        fields >> device >> mountPoint >> type;
        const bool contains = target.rfind(mountPoint, 0) == 0
                              && (mountPoint == "/" || target.size() == mountPoint.size()
                                  || target[mountPoint.size()] == '/');
        if (contains && mountPoint.size() >= bestLength) {
            bestLength = mountPoint.size();
            best = type + " on " + device + " (mounted at " + mountPoint + ")";
        }
    }
    return best.empty() ? "unknown" : best;
}

} // namespace

MachineInfo MachineInfo::probe(const std::filesystem::path &databaseDir)
{
    MachineInfo info;
    info.cpus = static_cast<unsigned>(sysconf(_SC_NPROCESSORS_ONLN));
    info.cpuModel = readCpuModel();
    utsname names{};
    if (uname(&names) == 0)
        info.kernel = std::string(names.sysname) + " " + names.release;
    info.storage = storageOf(databaseDir);
    info.sqliteVersion = sqlite3_libversion();
    info.allocator = allocatorName();
    return info;
}

} // namespace stallcast::bench
