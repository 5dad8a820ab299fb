#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
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
    // Flash sales (docs/ORDERS.md, "Flash sales"): units of a line during a sale that fell
    // outside what the sale had left (charged the normal price, or a stated price expected so)...
    FlashSoldOut = 1u << 4,
    // ...or beyond the buyer's flash cap (the same),
    FlashCap = 1u << 5,
    // and a stated (paid) price that differs from what the sale charges.
    FlashPriceMismatch = 1u << 6,
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
    // Lines (by index in `lines`) whose units were held at a flash sale's price (a hold claimed
    // during the sale, being paid): charged their unit price and counted toward that sale (the
    // value, its id) without asking what it has left. Set by HoldBook::pay; others leave it empty.
    std::map<std::size_t, std::int64_t> flashHeldLines;
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

// Units of an order line counted toward a flash sale (docs/ORDERS.md, "Flash sales").
struct FlashLine {
    int lineNo = 0;
    std::int64_t saleId = 0;
    std::int64_t units = 0;
    bool operator==(const FlashLine &) const = default;
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
    // The lines that took units at (or during) a flash sale, by line number.
    std::vector<FlashLine> flashLines;

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
