#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stallcast::feed {

// A timestamped signature header as Stripe and Stallcast send it: "t=<unix>,v1=<hex>[,v1=...]".
struct TimestampedSignature {
    std::int64_t timestamp = 0;
    std::string timestampText; // as sent: what was signed ("<t>.<body>")
    std::vector<std::string> v1; // each the 32 bytes a v1 value decodes to
};

// The most v1 values one header may carry; more is junk.
inline constexpr std::size_t kMaxSignaturesPerHeader = 16;
// The longest header accepted.
inline constexpr std::size_t kMaxSignatureHeaderLength = 4096;

// Parses the header. Spaces and tabs around items, keys and values are ignored; keys other than
// t and v1 (Stripe's v0, future schemes) are skipped when they look like "name=value". nullopt
// for anything else: no t or more than one, t not plain decimal digits fitting int64, no v1, a v1
// that is not 64 hex digits, an empty item, an item without '=', a key that is not [a-z0-9].
std::optional<TimestampedSignature> parseTimestampedSignature(std::string_view header);

} // namespace stallcast::feed
