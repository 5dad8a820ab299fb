#pragma once

#include <filesystem>

namespace stallcast::test {

// Writes a fresh self-signed certificate for 127.0.0.1 (CN and subjectAltName IP) and its
// P-256 private key as PEM files, made with the OpenSSL API. Throws std::runtime_error.
struct SelfSignedCertificate {
    SelfSignedCertificate(const std::filesystem::path &certificateFile,
                          const std::filesystem::path &privateKeyFile);
    std::filesystem::path certificate;
    std::filesystem::path privateKey;
};

} // namespace stallcast::test
