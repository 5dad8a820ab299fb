#include "overlay/CardPayment.h"

namespace stallcast::overlay {

PaymentSource paymentSourceFromFields(std::string kind, checkout::PaymentFields fields)
{
    PaymentSource source;
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
    if (m_sku != sku) {
        m_code = m_source.build(sku, nowUnixSeconds);
        m_sku = sku;
    }
    return m_code;
}

} // namespace stallcast::overlay
