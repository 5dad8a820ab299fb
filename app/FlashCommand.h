#pragma once

#include "CommandLine.h"

namespace stallcast::app {

// stallcast flash start|stop|list (docs/CLI.md, "Flash sales").
int runFlashCommand(const Invocation &invocation);

} // namespace stallcast::app
