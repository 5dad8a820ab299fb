#pragma once

#include "media/pipeline/AudioTrack.h"
#include "studio/CpuLoad.h"
#include "studio/LiveSession.h"

#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace stallcast::studio {

// What the studio's status area shows about the machine.
struct MachineHealth {
    std::optional<double> cpuLoad;            // 0..1 over the last second
    std::optional<std::uintmax_t> freeBytes;  // in the recording folder; nullopt: unknown
    std::string diskError;                    // why the folder could not be checked
};

// Watches a LiveSession on a thread of its own, so the UI thread never takes the pipeline's
// locks nor touches the disk: audio levels about 10 times a second, a snapshot of every output
// twice a second (with the dynamic bitrate applied once a second), CPU load every second and
// the recording folder's free space every 5 s. The callbacks run on the monitor's thread: a UI
// posts them to its own thread (queued).
class StudioMonitor {
public:
    struct Callbacks {
        std::function<void(const media::AudioLevels &)> levels;
        std::function<void(const LiveSnapshot &)> snapshot;
        std::function<void(const MachineHealth &)> health;
    };

    StudioMonitor(std::shared_ptr<LiveSession> session, Callbacks callbacks);
    StudioMonitor(const StudioMonitor &) = delete;
    StudioMonitor &operator=(const StudioMonitor &) = delete;
    ~StudioMonitor();

    // Any thread: where recordings go (checked for free space from the next round on).
    void setRecordingFolder(std::filesystem::path folder);

private:
    void run();
    MachineHealth checkHealth();

    std::shared_ptr<LiveSession> m_session;
    Callbacks m_callbacks;
    CpuLoad m_cpu;
    std::optional<double> m_lastCpu;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::filesystem::path m_folder;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace stallcast::studio
