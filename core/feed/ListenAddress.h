#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace stallcast::feed {

// Where the order receiver listens: a host (name, IPv4, or IPv6 without brackets) and a port.
// Port 0 asks the system for a free port; the receiver reports the one it bound.
struct ListenAddress {
    std::string host = "127.0.0.1";
    std::uint16_t port = 8787;
};

// Parses "HOST:PORT" or "[IPv6]:PORT". Throws std::invalid_argument saying what is wrong.
ListenAddress parseListenAddress(std::string_view text);

// "127.0.0.1:8787", "[::1]:8787".
std::string toString(const ListenAddress &address);

} // namespace stallcast::feed
