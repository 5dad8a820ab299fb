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
    bool empty() const { return !build; }
};

// The source for `stallcast qr`-style fields (checkout::paymentCode). For "url" the link buys
// the featured SKU unless the fields name one ("sku"). Errors (FieldError) come from build().
PaymentSource paymentSourceFromFields(std::string kind, checkout::PaymentFields fields);

// The payment code on the card: built when the featured SKU changes, kept otherwise.
class CardPayment final {
public:
    explicit CardPayment(PaymentSource source) : m_source(std::move(source)) {}

    // The code for `sku` at `nowUnixSeconds`; empty payload when there is no source.
    const checkout::PaymentCode &codeFor(const std::string &sku, std::int64_t nowUnixSeconds);

private:
    PaymentSource m_source;
    std::optional<std::string> m_sku; // the SKU the code was built for
    checkout::PaymentCode m_code;
};

} // namespace stallcast::overlay
