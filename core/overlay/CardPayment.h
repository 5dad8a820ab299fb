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
    std::function<checkout::PaymentCode(const std::string &sku, std::int64_t nowUnixSeconds)> build;
    // > 0: a code expires this many seconds after it is built (a signed checkout link); it is
    // built again once two thirds of that have passed, so the card never shows a dead link.
    std::int64_t lifetimeSeconds = 0;
    bool empty() const { return !build; }
};

// The source for `stallcast qr`-style fields (checkout::paymentCode). For "url" the link buys
// the featured SKU unless the fields name one ("sku") and lives "expires-in" seconds (900).
// Errors (FieldError) come from build().
PaymentSource paymentSourceFromFields(std::string kind, checkout::PaymentFields fields);

// The payment code on the card: built when the featured SKU changes and, for a code that
// expires, when two thirds of its lifetime have passed (reSignAfter); kept otherwise, so the
// card is drawn again only then.
class CardPayment final {
public:
    explicit CardPayment(PaymentSource source) : m_source(std::move(source)) {}

    // The code for `sku` at `nowUnixSeconds`; empty payload when there is no source.
    const checkout::PaymentCode &codeFor(const std::string &sku, std::int64_t nowUnixSeconds);
    // Seconds after building when a code with this lifetime is built again (at least 1).
    static std::int64_t reSignAfter(std::int64_t lifetimeSeconds);

private:
    PaymentSource m_source;
    std::optional<std::string> m_sku; // the SKU the code was built for
    std::int64_t m_builtAt = 0;       // Unix seconds
    checkout::PaymentCode m_code;
};

} // namespace stallcast::overlay
