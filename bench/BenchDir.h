#pragma once

#include <filesystem>
#include <optional>

namespace stallcast::bench {

// A fresh folder for a benchmark's databases, made inside the folder the user named (--dir) or
// the system temp folder, and removed with its contents afterwards unless asked to keep it.
// Only the folder it made is ever removed: --dir names where to work, not what to delete.
class BenchDir final {
public:
    BenchDir(const std::optional<std::filesystem::path> &parent, bool keep);
    BenchDir(const BenchDir &) = delete;
    BenchDir &operator=(const BenchDir &) = delete;
    ~BenchDir();

    const std::filesystem::path &path() const { return m_path; }

private:
    std::filesystem::path m_path;
    bool m_keep;
};

} // namespace stallcast::bench
