#pragma once

#include "checkout/QrMatrix.h"

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>

namespace stallcast::checkout {

// A payment code described by name=value fields, as `stallcast qr --kind KIND --NAME VALUE` and
// `stallcast stream --payment KIND --payment-field NAME=VALUE` give it (docs/CLI.md). Amounts are
// decimal strings in the scheme's currency; "editable" is a flag (any value, even empty).
using PaymentFields = std::map<std::string, std::string>;

struct PaymentCode {
    std::string payload;
    QrLevelRule levelRule; // EPC069-12 codes are pinned to M
};

// The kinds: pix, promptpay, paynow, sepa, upi, url.
bool isPaymentKind(std::string_view kind);
// The field names a kind takes; FieldError("kind", ...) for an unknown kind.
const std::set<std::string> &paymentFieldNames(std::string_view kind);

// Builds the payload. Throws FieldError naming the field for a missing required field, a field
// the kind does not take, or a value that breaks its rule. For "url", "secret-file" is read with
// readCheckoutSecret and the link expires "expires-in" seconds (default 900) after now.
PaymentCode paymentCode(std::string_view kind, const PaymentFields &fields,
                        std::int64_t nowUnixSeconds);

} // namespace stallcast::checkout
