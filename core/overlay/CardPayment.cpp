#include "overlay/CardPayment.h"

#include "checkout/SignedCheckout.h"
#include "common/FieldError.h"

#include <algorithm>
#include <charconv>
#include <memory>

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
    const auto builder = [kind, fields](std::string action) {
        return [kind, fields, action](const std::string &sku, std::int64_t now) {
            auto withSku = fields;
            if (kind == "url")
                withSku.emplace("sku", sku);
            if (!action.empty())
                withSku["action"] = action;
            return checkout::paymentCode(kind, withSku, now);
        };
    };
    source.build = builder({});
    const auto urlTemplate = fields.find("template");
    if (kind == "url" && urlTemplate != fields.end()
        && urlTemplate->second.find("{action}") != std::string::npos)
        source.buildWaitlist = builder("waitlist");
    return source;
}

CardPayment::Shown CardPayment::codeFor(const std::string &sku, bool soldOut, std::int64_t nowUnixSeconds)
{
    if (m_source.empty())
        return {m_none, false};
    if (soldOut && m_source.buildWaitlist)
        return {current(m_waitlist, m_source.buildWaitlist, sku, nowUnixSeconds), true};
    return {current(m_buy, m_source.build, sku, nowUnixSeconds), false};
}

PaymentSource signedCheckoutSource(const std::string &urlTemplate, std::string secret,
                                   std::int64_t expiresIn, std::string stream)
{
    if (expiresIn < 1)
        throw FieldError("expires-in", "seconds, at least 1");
    auto parsed = std::make_shared<const checkout::CheckoutUrlTemplate>(urlTemplate);
    auto key = std::make_shared<const std::string>(std::move(secret));
    const auto builder = [parsed, key, expiresIn, stream = std::move(stream)](std::string action) {
        return [parsed, key, expiresIn, stream, action](const std::string &sku, std::int64_t now) {
            checkout::CheckoutParameters p;
            p.sku = sku;
            p.stream = parsed->has("stream") ? stream : std::string();
            p.expires = now + expiresIn;
            p.action = action;
            checkout::PaymentCode code;
            code.payload = checkout::signedCheckoutUrl(*parsed, p, *key);
            return code;
        };
    };
    PaymentSource source;
    source.build = builder({});
    if (parsed->has("action"))
        source.buildWaitlist = builder("waitlist");
    source.lifetimeSeconds = expiresIn;
    return source;
}

const checkout::PaymentCode &CardPayment::current(Built &built, const PaymentSource::Builder &build,
                                                  const std::string &sku, std::int64_t now)
{
    const bool stale = m_source.lifetimeSeconds > 0 && now >= built.at + reSignAfter(m_source.lifetimeSeconds);
    if (built.sku != sku || stale) {
        built.code = build(sku, now);
        built.sku = sku;
        built.at = now;
    }
    return built.code;
}

std::int64_t CardPayment::reSignAfter(std::int64_t lifetimeSeconds)
{
    return std::max<std::int64_t>(1, lifetimeSeconds * 2 / 3);
}

} // namespace stallcast::overlay
