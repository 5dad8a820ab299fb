#pragma once

#include "CommandLine.h"

namespace stallcast::app {

// stallcast [--db PATH] orders serve [--listen HOST:PORT] [--tls-cert FILE --tls-key FILE]
//                                    [--secret-file SOURCE=FILE]...
// Runs the webhook order receiver headless until SIGINT or SIGTERM, then stops accepting,
// answers the requests in flight and returns 0. Prints "listening on HOST:PORT" once it accepts
// connections. Throws UsageError for bad options, std::runtime_error when it cannot start
// (no secret configured, address in use, unreadable TLS files or secret files).
int runServeCommand(const Invocation &invocation);

} // namespace stallcast::app
