#pragma once

#include "orders/Hold.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace stallcast::claims {

// "holds" (default): a claim reserves stock for a while; when stock is short it waits in line.
// "first paid first served": no reservations; a claim only records interest and the first
// payments take the stock.
enum class ClaimMode { Holds, FirstPaid };

enum class ClaimOutcome {
    Held,       // stock reserved (a hold), until it is paid, released or expires
    Waitlisted, // in the product's line; promoted when stock frees up
    Interest,   // first-paid mode: recorded, nothing reserved
    Refused,    // unknown code, archived product, over the per-buyer cap, bad quantity
};

std::string_view toString(ClaimMode mode);   // "holds", "first_paid"
std::string_view toString(ClaimOutcome outcome); // "held", "waitlisted", "interest", "refused"
ClaimMode claimModeFromString(std::string_view text); // throws std::invalid_argument
ClaimOutcome claimOutcomeFromString(std::string_view text);

// A claim as recorded (the claims table): its arrival order is its id.
struct ClaimRecord {
    std::int64_t id = 0;
    std::string source;
    std::string commentId;
    std::string buyer;
    std::string comment;
    std::string code;
    std::string sku;      // the product the code named ("" when no product has it)
    std::int64_t qty = 1;
    std::string variant;
    std::string claimRef; // the code a payment carries to pay this claim (checkout link, QR)
    ClaimMode mode = ClaimMode::Holds;
    ClaimOutcome outcome = ClaimOutcome::Refused;
    std::string reason;   // why it was refused
    std::optional<orders::Hold> hold;
    std::int64_t receivedMs = 0;
    bool duplicate = false; // the same comment delivered again: the record made the first time
};

} // namespace stallcast::claims
