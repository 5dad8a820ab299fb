#pragma once

#include "checkout/PaymentCode.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace stallcast::overlay {

// How the featured card gets its payment code: `build(sku, now)` makes the code for the
// product featured now (a signed checkout link names the SKU; a Pix or UPI code does not).
struct PaymentSource {
    using Builder = std::function<checkout::PaymentCode(const std::string &sku, std::int64_t nowUnixSeconds)>;
    Builder build;
    // The code shown while the product is sold out: a signed link to join its waiting list
    // (action "waitlist"). Empty: a "SOLD OUT" panel takes the code's place.
    Builder buildWaitlist;
    // > 0: a code expires this many seconds after it is built (a signed checkout link); it is
    // built again once two thirds of that have passed, so the card never shows a dead link.
    std::int64_t lifetimeSeconds = 0;
    bool empty() const { return !build; }
};

// The source for `stallcast qr`-style fields (checkout::paymentCode). For "url" the link buys
// the featured SKU unless the fields name one ("sku") and lives "expires-in" seconds (900);
// when the template holds {action}, a sold-out product gets a waitlist link from it.
// Errors (FieldError) come from build().
PaymentSource paymentSourceFromFields(std::string kind, checkout::PaymentFields fields);

// A signed checkout link with the secret in hand (the studio reads it from its SecretStore,
// never a file): buys the featured SKU, lives `expiresIn` seconds, names `stream` when the
// template holds {stream}; a waitlist link when sold out if the template holds {action}.
// Throws FieldError("template", ...) for a bad template; build() throws for a bad value.
PaymentSource signedCheckoutSource(const std::string &urlTemplate, std::string secret,
                                   std::int64_t expiresIn = 900, std::string stream = {});

// The payment code on the card: built when the featured SKU changes, when it switches between
// buying and the waitlist, and, for a code that expires, when two thirds of its lifetime have
// passed (reSignAfter); kept otherwise, so the card is drawn again only then.
class CardPayment final {
public:
    explicit CardPayment(PaymentSource source) : m_source(std::move(source)) {}

    struct Shown {
        const checkout::PaymentCode &code; // empty payload when there is no source
        bool waitlist = false;             // the waitlist link (the product is sold out)
    };
    Shown codeFor(const std::string &sku, bool soldOut, std::int64_t nowUnixSeconds);
    // Seconds after building when a code with this lifetime is built again (at least 1).
    static std::int64_t reSignAfter(std::int64_t lifetimeSeconds);

private:
    struct Built {
        std::optional<std::string> sku; // the SKU the code was built for
        std::int64_t at = 0;            // Unix seconds
        checkout::PaymentCode code;
    };
    const checkout::PaymentCode &current(Built &built, const PaymentSource::Builder &build,
                                         const std::string &sku, std::int64_t now);

    PaymentSource m_source;
    Built m_buy, m_waitlist;
    checkout::PaymentCode m_none;
};

} // namespace stallcast::overlay
