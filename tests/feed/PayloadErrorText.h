#pragma once

#include "TestFramework.h"

#include "feed/Webhook.h"

#include <string>

namespace stallcast::test {

// The PayloadError that parsing body as source gives; fails the test if there is none. Checks
// that the reason is one line of printable text.
inline std::string payloadError(feed::WebhookSource source, const std::string &body)
{
    try {
        feed::parseDelivery(source, body);
    } catch (const feed::PayloadError &e) {
        const std::string message = e.what();
        for (char c : message) {
            INFO(message);
            REQUIRE(static_cast<unsigned char>(c) >= 0x20);
        }
        return message;
    }
    FAIL("expected a PayloadError for: " << body);
    return {};
}

inline bool startsWith(const std::string &text, const std::string &prefix)
{
    return text.compare(0, prefix.size(), prefix) == 0;
}

// Replaces the first occurrence of from in text with to (test bodies derived from a good one).
inline std::string replaced(std::string text, const std::string &from, const std::string &to)
{
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

} // namespace stallcast::test
