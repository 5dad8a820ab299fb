#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace stallcast::checkout {

// A UPI payment link (NPCI "UPI Linking Specifications"):
// upi://pay?pa=<vpa>&pn=<name>&am=<amount>&cu=INR&tn=<note>&tr=<ref>, values percent-encoded
// (a space is %20), absent optional parameters left out.
struct UpiRequest {
    std::string vpa;  // payee address: handle@bank (letters, digits, . - _), <= 255
    std::string name; // payee name, <= 99 characters
    std::optional<std::int64_t> amount; // paise
    std::string note;      // transaction note (tn), <= 80 characters
    std::string reference; // transaction reference (tr), <= 35 letters, digits, - _ .
};

// The link; FieldError naming "vpa", "name", "amount", "note" or "ref" for a broken rule.
std::string upiLink(const UpiRequest &request);

} // namespace stallcast::checkout
