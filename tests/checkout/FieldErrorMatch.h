#pragma once

#include "TestFramework.h"
#include "common/FieldError.h"

#include <functional>
#include <string>

namespace stallcast::test {

// Runs f, which must throw a FieldError naming `field` whose reason contains `reasonPart`.
inline void requireFieldError(const std::function<void()> &f, const std::string &field,
                              const std::string &reasonPart)
{
    try {
        f();
    } catch (const FieldError &e) {
        INFO("message: " << e.what());
        CHECK(e.field() == field);
        CHECK(e.reason().find(reasonPart) != std::string::npos);
        return;
    }
    FAIL("no FieldError for " << field);
}

} // namespace stallcast::test
