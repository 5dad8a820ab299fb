#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace stallcast::checkout {

// RFC 3986 percent-encoding: every byte except the unreserved A-Z a-z 0-9 - . _ ~ (and the
// characters in `keep`) as %XX with upper-case hex; a space becomes %20, never '+'.
std::string percentEncode(std::string_view text, std::string_view keep = {});

// The reverse; nullopt for a '%' not followed by two hex digits. '+' stays '+'.
std::optional<std::string> percentDecode(std::string_view text);

} // namespace stallcast::checkout
