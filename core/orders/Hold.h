#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace stallcast::orders {

// A claim on stock for one buyer.
//   waiting  -> active (promoted when stock frees up) | converted (paid) | released
//   active   -> converted (paid) | released (by the merchant or buyer) | expired (timer)
// Active holds reserve stock (products.held); waiting ones are the product's waitlist, served in
// arrival order.
enum class HoldStatus { Waiting, Active, Converted, Released, Expired };

std::string_view toString(HoldStatus status);
HoldStatus holdStatusFromString(std::string_view text);

struct Hold {
    std::int64_t id = 0;
    std::int64_t productId = 0;
    std::string sku;
    std::string buyer;
    std::int64_t qty = 0;
    HoldStatus status = HoldStatus::Waiting;
    std::string claimRef; // the comment or claim code that made it
    std::int64_t ttlMs = 0;
    std::int64_t createdMs = 0;
    std::optional<std::int64_t> activatedMs;
    std::optional<std::int64_t> expiresMs;
    std::optional<std::int64_t> closedMs;
    std::optional<std::int64_t> orderId;
    // Claimed during a flash sale: this many units (of qty) at flashPrice, counted toward the
    // sale while the hold is open; paying the hold charges them that price.
    std::optional<std::int64_t> flashSaleId;
    std::int64_t flashUnits = 0;
    std::optional<std::int64_t> flashPrice;
};

// The longest a claim may reserve stock.
inline constexpr std::int64_t kMaxHoldTtlMs = 7LL * 24 * 60 * 60 * 1000;

struct ClaimRequest {
    std::string product; // on-stream code ("A1") or SKU
    std::string buyer;   // handle; required
    std::int64_t qty = 1;
    std::int64_t ttlMs = 10 * 60 * 1000;
    std::string claimRef;
    bool waitlist = true; // join the waitlist when stock is short (else reject)
};

struct ClaimResult {
    Hold hold;
    bool waitlisted = false;
};

} // namespace stallcast::orders
