#include "checkout/UpiLink.h"

#include "checkout/PercentEncoding.h"
#include "checkout/Utf8Text.h"
#include "common/FieldError.h"
#include "money/Currency.h"
#include "money/Money.h"

#include <algorithm>
#include <cctype>

namespace stallcast::checkout {

namespace {

bool addressCharacter(unsigned char c)
{
    return std::isalnum(c) || c == '.' || c == '-' || c == '_';
}

} // namespace

std::string upiLink(const UpiRequest &request)
{
    const auto at = request.vpa.find('@');
    if (at == std::string::npos || at == 0 || at + 1 == request.vpa.size()
        || request.vpa.find('@', at + 1) != std::string::npos || request.vpa.size() > 255
        || !std::all_of(request.vpa.begin(), request.vpa.end(), [](unsigned char c) {
               return c == '@' || addressCharacter(c);
           }))
        throw FieldError("vpa", "a UPI address handle@bank (letters, digits, '.', '-', '_')");
    if (request.name.empty())
        throw FieldError("name", "is required (the payee's name)");
    checkPaymentText(request.name, "name", 99);
    checkPaymentText(request.note, "note", 80);
    if (request.reference.size() > 35
        || !std::all_of(request.reference.begin(), request.reference.end(), addressCharacter))
        throw FieldError("ref", "up to 35 letters, digits, '.', '-', '_'");

    std::string link = "upi://pay?pa=" + percentEncode(request.vpa, "@")
                       + "&pn=" + percentEncode(request.name);
    if (request.amount) {
        if (*request.amount <= 0)
            throw FieldError("amount", "must be more than zero");
        link += "&am=" + formatMajorAmount(*request.amount, *findCurrency("INR"));
    }
    link += "&cu=INR";
    if (!request.note.empty())
        link += "&tn=" + percentEncode(request.note);
    if (!request.reference.empty())
        link += "&tr=" + request.reference;
    return link;
}

} // namespace stallcast::checkout
