#include "claims/ClaimCheckout.h"

#include <stdexcept>

namespace stallcast::claims {

ClaimCheckout::ClaimCheckout(checkout::CheckoutUrlTemplate urlTemplate, std::string secret,
                             std::string stream, std::int64_t interestSeconds)
    : m_template(std::move(urlTemplate)), m_secret(std::move(secret)),
      m_stream(std::move(stream)), m_interestSeconds(interestSeconds)
{
    if (!m_template.has("claim"))
        throw std::invalid_argument("template: a claim's checkout link needs {claim}, so the "
                                    "payment can name the claim it pays");
}

std::string ClaimCheckout::linkForHold(const orders::Hold &hold) const
{
    checkout::CheckoutParameters p;
    p.sku = hold.sku;
    p.qty = hold.qty;
    p.stream = m_stream;
    p.claim = hold.claimRef;
    p.expires = hold.expiresMs.value_or(hold.createdMs + hold.ttlMs) / 1000;
    return checkout::signedCheckoutUrl(m_template, p, m_secret);
}

std::optional<std::string> ClaimCheckout::linkFor(const ClaimRecord &claim,
                                                  std::int64_t nowUnixSeconds) const
{
    if (claim.outcome == ClaimOutcome::Held && claim.hold)
        return linkForHold(*claim.hold);
    if (claim.outcome != ClaimOutcome::Interest || claim.sku.empty())
        return std::nullopt;
    checkout::CheckoutParameters p;
    p.sku = claim.sku;
    p.qty = claim.qty;
    p.stream = m_stream;
    p.claim = claim.claimRef;
    p.expires = nowUnixSeconds + m_interestSeconds;
    return checkout::signedCheckoutUrl(m_template, p, m_secret);
}

} // namespace stallcast::claims
