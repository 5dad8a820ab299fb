#include "checkout/PaymentCode.h"

#include "checkout/EmvProfiles.h"
#include "checkout/SepaTransfer.h"
#include "checkout/SignedCheckout.h"
#include "checkout/UpiLink.h"
#include "common/FieldError.h"
#include "money/Money.h"

#include <charconv>
#include <optional>

namespace stallcast::checkout {

namespace {

const std::map<std::string, std::set<std::string>, std::less<>> kKindFields = {
    {"pix", {"key", "name", "city", "amount", "txid", "info"}},
    {"promptpay", {"phone", "national-id", "amount"}},
    {"paynow", {"uen", "mobile", "name", "city", "amount", "reference", "editable", "expiry"}},
    {"sepa", {"name", "iban", "bic", "amount", "text", "reference", "purpose", "information"}},
    {"upi", {"vpa", "name", "amount", "note", "ref"}},
    {"url", {"template", "secret-file", "sku", "qty", "expires-in", "stream", "claim", "action"}},
};

class FieldReader final {
public:
    explicit FieldReader(const PaymentFields &fields) : m_fields(fields) {}

    bool has(const std::string &name) const { return m_fields.count(name) != 0; }
    std::string get(const std::string &name) const
    {
        const auto it = m_fields.find(name);
        return it == m_fields.end() ? std::string() : it->second;
    }
    std::string required(const std::string &name) const
    {
        if (!has(name))
            throw FieldError(name, "is required");
        return get(name);
    }
    std::optional<std::int64_t> amount(const char *currencyCode) const
    {
        if (!has("amount"))
            return std::nullopt;
        try {
            return parseMajorAmount(get("amount"), *findCurrency(currencyCode));
        } catch (const AmountError &e) {
            throw FieldError("amount", std::string(e.what()) + " (a decimal amount in "
                                           + currencyCode + ", such as 12.50)");
        }
    }
    std::int64_t wholeNumber(const std::string &name, std::int64_t fallback) const
    {
        if (!has(name))
            return fallback;
        const auto text = get(name);
        std::int64_t value = 0;
        const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (text.empty() || ec != std::errc() || ptr != text.data() + text.size())
            throw FieldError(name, "\"" + text + "\" is not a whole number");
        return value;
    }

private:
    const PaymentFields &m_fields;
};

std::string signedLink(const FieldReader &f, std::int64_t now)
{
    const CheckoutUrlTemplate urlTemplate(f.required("template"));
    const auto expiresIn = f.wholeNumber("expires-in", 900);
    if (expiresIn < 1 || expiresIn > 31 * 24 * 3600)
        throw FieldError("expires-in", "seconds from 1 to 2678400 (31 days)");
    CheckoutParameters p;
    p.sku = f.required("sku");
    p.qty = f.wholeNumber("qty", 1);
    p.stream = f.get("stream");
    p.claim = f.get("claim");
    p.action = f.get("action");
    p.expires = now + expiresIn;
    std::string secret;
    try {
        secret = readCheckoutSecret(f.required("secret-file"));
    } catch (const std::runtime_error &e) {
        throw FieldError("secret-file", e.what());
    }
    return signedCheckoutUrl(urlTemplate, p, secret);
}

} // namespace

bool isPaymentKind(std::string_view kind)
{
    return kKindFields.find(kind) != kKindFields.end();
}

const std::set<std::string> &paymentFieldNames(std::string_view kind)
{
    const auto it = kKindFields.find(kind);
    if (it == kKindFields.end())
        throw FieldError("kind", "\"" + std::string(kind)
                                     + "\": expected pix, promptpay, paynow, sepa, upi or url");
    return it->second;
}

PaymentCode paymentCode(std::string_view kind, const PaymentFields &fields,
                        std::int64_t nowUnixSeconds)
{
    const auto &names = paymentFieldNames(kind);
    for (const auto &[name, value] : fields) {
        if (names.count(name) != 0)
            continue;
        std::string known;
        for (const auto &n : names)
            known += (known.empty() ? "" : ", ") + n;
        throw FieldError(name, "is not a field of " + std::string(kind) + " (its fields: " + known
                                   + ")");
    }
    const FieldReader f(fields);
    PaymentCode code;
    if (kind == "pix") {
        code.payload = pixPayload({f.required("key"), f.required("name"), f.required("city"),
                                   f.amount("BRL"), f.get("txid"), f.get("info")});
    } else if (kind == "promptpay") {
        code.payload = promptPayPayload({f.get("phone"), f.get("national-id"), f.amount("THB")});
    } else if (kind == "paynow") {
        code.payload = payNowPayload({f.get("uen"), f.get("mobile"), f.required("name"),
                                      f.required("city"), f.amount("SGD"), f.get("reference"),
                                      f.has("editable"), f.get("expiry")});
    } else if (kind == "sepa") {
        SepaTransferRequest r;
        r.name = f.required("name");
        r.iban = f.required("iban");
        r.bic = f.get("bic");
        r.amount = f.amount("EUR");
        r.purpose = f.get("purpose");
        r.reference = f.get("reference");
        r.text = f.get("text");
        r.information = f.get("information");
        code.payload = sepaTransferPayload(r);
        code.levelRule.minimum = code.levelRule.maximum = QrErrorCorrection::M;
    } else if (kind == "upi") {
        code.payload = upiLink({f.required("vpa"), f.required("name"), f.amount("INR"),
                                f.get("note"), f.get("ref")});
    } else {
        code.payload = signedLink(f, nowUnixSeconds);
    }
    return code;
}

} // namespace stallcast::checkout
