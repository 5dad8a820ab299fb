#include "QrCommand.h"

#include "checkout/EmvJson.h"
#include "checkout/EmvParser.h"
#include "checkout/PaymentCode.h"
#include "checkout/QrMatrix.h"
#include "common/Clock.h"
#include "common/FieldError.h"
#include "io/AtomicFile.h"

#include <QBuffer>
#include <QByteArray>

#include <charconv>
#include <iostream>

namespace stallcast::app {

namespace {

const char *const kUsage =
    "usage: stallcast qr --kind pix|promptpay|paynow|sepa|upi|url [options] [--png FILE] "
    "[--module-px N]\n"
    "       stallcast qr --decode PAYLOAD        (see docs/CLI.md)";

// The command's own options; the rest are the payment kind's fields.
struct QrOptions {
    std::string kind;
    std::optional<std::string> decode;
    std::optional<std::string> png;
    std::optional<std::string> modulePixels;
    checkout::PaymentFields fields;
};

QrOptions parseOptions(const std::vector<std::string> &words)
{
    QrOptions o;
    std::set<std::string> seen;
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
        if (!seen.insert(name).second)
            throw UsageError("--" + name + " is given twice");
        if (name == "kind")
            o.kind = value;
        else if (name == "decode")
            o.decode = value;
        else if (name == "png")
            o.png = value;
        else if (name == "module-px")
            o.modulePixels = value;
        else
            o.fields.emplace(name, value);
    }
    return o;
}

void writePng(const checkout::PaymentCode &code, const QrOptions &o)
{
    int modulePixels = 8;
    if (o.modulePixels) {
        const auto &text = *o.modulePixels;
        const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), modulePixels);
        if (text.empty() || ec != std::errc() || ptr != text.data() + text.size()
            || modulePixels < 1 || modulePixels > 100)
            throw UsageError("--module-px: pixels per module from 1 to 100, got \"" + text + "\"");
    }
    const auto matrix = checkout::QrMatrix::encode(code.payload, code.levelRule);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!matrix.toImage(modulePixels).save(&buffer, "PNG"))
        throw std::runtime_error("cannot encode the QR image as PNG");
    io::writeFileAtomically(*o.png, std::string_view(png.constData(),
                                                     static_cast<std::size_t>(png.size())));
    std::cerr << "stallcast: wrote " << *o.png << ": QR version " << matrix.version()
              << ", error correction " << toString(matrix.level()) << ", " << matrix.size()
              << "x" << matrix.size() << " modules of " << modulePixels << " px\n";
}

} // namespace

int runQrCommand(const Invocation &invocation)
{
    const auto o = parseOptions(invocation.words);
    if (o.decode) {
        if (!o.kind.empty() || o.png || o.modulePixels || !o.fields.empty())
            throw UsageError("--decode takes no other option\n" + std::string(kUsage));
        const auto parsed = checkout::parseEmvPayload(*o.decode);
        std::cout << checkout::emvParseToJson(parsed);
        return parsed.valid() ? 0 : 1;
    }
    if (o.kind.empty())
        throw UsageError("--kind is required\n" + std::string(kUsage));
    if (o.modulePixels && !o.png)
        throw UsageError("--module-px goes with --png");
    checkout::PaymentCode code;
    try {
        code = checkout::paymentCode(o.kind, o.fields, systemNowMs() / 1000);
    } catch (const FieldError &e) {
        // Every field is an option of this command: "--city: at most 15 characters ..."
        throw UsageError("--" + e.field() + ": " + e.reason());
    }
    if (o.png)
        writePng(code, o);
    std::cout << code.payload << "\n";
    return 0;
}

} // namespace stallcast::app
