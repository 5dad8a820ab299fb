#pragma once

#include "RunResult.h"
#include "WebhookLoad.h"

#include <filesystem>

namespace stallcast::bench {

// The webhooks benchmark's baseline: the very deliveries the load generator would send (parsed
// from the same bodies before the clock starts), in the order the receiver sees them (one from
// each connection in turn), placed through feed::OrderIntake, the receiver's own job (delivery
// log, order, events), with as many in flight as the load has connections: no HTTP, no
// signatures. The receiver can at best match it; the ratio is what HTTP, sockets, signature
// checks and payload parsing cost.
RunResult runDirectPlacements(const std::filesystem::path &file, const WebhookLoad &load);

} // namespace stallcast::bench
