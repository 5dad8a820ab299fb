#include "orders/Order.h"

#include <array>
#include <utility>

namespace stallcast::orders {

namespace {
constexpr std::array<std::pair<OrderStatus, std::string_view>, 5> kStatuses = {{
    {OrderStatus::Pending, "pending"},
    {OrderStatus::Paid, "paid"},
    {OrderStatus::Fulfilled, "fulfilled"},
    {OrderStatus::Cancelled, "cancelled"},
    {OrderStatus::Refunded, "refunded"},
}};

// Status and flag names go into webhook replies written without escaping
// (feed/ReceiverReply.cpp): keep both lists lower-case ASCII identifiers.
constexpr std::array<std::pair<OrderFlag, std::string_view>, 7> kFlags = {{
    {OrderFlag::Oversold, "oversold"},
    {OrderFlag::UnknownSku, "unknown_sku"},
    {OrderFlag::OverLimit, "over_limit"},
    {OrderFlag::CurrencyMismatch, "currency_mismatch"},
    {OrderFlag::FlashSoldOut, "flash_sold_out"},
    {OrderFlag::FlashCap, "flash_cap"},
    {OrderFlag::FlashPriceMismatch, "flash_price_mismatch"},
}};
} // namespace

std::string_view toString(OrderStatus status)
{
    for (const auto &[s, name] : kStatuses)
        if (s == status)
            return name;
    throw std::logic_error("unknown order status");
}

OrderStatus orderStatusFromString(std::string_view text)
{
    for (const auto &[s, name] : kStatuses)
        if (name == text)
            return s;
    throw std::runtime_error("unknown order status \"" + std::string(text) + "\"");
}

bool canTransition(OrderStatus from, OrderStatus to)
{
    using S = OrderStatus;
    switch (from) {
    case S::Pending:
        return to == S::Paid || to == S::Cancelled;
    case S::Paid:
        return to == S::Fulfilled || to == S::Refunded;
    case S::Fulfilled:
        return to == S::Refunded;
    case S::Cancelled:
    case S::Refunded:
        return false;
    }
    return false;
}

std::vector<std::string> flagNames(unsigned flags)
{
    std::vector<std::string> names;
    for (const auto &[f, name] : kFlags)
        if (flags & static_cast<unsigned>(f))
            names.emplace_back(name);
    return names;
}

} // namespace stallcast::orders
