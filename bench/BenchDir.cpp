#include "BenchDir.h"

#include <random>
#include <string>
#include <system_error>

namespace stallcast::bench {

BenchDir::BenchDir(const std::optional<std::filesystem::path> &parent, bool keep)
    : m_keep(keep)
{
    const auto base = parent.value_or(std::filesystem::temp_directory_path());
    std::random_device random;
    for (int attempt = 0; attempt < 100; ++attempt) {
        auto candidate = base / ("stallcast-bench-" + std::to_string(random()));
        std::filesystem::create_directories(base);
        if (std::filesystem::create_directory(candidate)) {
            m_path = std::move(candidate);
            return;
        }
    }
    throw std::filesystem::filesystem_error("cannot create a benchmark folder", base,
                                            std::make_error_code(std::errc::file_exists));
}

BenchDir::~BenchDir()
{
    std::error_code ec;
    if (!m_keep && !m_path.empty())
        std::filesystem::remove_all(m_path, ec);
}

} // namespace stallcast::bench
