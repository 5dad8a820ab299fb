#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace stallcast::checkout {

// A SEPA credit transfer QR (EPC069-12, "GiroCode"): lines BCD, version, 1 (UTF-8), SCT, BIC,
// name, IBAN, EUR<amount>, purpose, structured reference, text, information. Trailing empty lines
// are dropped (the last populated element ends the payload). Scan it at error correction M.
struct SepaTransferRequest {
    std::string name;  // beneficiary, 1-70 characters
    std::string iban;  // spaces allowed; checked with ISO 13616 mod 97
    std::string bic;   // 8 or 11 characters; required by version 001, optional in 002
    std::optional<std::int64_t> amount; // euro cents, 0.01 to 999999999.99
    std::string purpose;   // 4 letters/digits (ISO 20022 purpose code), optional
    std::string reference; // structured creditor reference (ISO 11649 RF...), <= 35
    std::string text;      // unstructured remittance, <= 140; not together with reference
    std::string information; // beneficiary to originator, <= 70
    int version = 2;       // 1 or 2
};

// The payload; FieldError naming "name", "iban", "bic", "amount", "purpose", "reference", "text"
// or "information" when a field breaks its rule, or "text" when the whole is over 331 bytes.
std::string sepaTransferPayload(const SepaTransferRequest &request);

// The IBAN without spaces, upper-case, after checking its country, length and mod-97 check
// digits; FieldError("iban", ...) otherwise.
std::string normalisedIban(const std::string &iban);

} // namespace stallcast::checkout
