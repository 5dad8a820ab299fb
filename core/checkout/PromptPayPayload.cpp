#include "checkout/EmvPayloadBuilder.h"
#include "checkout/EmvProfiles.h"
#include "common/FieldError.h"
#include "money/Currency.h"

#include <cctype>

namespace stallcast::checkout {

namespace {

// The digits of a number written with dashes, spaces or a leading '+'; FieldError otherwise.
std::string digitsOf(const std::string &text, const std::string &field)
{
    std::string digits;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (std::isdigit(c))
            digits += static_cast<char>(c);
        else if (!(c == '-' || c == ' ' || (c == '+' && i == 0)))
            throw FieldError(field, "only digits, with optional dashes, spaces and a leading +");
    }
    return digits;
}

} // namespace

std::string promptPayPhoneProxy(const std::string &phone)
{
    auto digits = digitsOf(phone, "phone");
    if (digits.size() >= 9 && digits.size() <= 10 && digits[0] == '0')
        digits = "66" + digits.substr(1);
    if (digits.size() < 10 || digits.size() > 11 || digits.rfind("66", 0) != 0)
        throw FieldError("phone", "a Thai number: 0 and 8-9 digits, or +66 and 8-9 digits");
    return std::string(13 - digits.size(), '0') + digits;
}

std::string promptPayPayload(const PromptPayRequest &request)
{
    if (request.phone.empty() == request.nationalId.empty())
        throw FieldError(request.phone.empty() ? "phone" : "national-id",
                         "give exactly one of --phone and --national-id");
    EmvPayloadBuilder account;
    account.add("00", "A000000677010111", "phone");
    if (!request.phone.empty()) {
        account.add("01", promptPayPhoneProxy(request.phone), "phone");
    } else {
        const auto id = digitsOf(request.nationalId, "national-id");
        if (id.size() != 13)
            throw FieldError("national-id", "13 digits, got " + std::to_string(id.size()));
        account.add("02", id, "national-id");
    }
    EmvPayloadBuilder payload;
    payload.add("00", "01", "payload format")
        .add("01", request.amount ? "12" : "11", "point of initiation")
        .addTemplate("29", account, "phone")
        .add("58", "TH", "country")
        .add("53", "764", "currency");
    if (request.amount)
        payload.add("54", emvAmount(*request.amount, *findCurrency("THB")), "amount", 13);
    return payload.finish();
}

} // namespace stallcast::checkout
