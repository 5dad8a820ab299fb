#include "feed/ListenAddress.h"

#include <charconv>
#include <stdexcept>

namespace stallcast::feed {

ListenAddress parseListenAddress(std::string_view text)
{
    const auto colon = text.rfind(':');
    if (colon == std::string_view::npos || colon == 0)
        throw std::invalid_argument("listen address \"" + std::string(text)
                                    + "\": expected HOST:PORT");
    std::string_view host = text.substr(0, colon);
    if (host.size() >= 2 && host.front() == '[' && host.back() == ']')
        host = host.substr(1, host.size() - 2);
    else if (host.find(':') != std::string_view::npos)
        throw std::invalid_argument("listen address \"" + std::string(text)
                                    + "\": write an IPv6 host in brackets, [::1]:PORT");
    const std::string_view portText = text.substr(colon + 1);
    unsigned port = 0;
    const auto *end = portText.data() + portText.size();
    const auto [ptr, ec] = std::from_chars(portText.data(), end, port);
    if (host.empty() || portText.empty() || ec != std::errc() || ptr != end || port > 65535)
        throw std::invalid_argument("listen address \"" + std::string(text)
                                    + "\": expected HOST:PORT with a port from 0 to 65535");
    return {std::string(host), static_cast<std::uint16_t>(port)};
}

std::string toString(const ListenAddress &address)
{
    const bool v6 = address.host.find(':') != std::string::npos;
    return (v6 ? "[" + address.host + "]" : address.host) + ":" + std::to_string(address.port);
}

} // namespace stallcast::feed
