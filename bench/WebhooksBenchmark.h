#pragma once

#include <string>
#include <vector>

namespace stallcast::bench {

// `stallcast-bench webhooks`: the order receiver on 127.0.0.1 under a load generator in the
// same process: N keep-alive connections, each sending uniquely signed single-line Stallcast
// orders one after another, each waiting for its durable ack. Prints accepted orders/s and
// ack latency percentiles.
std::string webhooksUsage();
int runWebhooksBenchmark(const std::vector<std::string> &args);

} // namespace stallcast::bench
