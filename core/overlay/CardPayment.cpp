#include "overlay/CardPayment.h"

#include <algorithm>
#include <charconv>

namespace stallcast::overlay {

PaymentSource paymentSourceFromFields(std::string kind, checkout::PaymentFields fields)
{
    PaymentSource source;
    if (kind == "url") {
        source.lifetimeSeconds = 900; // checkout::paymentCode's default
        const auto it = fields.find("expires-in");
        if (it != fields.end()) {
            std::int64_t seconds = 0;
            const auto &text = it->second;
            const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), seconds);
            if (ec == std::errc() && end == text.data() + text.size() && seconds > 0)
                source.lifetimeSeconds = seconds; // a bad value is refused by build()
        }
    }
    source.build = [kind = std::move(kind), fields = std::move(fields)](const std::string &sku,
                                                                        std::int64_t now) {
        auto withSku = fields;
        if (kind == "url")
            withSku.emplace("sku", sku);
        return checkout::paymentCode(kind, withSku, now);
    };
    return source;
}

const checkout::PaymentCode &CardPayment::codeFor(const std::string &sku, std::int64_t nowUnixSeconds)
{
    if (m_source.empty())
        return m_code;
    const bool stale = m_source.lifetimeSeconds > 0
                       && nowUnixSeconds >= m_builtAt + reSignAfter(m_source.lifetimeSeconds);
    if (m_sku != sku || stale) {
        m_code = m_source.build(sku, nowUnixSeconds);
        m_sku = sku;
        m_builtAt = nowUnixSeconds;
    }
    return m_code;
}

std::int64_t CardPayment::reSignAfter(std::int64_t lifetimeSeconds)
{
    return std::max<std::int64_t>(1, lifetimeSeconds * 2 / 3);
}

} // namespace stallcast::overlay
