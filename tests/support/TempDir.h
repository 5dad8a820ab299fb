#pragma once

#include <filesystem>

namespace stallcast::test {

// A fresh directory under the system temp folder, removed with everything in it on destruction.
class TempDir final {
public:
    TempDir();
    TempDir(const TempDir &) = delete;
    TempDir &operator=(const TempDir &) = delete;
    ~TempDir();

    const std::filesystem::path &path() const { return m_path; }
    std::filesystem::path operator/(const std::filesystem::path &name) const { return m_path / name; }

private:
    std::filesystem::path m_path;
};

} // namespace stallcast::test
