#include "orders/FlashPricing.h"

#include "orders/FlashSaleTable.h"
#include "orders/Order.h"

#include <algorithm>
#include <limits>

namespace stallcast::orders {

namespace {

constexpr auto kNoCap = std::numeric_limits<std::int64_t>::max();

unsigned bit(OrderFlag flag)
{
    return static_cast<unsigned>(flag);
}

} // namespace

FlashPricing::FlashPricing(db::Connection &conn, std::string buyerKey, std::int64_t nowMs)
    : m_conn(conn), m_buyerKey(std::move(buyerKey)), m_nowMs(nowMs)
{
}

FlashPricing::Slot &FlashPricing::slot(const inventory::Product &product)
{
    const auto found = m_slots.find(product.id);
    if (found != m_slots.end())
        return found->second;
    Slot s;
    s.sale = FlashSaleTable::live(m_conn, product.id, m_nowMs);
    if (s.sale && s.sale->currency != product.currency)
        s.sale.reset(); // the product changed currency since: the sale's price means nothing
    if (s.sale) {
        s.remaining = s.sale->remaining();
        // Orders without a buyer handle cannot be counted per buyer (as per-buyer limits).
        s.capLeft = kNoCap;
        if (s.sale->perBuyerCap && !m_buyerKey.empty())
            s.capLeft = std::max<std::int64_t>(
                0, *s.sale->perBuyerCap - FlashSaleTable::unitsCounted(m_conn, s.sale->id, m_buyerKey));
    }
    return m_slots.emplace(product.id, std::move(s)).first->second;
}

void FlashPricing::take(Slot &s, std::int64_t units)
{
    s.remaining = std::max<std::int64_t>(0, s.remaining - units);
    if (s.capLeft != kNoCap)
        s.capLeft = std::max<std::int64_t>(0, s.capLeft - units);
}

FlashPricing::Priced FlashPricing::price(const inventory::Product &product, std::int64_t qty,
                                         std::optional<std::int64_t> statedPrice)
{
    const std::int64_t normal = product.effectivePrice();
    Slot &s = slot(product);
    if (!s.sale)
        return {{{qty, statedPrice.value_or(normal), std::nullopt, 0}}, 0};
    const auto &sale = *s.sale;
    const std::int64_t atFlash = std::min({qty, s.remaining, s.capLeft});
    Priced priced;
    if (qty > s.remaining)
        priced.flags |= bit(OrderFlag::FlashSoldOut);
    if (qty > s.capLeft)
        priced.flags |= bit(OrderFlag::FlashCap);
    if (statedPrice) {
        // What the shop charged stands (it was paid); the units it sold during the sale count.
        const std::int64_t counted = std::min(qty, s.remaining);
        // Compared unit by unit, so no product of prices can overflow.
        const bool matches = (atFlash == 0 || *statedPrice == sale.price)
                             && (atFlash == qty || *statedPrice == normal);
        if (!matches)
            priced.flags |= bit(OrderFlag::FlashPriceMismatch);
        priced.parts.push_back({qty, *statedPrice, counted > 0 ? std::optional(sale.id) : std::nullopt,
                                counted});
        take(s, counted);
        return priced;
    }
    if (atFlash > 0)
        priced.parts.push_back({atFlash, sale.price, sale.id, atFlash});
    if (qty > atFlash)
        priced.parts.push_back({qty - atFlash, normal, std::nullopt, 0});
    take(s, atFlash);
    return priced;
}

FlashPricing::Part FlashPricing::reserved(const inventory::Product &product, std::int64_t qty,
                                          std::int64_t unitPrice, std::int64_t saleId)
{
    const auto sale = FlashSaleTable::find(m_conn, saleId, m_nowMs);
    if (!sale || sale->productId != product.id)
        return {qty, unitPrice, std::nullopt, 0};
    Slot &s = slot(product);
    if (s.sale && s.sale->id == saleId)
        take(s, qty); // the hold's units were counted while it was open: they still are
    return {qty, unitPrice, saleId, qty};
}

FlashPricing::Allotment FlashPricing::allot(const inventory::Product &product, std::int64_t qty)
{
    Slot &s = slot(product);
    if (!s.sale)
        return {};
    const std::int64_t units = std::min({qty, s.remaining, s.capLeft});
    if (units <= 0)
        return {};
    take(s, units);
    return {s.sale->id, units, s.sale->price};
}

} // namespace stallcast::orders
