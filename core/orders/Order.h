#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace stallcast::orders {

// Order states. Transitions (anything else is refused with InvalidTransition):
//   pending   -> paid | cancelled      (cancelled gives the stock back)
//   paid      -> fulfilled | refunded  (refunded gives the stock back)
//   fulfilled -> refunded              (the goods have left: no stock comes back)
//   cancelled, refunded: final
enum class OrderStatus { Pending, Paid, Fulfilled, Cancelled, Refunded };

std::string_view toString(OrderStatus status);
OrderStatus orderStatusFromString(std::string_view text);
bool canTransition(OrderStatus from, OrderStatus to);

// Things the merchant must look at. Stored as a bit set.
enum class OrderFlag : unsigned {
    Oversold = 1u << 0,         // paid, but the stock was gone: refund or backorder
    UnknownSku = 1u << 1,       // paid for a SKU the catalogue does not have
    OverLimit = 1u << 2,        // paid beyond the product's per-buyer limit
    CurrencyMismatch = 1u << 3, // paid in another currency than the product's
};

std::vector<std::string> flagNames(unsigned flags);

struct Buyer {
    std::string handle; // chat handle or shop customer id: what per-buyer limits count by
    std::string name;
    std::string phone;
    std::string address;
};

struct OrderLineRequest {
    std::string sku;
    std::int64_t qty = 1;
    std::optional<std::int64_t> unitPrice; // minor units; default: the product's current price
};

struct OrderRequest {
    std::string source = "manual";         // "manual", "stallcast", "shopify", "claim", ...
    std::optional<std::string> externalId; // the source's order id: idempotency key per source
    Buyer buyer;
    std::string currency; // empty: the products' currency
    std::vector<OrderLineRequest> lines;
    bool paid = false;
    std::string note;
    std::string actor = "manual"; // who entered it, for the ledger and the history
};

struct OrderLine {
    int lineNo = 0;
    std::optional<std::int64_t> productId; // empty for an unknown SKU
    std::string sku;
    std::string name;
    std::int64_t qty = 0;
    std::int64_t unitPrice = 0;
    std::int64_t allocated = 0; // units taken from stock for this line (0 when oversold)
};

struct Order {
    std::int64_t id = 0;
    std::string source;
    std::optional<std::string> externalId;
    OrderStatus status = OrderStatus::Pending;
    unsigned flags = 0;
    Buyer buyer;
    std::string currency;
    std::int64_t total = 0;
    std::string note;
    std::int64_t createdMs = 0;
    std::int64_t updatedMs = 0;
    std::vector<OrderLine> lines;

    bool has(OrderFlag flag) const { return (flags & static_cast<unsigned>(flag)) != 0; }
};

struct PlaceResult {
    Order order;
    bool duplicate = false; // the same (source, external id) was already recorded
};

// An order or claim that cannot be accepted (only unpaid ones: a paid order is always recorded).
class OrderRejected : public std::runtime_error {
public:
    enum class Reason { Invalid, UnknownProduct, Inactive, OutOfStock, OverLimit };
    OrderRejected(Reason reason, const std::string &message)
        : std::runtime_error(message), m_reason(reason)
    {
    }
    Reason reason() const noexcept { return m_reason; }

private:
    Reason m_reason;
};

class InvalidTransition : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class OrderNotFound : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace stallcast::orders
