#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace stallcast::orders {

// What a flash sale is doing now. Only `stopped` is stored; the rest follow from the clock and
// the units counted toward the sale (a cancelled order gives its units back, so a sold-out sale
// whose time is not up runs again).
//   running  - started, not at its end time, units left: new orders pay the flash price
//   sold_out - every unit of its quantity is in a live order or an open hold
//   ended    - its end time has passed
//   stopped  - the merchant stopped it early
enum class FlashSaleState { Running, SoldOut, Ended, Stopped };

std::string_view toString(FlashSaleState state);

// A flash sale on one product: a price for a limited time and quantity, optionally capped per
// buyer. Plain data (the studio gets it from a worker thread).
struct FlashSale {
    std::int64_t id = 0;
    std::int64_t productId = 0;
    std::string sku;
    std::int64_t price = 0; // minor units of `currency` (the product's when it started)
    std::string currency;
    std::int64_t quantity = 0;              // units offered at the flash price
    std::optional<std::int64_t> perBuyerCap; // units per buyer at the flash price
    std::int64_t startsMs = 0;              // wall clock, ms since the Unix epoch
    std::int64_t endsMs = 0;
    std::optional<std::int64_t> stoppedMs;
    std::string startedBy;
    std::string stoppedBy;
    // Units counted toward the quantity when read: live orders' flash units (pending, paid,
    // fulfilled) and open holds' (active, waiting).
    std::int64_t sold = 0;
    FlashSaleState state = FlashSaleState::Running;

    std::int64_t remaining() const { return std::max<std::int64_t>(0, quantity - sold); }
    // Running or sold out: the sale is live (its time is not up and nobody stopped it).
    bool open() const { return state == FlashSaleState::Running || state == FlashSaleState::SoldOut; }
};

// What the merchant asks for when starting a sale; it starts now and lasts durationMs.
struct FlashSaleStart {
    std::string sku;
    std::int64_t price = 0; // minor units of the product's currency; below its current price
    std::int64_t durationMs = 0;
    std::int64_t quantity = 0;
    std::optional<std::int64_t> perBuyerCap;
    std::string actor = "manual";
};

// The longest a flash sale may run.
inline constexpr std::int64_t kMaxFlashSaleMs = 24LL * 60 * 60 * 1000;

// A flash sale that cannot be started or stopped; the message names the field and the reason.
class FlashSaleRejected : public std::runtime_error {
public:
    enum class Reason { Invalid, UnknownProduct, Inactive, AlreadyRunning, NotRunning };
    FlashSaleRejected(Reason reason, const std::string &message)
        : std::runtime_error(message), m_reason(reason)
    {
    }
    Reason reason() const noexcept { return m_reason; }

private:
    Reason m_reason;
};

} // namespace stallcast::orders
