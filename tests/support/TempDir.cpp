#include "TempDir.h"

#include <random>
#include <stdexcept>
#include <string>

namespace stallcast::test {

TempDir::TempDir()
{
    std::random_device rd;
    std::mt19937_64 gen(rd());
    const auto base = std::filesystem::temp_directory_path();
    for (int attempt = 0; attempt < 100; ++attempt) {
        auto candidate = base / ("stallcast-test-" + std::to_string(gen()));
        if (std::filesystem::create_directory(candidate)) {
            m_path = std::move(candidate);
            return;
        }
    }
    throw std::runtime_error("cannot create a temporary directory");
}

TempDir::~TempDir()
{
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
}

} // namespace stallcast::test
