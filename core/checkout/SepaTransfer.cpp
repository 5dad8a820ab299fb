#include "checkout/SepaTransfer.h"

#include "checkout/Utf8Text.h"
#include "common/FieldError.h"
#include "money/Currency.h"
#include "money/Money.h"

#include <algorithm>
#include <cctype>

namespace stallcast::checkout {

namespace {

std::string upperNoSpaces(const std::string &text)
{
    std::string out;
    for (const char c : text)
        if (c != ' ')
            out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

bool alnum(const std::string &s)
{
    return std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isalnum(c) != 0; });
}

// The amount as EPC069-12 writes it: at most two decimals, no trailing zeros ("EUR12.3").
std::string epcAmount(std::int64_t cents)
{
    if (cents < 1 || cents > 99'999'999'999)
        throw FieldError("amount", "from 0.01 to 999999999.99 EUR");
    auto text = formatMajorAmount(cents, *findCurrency("EUR"));
    while (text.back() == '0')
        text.pop_back();
    if (text.back() == '.')
        text.pop_back();
    return "EUR" + text;
}

} // namespace

std::string normalisedIban(const std::string &iban)
{
    const auto s = upperNoSpaces(iban);
    if (s.size() < 15 || s.size() > 34 || !alnum(s) || !std::isalpha(static_cast<unsigned char>(s[0]))
        || !std::isalpha(static_cast<unsigned char>(s[1])) || !std::isdigit(static_cast<unsigned char>(s[2]))
        || !std::isdigit(static_cast<unsigned char>(s[3])))
        throw FieldError("iban", "an IBAN: country code, 2 check digits, then up to 30 letters "
                                 "and digits (15 to 34 in all)");
    // ISO 13616: move the first four characters to the end, letters to 10..35, mod 97 == 1.
    const auto rearranged = s.substr(4) + s.substr(0, 4);
    int remainder = 0;
    for (const char c : rearranged) {
        const int value = std::isdigit(static_cast<unsigned char>(c)) ? c - '0' : c - 'A' + 10;
        remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
    }
    if (remainder != 1)
        throw FieldError("iban", "check digits do not match (ISO 13616 mod 97): a typing mistake?");
    return s;
}

std::string sepaTransferPayload(const SepaTransferRequest &request)
{
    if (request.version != 1 && request.version != 2)
        throw FieldError("version", "1 or 2");
    const auto bic = upperNoSpaces(request.bic);
    if (!bic.empty() && ((bic.size() != 8 && bic.size() != 11) || !alnum(bic)))
        throw FieldError("bic", "8 or 11 letters and digits");
    if (bic.empty() && request.version == 1)
        throw FieldError("bic", "is required by EPC069-12 version 001");
    if (request.name.empty())
        throw FieldError("name", "is required (the beneficiary)");
    checkPaymentText(request.name, "name", 70, "EPC069-12");
    const auto iban = normalisedIban(request.iban);
    if (!request.purpose.empty() && (request.purpose.size() > 4 || !alnum(request.purpose)))
        throw FieldError("purpose", "up to 4 letters and digits (ISO 20022 purpose code)");
    checkPaymentText(request.reference, "reference", 35, "EPC069-12");
    checkPaymentText(request.text, "text", 140, "EPC069-12");
    checkPaymentText(request.information, "information", 70, "EPC069-12");
    if (!request.reference.empty() && !request.text.empty())
        throw FieldError("reference", "give --reference or --text, not both (EPC069-12)");

    std::string lines[] = {"BCD", request.version == 1 ? "001" : "002", "1", "SCT", bic,
                           request.name, iban, request.amount ? epcAmount(*request.amount) : "",
                           request.purpose, request.reference, request.text,
                           request.information};
    std::size_t last = std::size(lines);
    while (lines[last - 1].empty())
        --last;
    std::string payload;
    for (std::size_t i = 0; i < last; ++i)
        payload += (i == 0 ? "" : "\n") + lines[i];
    if (payload.size() > 331)
        throw FieldError("text", "the payload would be " + std::to_string(payload.size())
                                     + " bytes, at most 331 (EPC069-12): shorten the text, the "
                                       "name or the information");
    return payload;
}

} // namespace stallcast::checkout
