#pragma once

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <map>
#include <mutex>
#include <string>
#include <thread>

namespace stallcast::test {

// Watches products' on-hand stock from a thread of its own (own read connection) while a sale
// runs, so a test can check that stock was never seen below zero and never rose (during a
// sell-out stock only goes down).
class StockWatch final {
public:
    explicit StockWatch(const std::filesystem::path &file);
    StockWatch(const StockWatch &) = delete;
    StockWatch &operator=(const StockWatch &) = delete;
    ~StockWatch();

    struct Seen {
        std::int64_t lowest = INT64_MAX;
        bool rose = false;
        std::int64_t samples = 0;
    };
    struct Observation {
        std::map<std::string, Seen> products; // by SKU
        std::string failure;                  // why watching stopped early, if it did
    };
    // Stops watching (takes one last look) and returns what was seen.
    Observation stop();

private:
    void watch(const std::filesystem::path &file);

    std::atomic<bool> m_stop{false};
    std::mutex m_mutex;
    Observation m_seen;
    std::map<std::string, std::int64_t> m_last;
    std::jthread m_thread;
};

} // namespace stallcast::test
