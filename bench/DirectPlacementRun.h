#pragma once

#include "RunResult.h"
#include "WebhookLoad.h"

#include <filesystem>

namespace stallcast::bench {

// The webhooks benchmark's baseline: the very orders the load generator would send (parsed from
// the same bodies before the clock starts), placed straight through feed::OrderEvents and the
// order book with as many in flight as the load has connections, no HTTP, no signatures. The
// receiver can at best match it; the ratio is what HTTP, TLS-less sockets, signature checks and
// payload parsing cost.
RunResult runDirectPlacements(const std::filesystem::path &file, const WebhookLoad &load);

} // namespace stallcast::bench
