#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace stallcast::test {

// A plain TCP connection to 127.0.0.1:port for tests that need to see the bytes on the wire
// (100-continue, pipelining, idle timeouts), which HTTP client libraries hide.
class RawConnection {
public:
    explicit RawConnection(std::uint16_t port);
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;
    ~RawConnection();

    void send(const std::string &bytes);
    // Reads until `marker` has been seen (returns everything read, marker included), the peer
    // closes, or the timeout passes (returns what was read so far).
    std::string readUntil(const std::string &marker, std::chrono::milliseconds timeout);
    // Reads one complete HTTP response (status line, headers, Content-Length body).
    std::string readResponse(std::chrono::milliseconds timeout = std::chrono::seconds(10));
    // True when the peer has closed the connection within the timeout.
    bool closedByPeer(std::chrono::milliseconds timeout);

private:
    int m_fd = -1;
    std::string m_pending; // read but not yet returned
};

// A signed Stallcast request as raw bytes, with extra header lines ("Name: value\r\n").
std::string rawStallcastRequest(const std::string &body, const std::string &secret,
                                std::int64_t unixSeconds, const std::string &extraHeaders = "");

} // namespace stallcast::test
