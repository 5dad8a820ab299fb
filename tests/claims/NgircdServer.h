#pragma once

#include "ChildProcess.h"
#include "TempDir.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>

namespace stallcast::test {

// A real IRC server (Debian's ngircd) on 127.0.0.1 for the comment-source tests: its own config
// in a temp folder, a free port that stays the same across stop() and start() (a server
// restart), optionally TLS-only with the given certificate. Throws (the test fails) when ngircd
// is not installed: `apt-get install ngircd`.
class NgircdServer final {
public:
    struct Tls {
        std::filesystem::path certificate;
        std::filesystem::path privateKey;
    };
    explicit NgircdServer(std::optional<Tls> tls = std::nullopt);
    ~NgircdServer();

    void start(); // returns once the port accepts connections
    void stop();  // SIGKILL: the server vanishes as in a crash
    std::uint16_t port() const { return m_port; }

private:
    TempDir m_dir;
    std::uint16_t m_port = 0;
    std::unique_ptr<ChildProcess> m_process;
};

} // namespace stallcast::test
