#pragma once

#include "RunResult.h"

#include <cstddef>
#include <filesystem>

namespace stallcast::bench {

// Orders placed through orders::OrderBook (the group-committing writer): `producers` threads,
// each keeping up to `window` placeAsync() futures in flight (window 1 = place() and wait).
// A future resolves only after the COMMIT holding its order is durable.
RunResult runGroupCommitOrders(const std::filesystem::path &file, std::size_t orders,
                               std::size_t producers, std::size_t window, std::size_t products);

} // namespace stallcast::bench
