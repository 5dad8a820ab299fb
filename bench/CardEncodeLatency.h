#pragma once

#include "LatencyStats.h"
#include "db/Database.h"
#include "orders/Order.h"

#include <filesystem>
#include <optional>
#include <string>

namespace stallcast::bench {

// Order committed -> the first encoded frame whose overlay shows it, on a real-time 720p30
// canvas (test pattern, the machine's H.264 encoder) with the featured card.
struct EncodeLatency {
    LatencyStats commitToEncoded;  // durable commit -> encoded packet of the first frame showing it
    LatencyStats placedToEncoded;  // the order handed to the order book -> the same packet
    LatencyStats commitToLayer;    // durable commit -> the card on the overlay layer
    LatencyStats commitToComposed; // durable commit -> the first frame with it composed (blended)
    std::string encoder;
    std::int64_t framesEncoded = 0, framesSkipped = 0, framesMissed = 0;
};

// The product both card benchmarks sell: "TANG", A1, 25,000 KRW, with this much stock.
void saveBenchTangerines(db::Database &database, std::int64_t stock);

// A paid order for one unit of `sku` by buyer<i>, external id <prefix><i>.
orders::OrderRequest paidBenchOrder(const std::string &sku, const std::string &prefix, int i);

// zeroLatency: libx264 tune zerolatency (no B-frames, no look-ahead), as `stream --zerolatency`;
// else the stream's default encoder settings.
EncodeLatency measureOrderToEncodedFrame(int orders, const std::optional<std::filesystem::path> &dir,
                                         bool zeroLatency);

} // namespace stallcast::bench
