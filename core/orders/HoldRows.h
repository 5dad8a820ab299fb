#pragma once

#include "orders/Hold.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace stallcast::db {
class Connection;
class Statement;
}

namespace stallcast::orders::holdrows {

// SELECT list (joined with products for the SKU) shared by every hold query; append a WHERE.
inline constexpr std::string_view kSelect =
    "SELECT h.id, h.product_id, p.sku, h.buyer_handle, h.qty, h.status, h.claim_ref, h.ttl_ms, "
    "h.created_ms, h.activated_ms, h.expires_ms, h.closed_ms, h.order_id, h.flash_sale_id, "
    "h.flash_units, h.flash_price "
    "FROM holds h JOIN products p ON p.id = h.product_id ";

Hold read(const db::Statement &row);
std::optional<Hold> load(db::Connection &conn, std::int64_t id);
// The hold a claim code names: the newest one with that claim_ref, open ones first (a code
// reused after its hold closed names the open claim).
std::optional<Hold> loadByClaimRef(db::Connection &conn, const std::string &claimRef);
std::string reference(std::int64_t id);

} // namespace stallcast::orders::holdrows
