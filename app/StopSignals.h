#pragma once

#include <csignal>

namespace stallcast::app {

// How the headless commands (orders serve, claims serve, stream) stop: SIGINT and SIGTERM are
// blocked in every thread and taken by sigwait() where the command chooses — no async handler,
// no races. Call before starting any thread (the mask is inherited). Also ignores SIGPIPE, so a
// peer that hangs up cannot end the process. Throws std::runtime_error when the mask cannot be
// set.
sigset_t blockStopSignals();

// Waits for SIGINT or SIGTERM (blocked by blockStopSignals) and returns which.
int waitForStopSignal(const sigset_t &stopSignals);

} // namespace stallcast::app
