#pragma once

#include "checkout/SignedCheckout.h"
#include "claims/ClaimRecord.h"

#include <cstdint>
#include <optional>
#include <string>

namespace stallcast::claims {

// The payment link a claim's buyer gets (docs/CLAIMS.md, "Paying a claim"): the merchant's
// signed checkout link with {claim} = the claim code, so the paid-order webhook that comes back
// carries the code and pays that hold. Held claims get a link valid until the hold expires;
// first-paid interest gets one valid for `interestSeconds`; waitlisted and refused claims get
// none (a waitlisted claim gets its link when it is promoted).
class ClaimCheckout final {
public:
    ClaimCheckout(checkout::CheckoutUrlTemplate urlTemplate, std::string secret,
                  std::string stream = {}, std::int64_t interestSeconds = 30 * 60);

    std::optional<std::string> linkFor(const ClaimRecord &claim, std::int64_t nowUnixSeconds) const;
    // For a hold promoted from the waitlist later (the sweep's promotions).
    std::string linkForHold(const orders::Hold &hold) const;

private:
    checkout::CheckoutUrlTemplate m_template;
    std::string m_secret;
    std::string m_stream;
    std::int64_t m_interestSeconds;
};

} // namespace stallcast::claims
