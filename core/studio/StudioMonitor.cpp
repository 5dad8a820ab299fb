#include "studio/StudioMonitor.h"

#include <system_error>

namespace stallcast::studio {

namespace {
constexpr auto kLevelPeriod = std::chrono::milliseconds(100);
constexpr int kSnapshotEvery = 5; // rounds: 500 ms
constexpr int kCpuEvery = 10;     // 1 s (also the dynamic bitrate)
constexpr int kDiskEvery = 50;    // 5 s
} // namespace

StudioMonitor::StudioMonitor(std::shared_ptr<LiveSession> session, Callbacks callbacks)
    : m_session(std::move(session))
    , m_callbacks(std::move(callbacks))
    , m_thread([this] { run(); })
{
}

StudioMonitor::~StudioMonitor()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void StudioMonitor::setRecordingFolder(std::filesystem::path folder)
{
    {
        std::lock_guard lock(m_mutex);
        m_folder = std::move(folder);
    }
}

MachineHealth StudioMonitor::checkHealth()
{
    MachineHealth health;
    health.cpuLoad = m_lastCpu;
    std::filesystem::path folder;
    {
        std::lock_guard lock(m_mutex);
        folder = m_folder;
    }
    if (folder.empty())
        return health;
    // The folder may not exist yet (created at the first recording): its nearest parent that
    // does tells the free space of the same disk.
    auto probe = folder;
    std::error_code error;
    while (!probe.empty() && !std::filesystem::exists(probe, error) && probe.has_parent_path()
           && probe.parent_path() != probe)
        probe = probe.parent_path();
    const auto space = std::filesystem::space(probe, error);
    if (error)
        health.diskError = error.message();
    else
        health.freeBytes = space.available;
    return health;
}

void StudioMonitor::run()
{
    MachineHealth health;
    for (int round = 0;; ++round) {
        {
            std::unique_lock lock(m_mutex);
            if (m_wake.wait_for(lock, kLevelPeriod, [&] { return m_stop; }))
                return;
        }
        if (m_callbacks.levels)
            m_callbacks.levels(m_session->takeAudioLevels());
        if (round % kSnapshotEvery == 0 && m_callbacks.snapshot)
            m_callbacks.snapshot(m_session->snapshot());
        if (round % kCpuEvery != 0)
            continue;
        m_session->adaptBitrates();
        if (const auto load = m_cpu.sample())
            m_lastCpu = load;
        if (round % kDiskEvery == 0)
            health = checkHealth();
        health.cpuLoad = m_lastCpu;
        if (m_callbacks.health)
            m_callbacks.health(health);
    }
}

} // namespace stallcast::studio
