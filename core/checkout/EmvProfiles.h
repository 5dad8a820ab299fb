#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace stallcast::checkout {

// Payment-scheme profiles of the EMVCo merchant-presented QR (docs/CHECKOUT.md). Each builder
// validates its fields and throws FieldError naming the field as `stallcast qr` spells its option
// ("key", "name", "city", "amount", ...). Amounts are integer minor units of the scheme's
// currency (BRL, THB, SGD); no amount gives a static code the payer fills in.

// Pix (Brazil, BR Code): template 26 {00 br.gov.bcb.pix, 01 key, 02 info}, 52 0000, 53 986,
// 54 amount, 58 BR, 59 name (<= 25), 60 city (<= 15), 62 {05 txid, "***" when none}. Field 01 is
// left out: Pix reads "12" as "pay once only", wrong for a code shown to every viewer.
struct PixRequest {
    std::string key;  // CPF/CNPJ digits, +55 phone, e-mail or random key (EVP); <= 77
    std::string name;
    std::string city;
    std::optional<std::int64_t> amount; // centavos
    std::string txid; // 1-25 letters and digits; empty: "***"
    std::string info; // free text for the payer (26/02); optional
};
std::string pixPayload(const PixRequest &request);

// PromptPay (Thailand): 01 "11" static / "12" with an amount, template 29 {00 A000000677010111,
// 01 phone as 13 digits (0066...) | 02 national ID / tax ID (13 digits)}, 58 TH, 53 764,
// 54 amount. Dashes and spaces in numbers are ignored.
struct PromptPayRequest {
    std::string phone;      // Thai number: 0XXXXXXXXX, +66XXXXXXXXX
    std::string nationalId; // 13 digits
    std::optional<std::int64_t> amount; // satang
};
std::string promptPayPayload(const PromptPayRequest &request);
// The phone number as PromptPay carries it: leading 0 → 66, left-padded with zeros to 13.
std::string promptPayPhoneProxy(const std::string &phone);

// PayNow (Singapore): 01 "11"/"12", template 26 {00 SG.PAYNOW, 01 proxy type (0 mobile, 2 UEN),
// 02 proxy, 03 amount editable (1/0), 04 expiry YYYYMMDD}, 52 0000, 53 702, 54 amount, 58 SG,
// 59 name, 60 city, 62 {01 reference}. Without an amount the payer always types one (03 = 1).
struct PayNowRequest {
    std::string uen;    // company UEN, 9-13 letters and digits
    std::string mobile; // Singapore mobile: 8 digits, optionally +65
    std::string name;
    std::string city;
    std::optional<std::int64_t> amount; // cents
    std::string reference; // bill number (62/01), <= 25
    bool editable = false; // the payer may change the amount
    std::string expiry;    // YYYYMMDD, optional
};
std::string payNowPayload(const PayNowRequest &request);

} // namespace stallcast::checkout
