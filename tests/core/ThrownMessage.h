#pragma once

#include "TestFramework.h"

#include <string>

namespace stallcast::test {

// Runs fn, which must throw an Exception; returns what() so a test can check the wording.
// Fails the test (and returns "") when fn returns normally or throws something else.
template <typename Exception, typename Fn>
std::string thrownMessage(Fn &&fn)
{
    try {
        fn();
    } catch (const Exception &e) {
        return e.what();
    }
    FAIL("expected an exception, but none was thrown");
    return {};
}

inline bool startsWith(const std::string &text, const std::string &prefix)
{
    return text.compare(0, prefix.size(), prefix) == 0;
}

inline bool contains(const std::string &text, const std::string &part)
{
    return text.find(part) != std::string::npos;
}

} // namespace stallcast::test
