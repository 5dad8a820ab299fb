#include "checkout/EmvPayloadBuilder.h"
#include "checkout/EmvProfiles.h"
#include "common/FieldError.h"
#include "money/Currency.h"

#include <QDate>
#include <QString>

#include <algorithm>
#include <cctype>

namespace stallcast::checkout {

namespace {

std::string payNowMobile(const std::string &mobile)
{
    std::string digits;
    for (std::size_t i = 0; i < mobile.size(); ++i) {
        const auto c = static_cast<unsigned char>(mobile[i]);
        if (std::isdigit(c))
            digits += static_cast<char>(c);
        else if (!(c == ' ' || c == '-' || (c == '+' && i == 0)))
            throw FieldError("mobile", "only digits, with optional spaces, dashes and a leading +");
    }
    if (digits.size() == 10 && digits.rfind("65", 0) == 0)
        digits = digits.substr(2);
    if (digits.size() != 8 || (digits[0] != '8' && digits[0] != '9'))
        throw FieldError("mobile", "a Singapore mobile number: 8 digits starting with 8 or 9, "
                                   "optionally after +65");
    return "+65" + digits;
}

std::string payNowUen(std::string uen)
{
    std::transform(uen.begin(), uen.end(), uen.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    if (uen.size() < 9 || uen.size() > 13
        || !std::all_of(uen.begin(), uen.end(),
                        [](unsigned char c) { return std::isalnum(c) != 0; }))
        throw FieldError("uen", "a UEN: 9 to 13 letters and digits");
    return uen;
}

void checkExpiry(const std::string &expiry)
{
    const auto date = QDate::fromString(QString::fromStdString(expiry), QStringLiteral("yyyyMMdd"));
    if (expiry.size() != 8 || !date.isValid())
        throw FieldError("expiry", "a calendar date written YYYYMMDD, got \"" + expiry + "\"");
}

} // namespace

std::string payNowPayload(const PayNowRequest &request)
{
    if (request.uen.empty() == request.mobile.empty())
        throw FieldError(request.uen.empty() ? "uen" : "mobile",
                         "give exactly one of --uen and --mobile");
    EmvPayloadBuilder account;
    account.add("00", "SG.PAYNOW", "uen");
    if (!request.mobile.empty())
        account.add("01", "0", "mobile").add("02", payNowMobile(request.mobile), "mobile");
    else
        account.add("01", "2", "uen").add("02", payNowUen(request.uen), "uen");
    account.add("03", request.editable || !request.amount ? "1" : "0", "editable");
    if (!request.expiry.empty()) {
        checkExpiry(request.expiry);
        account.add("04", request.expiry, "expiry");
    }
    EmvPayloadBuilder payload;
    payload.add("00", "01", "payload format")
        .add("01", request.amount ? "12" : "11", "point of initiation")
        .addTemplate("26", account, "uen")
        .add("52", "0000", "merchant category")
        .add("53", "702", "currency");
    if (request.amount)
        payload.add("54", emvAmount(*request.amount, *findCurrency("SGD")), "amount", 13);
    payload.add("58", "SG", "country")
        .add("59", request.name, "name", 25)
        .add("60", request.city, "city", 15);
    if (!request.reference.empty()) {
        EmvPayloadBuilder additional;
        additional.add("01", request.reference, "reference", 25);
        payload.addTemplate("62", additional, "reference");
    }
    return payload.finish();
}

} // namespace stallcast::checkout
