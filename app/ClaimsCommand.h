#pragma once

#include "CommandLine.h"

namespace stallcast::app {

// stallcast claims add|list|expire|serve (docs/CLI.md, "Comment selling").
int runClaimsCommand(const Invocation &invocation);

} // namespace stallcast::app
