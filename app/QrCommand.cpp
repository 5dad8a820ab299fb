#include "QrCommand.h"

#include "checkout/EmvJson.h"
#include "checkout/EmvParser.h"
#include "checkout/EmvProfiles.h"
#include "checkout/QrMatrix.h"
#include "checkout/SepaTransfer.h"
#include "checkout/SignedCheckout.h"
#include "checkout/UpiLink.h"
#include "common/Clock.h"
#include "common/FieldError.h"
#include "io/AtomicFile.h"
#include "money/Money.h"

#include <QBuffer>
#include <QByteArray>

#include <algorithm>
#include <charconv>
#include <iostream>
#include <map>
#include <set>

namespace stallcast::app {

namespace {

using namespace checkout;

const char *const kUsage =
    "usage: stallcast qr --kind pix|promptpay|paynow|sepa|upi|url [options] [--png FILE] "
    "[--module-px N]\n"
    "       stallcast qr --decode PAYLOAD        (see docs/CLI.md)";

// Each kind's options; "editable" is the only flag.
const std::map<std::string, std::set<std::string>> kKindOptions = {
    {"pix", {"key", "name", "city", "amount", "txid", "info"}},
    {"promptpay", {"phone", "national-id", "amount"}},
    {"paynow", {"uen", "mobile", "name", "city", "amount", "reference", "editable", "expiry"}},
    {"sepa", {"name", "iban", "bic", "amount", "text", "reference", "purpose", "information"}},
    {"upi", {"vpa", "name", "amount", "note", "ref"}},
    {"url", {"template", "secret-file", "sku", "qty", "expires-in", "stream", "claim"}},
};

struct QrOptions {
    std::map<std::string, std::string> values;

    std::string get(const std::string &name) const
    {
        const auto it = values.find(name);
        return it == values.end() ? std::string() : it->second;
    }
    bool has(const std::string &name) const { return values.count(name) != 0; }
    std::string required(const std::string &name) const
    {
        if (!has(name))
            throw UsageError("--" + name + " is required\n" + kUsage);
        return get(name);
    }
};

QrOptions parseOptions(const std::vector<std::string> &words)
{
    QrOptions o;
    for (std::size_t i = 1; i < words.size(); ++i) {
        const auto &word = words[i];
        if (word.rfind("--", 0) != 0)
            throw UsageError("unexpected argument \"" + word + "\"\n" + kUsage);
        const auto eq = word.find('=');
        const auto name = word.substr(2, eq == std::string::npos ? std::string::npos : eq - 2);
        std::string value;
        if (name == "editable") {
            if (eq != std::string::npos)
                throw UsageError("--editable takes no value");
        } else if (eq != std::string::npos) {
            value = word.substr(eq + 1);
        } else if (i + 1 < words.size()) {
            value = words[++i];
        } else {
            throw UsageError("--" + name + " needs a value");
        }
        if (!o.values.emplace(name, value).second)
            throw UsageError("--" + name + " is given twice");
    }
    return o;
}

void checkOptionsOfKind(const QrOptions &o, const std::string &kind)
{
    const auto it = kKindOptions.find(kind);
    if (it == kKindOptions.end())
        throw UsageError("--kind \"" + kind + "\": expected pix, promptpay, paynow, sepa, upi or url");
    for (const auto &[name, value] : o.values) {
        if (name == "kind" || name == "png" || name == "module-px" || it->second.count(name) != 0)
            continue;
        std::string known;
        for (const auto &option : it->second)
            known += " --" + option;
        throw UsageError("--" + name + " is not an option of --kind " + kind + " (its options:"
                         + known + ")");
    }
}

std::optional<std::int64_t> amount(const QrOptions &o, const char *currencyCode)
{
    if (!o.has("amount"))
        return std::nullopt;
    try {
        return parseMajorAmount(o.get("amount"), *findCurrency(currencyCode));
    } catch (const AmountError &e) {
        throw FieldError("amount", std::string(e.what()) + " (a decimal amount in " + currencyCode
                                       + ", such as 12.50)");
    }
}

std::int64_t wholeNumber(const QrOptions &o, const std::string &name, std::int64_t fallback)
{
    if (!o.has(name))
        return fallback;
    const auto text = o.get(name);
    std::int64_t value = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || ptr != text.data() + text.size())
        throw FieldError(name, "\"" + text + "\" is not a whole number");
    return value;
}

std::string buildPayload(const std::string &kind, const QrOptions &o)
{
    if (kind == "pix")
        return pixPayload({o.required("key"), o.required("name"), o.required("city"),
                           amount(o, "BRL"), o.get("txid"), o.get("info")});
    if (kind == "promptpay")
        return promptPayPayload({o.get("phone"), o.get("national-id"), amount(o, "THB")});
    if (kind == "paynow")
        return payNowPayload({o.get("uen"), o.get("mobile"), o.required("name"),
                              o.required("city"), amount(o, "SGD"), o.get("reference"),
                              o.has("editable"), o.get("expiry")});
    if (kind == "sepa") {
        SepaTransferRequest r;
        r.name = o.required("name");
        r.iban = o.required("iban");
        r.bic = o.get("bic");
        r.amount = amount(o, "EUR");
        r.purpose = o.get("purpose");
        r.reference = o.get("reference");
        r.text = o.get("text");
        r.information = o.get("information");
        return sepaTransferPayload(r);
    }
    if (kind == "upi")
        return upiLink({o.required("vpa"), o.required("name"), amount(o, "INR"), o.get("note"),
                        o.get("ref")});
    // url
    const CheckoutUrlTemplate urlTemplate(o.required("template"));
    const auto secret = readCheckoutSecret(o.required("secret-file"));
    const auto expiresIn = wholeNumber(o, "expires-in", 900);
    if (expiresIn < 1 || expiresIn > 31 * 24 * 3600)
        throw FieldError("expires-in", "seconds from 1 to 2678400 (31 days)");
    CheckoutParameters p;
    p.sku = o.required("sku");
    p.qty = wholeNumber(o, "qty", 1);
    p.stream = o.get("stream");
    p.claim = o.get("claim");
    p.expires = systemNowMs() / 1000 + expiresIn;
    return signedCheckoutUrl(urlTemplate, p, secret);
}

void writePng(const std::string &kind, const std::string &payload, const QrOptions &o)
{
    QrLevelRule rule;
    if (kind == "sepa")
        rule.minimum = rule.maximum = QrErrorCorrection::M; // EPC069-12
    const auto modulePixels = wholeNumber(o, "module-px", 8);
    if (modulePixels < 1 || modulePixels > 100)
        throw FieldError("module-px", "pixels per module from 1 to 100");
    const auto matrix = QrMatrix::encode(payload, rule);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!matrix.toImage(static_cast<int>(modulePixels)).save(&buffer, "PNG"))
        throw std::runtime_error("cannot encode the QR image as PNG");
    io::writeFileAtomically(o.get("png"), std::string_view(png.constData(), static_cast<std::size_t>(png.size())));
    std::cerr << "stallcast: wrote " << o.get("png") << ": QR version " << matrix.version()
              << ", error correction " << toString(matrix.level()) << ", " << matrix.size()
              << "x" << matrix.size() << " modules of " << modulePixels << " px\n";
}

} // namespace

int runQrCommand(const Invocation &invocation)
{
    const auto o = parseOptions(invocation.words);
    if (o.has("decode")) {
        if (o.values.size() != 1)
            throw UsageError("--decode takes no other option\n" + std::string(kUsage));
        const auto parsed = parseEmvPayload(o.get("decode"));
        std::cout << emvParseToJson(parsed);
        return parsed.valid() ? 0 : 1;
    }
    const auto kind = o.required("kind");
    checkOptionsOfKind(o, kind);
    std::string payload;
    try {
        payload = buildPayload(kind, o);
        if (o.has("png"))
            writePng(kind, payload, o);
    } catch (const FieldError &e) {
        const auto &options = kKindOptions.at(kind);
        const bool isOption = options.count(e.field()) != 0 || e.field() == "module-px";
        throw UsageError((isOption ? "--" : "") + e.field() + ": " + e.reason());
    }
    std::cout << payload << "\n";
    return 0;
}

} // namespace stallcast::app
