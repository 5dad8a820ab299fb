#pragma once

#include "CommandLine.h"

namespace stallcast::app {

// stallcast stream ... (see kStreamUsage and docs/MEDIA.md): goes live from the command line.
// Runs until --duration passes or SIGINT/SIGTERM, then flushes the encoders, drains the outputs
// and finalises the recordings, and returns 0 (1 when a recording could not be written).
// Throws UsageError for bad options or URLs (stream keys masked), media::MediaError for a
// device or file that cannot be opened.
int runStreamCommand(const Invocation &invocation);

} // namespace stallcast::app
