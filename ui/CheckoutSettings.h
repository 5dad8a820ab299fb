#pragma once

#include "checkout/PaymentCode.h"
#include "overlay/CardPayment.h"

#include <QString>

#include <cstdint>
#include <map>
#include <optional>
#include <string>

namespace stallcast::ui {

// How viewers pay, as set in Settings › Checkout (QSettings, group "checkout"): a signed link to
// the merchant's own checkout page (kind "url": the template; its signing secret is in the
// SecretStore under kCheckoutSecretKey, never here) or a payment QR profile (kind pix,
// promptpay, paynow, sepa or upi, with the fields `stallcast qr` takes). Kind "" is not set up.
struct CheckoutSettings {
    std::string kind;
    checkout::PaymentFields fields; // payment kinds: the scheme's fields; "url": "template"
    std::int64_t linkLifetimeSeconds = 900; // "url": how long a shown link stays valid

    static CheckoutSettings load();
    void save() const;
};

inline const QString kCheckoutSecretKey = QStringLiteral("checkout/secret");

// What the preview shows for a product: the payload and its QR. For "url", sku/qty go into the
// signed link (needs the secret); payment kinds ignore them. Throws FieldError (the field as
// `stallcast qr` names it: "city", "amount", "template", "secret") or std::invalid_argument.
// Pure computation: runs on any thread.
struct CheckoutPreview {
    std::string payload;
    checkout::QrLevelRule levelRule;
};
CheckoutPreview buildCheckoutPreview(const CheckoutSettings &settings, const std::string &secret,
                                     const std::string &sku, std::int64_t nowUnixSeconds);

// The featured card's payment code from these settings (the signing secret read from the
// SecretStore under kCheckoutSecretKey; ignored for payment QR kinds). Empty when nothing is set
// up. Throws FieldError("template", ...) for a bad template.
overlay::PaymentSource cardPaymentSource(const CheckoutSettings &settings, std::string secret);

} // namespace stallcast::ui
