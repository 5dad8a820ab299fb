#include "FeatureOptions.h"

#include "CommandLine.h"

#include <sstream>

namespace stallcast::app {

namespace {

FlashSaleSpec parseFlashSale(const std::string &value)
{
    const std::string usage = "--flash-sale \"" + value
                              + "\": expected PRICE,MINUTES,QUANTITY[,CAP], e.g. 15000,5,50,2";
    std::vector<std::string> parts;
    std::istringstream in(value);
    for (std::string part; std::getline(in, part, ',');)
        parts.push_back(part);
    if (parts.size() < 3 || parts.size() > 4 || parts[0].empty())
        throw UsageError(usage);
    FlashSaleSpec spec;
    spec.price = parts[0];
    try {
        std::size_t used = 0;
        spec.minutes = std::stod(parts[1], &used);
        if (used != parts[1].size() || !(spec.minutes > 0 && spec.minutes <= 24 * 60))
            throw UsageError(usage + " (MINUTES: more than 0, at most 1440)");
        spec.quantity = std::stoll(parts[2], &used);
        if (used != parts[2].size() || spec.quantity < 1)
            throw UsageError(usage + " (QUANTITY: a whole number of at least 1)");
        if (parts.size() == 4) {
            spec.perBuyerCap = std::stoll(parts[3], &used);
            if (used != parts[3].size() || spec.perBuyerCap < 1)
                throw UsageError(usage + " (CAP: a whole number of at least 1)");
        }
    } catch (const std::logic_error &) { // stod/stoll: not a number
        throw UsageError(usage);
    }
    return spec;
}

} // namespace

bool parseFeatureOption(const std::string &name, const std::string &value, FeatureOptions &o)
{
    if (name == "db")
        o.database = value;
    else if (name == "feature") {
        if (value.empty())
            throw UsageError("--feature: give the SKU of the product to show");
        o.sku = value;
    } else if (name == "payment") {
        if (!checkout::isPaymentKind(value))
            throw UsageError("--payment \"" + value
                             + "\": expected pix, promptpay, paynow, sepa, upi or url");
        o.paymentKind = value;
    } else if (name == "payment-field") {
        const auto eq = value.find('=');
        if (eq == std::string::npos || eq == 0)
            throw UsageError("--payment-field \"" + value + "\": expected NAME=VALUE, e.g. key=+5511999999999");
        o.paymentFields[value.substr(0, eq)] = value.substr(eq + 1);
    } else if (name == "checkout-template") {
        o.paymentKind = "url";
        o.paymentFields["template"] = value;
    } else if (name == "checkout-secret-file")
        o.paymentFields["secret-file"] = value;
    else if (name == "card-template")
        o.cardTemplate = value;
    else if (name == "vertical-card-template")
        o.verticalCardTemplate = value;
    else if (name == "card-report")
        o.cardReport = value;
    else if (name == "sales-goal") {
        std::size_t used = 0;
        long long goal = 0;
        try {
            goal = std::stoll(value, &used);
        } catch (const std::logic_error &) {
            used = 0;
        }
        if (used == 0 || used != value.size() || goal < 1 || goal > 1'000'000'000)
            throw UsageError("--sales-goal \"" + value + "\": a whole number of units, at least 1");
        o.salesGoal = goal;
    } else if (name == "flash-sale")
        o.flashSale = parseFlashSale(value);
    else if (name == "listen")
        o.listen = value;
    else if (name == "secret-file") {
        const auto sep = value.find('=');
        const auto source = feed::webhookSourceFromString(value.substr(0, sep));
        if (sep == std::string::npos || !source || sep + 1 == value.size())
            throw UsageError("--secret-file \"" + value
                             + "\": expected SOURCE=FILE with SOURCE one of stallcast, shopify, "
                               "woocommerce, stripe");
        o.secretFiles.emplace_back(*source, value.substr(sep + 1));
    }
    else
        return false;
    return true;
}

void checkFeatureOptions(FeatureOptions &o)
{
    const bool anyCardOption = !o.paymentKind.empty() || !o.paymentFields.empty() || o.cardTemplate
                               || o.verticalCardTemplate || o.cardReport || o.flashSale || o.salesGoal > 0 || o.listen
                               || !o.secretFiles.empty();
    if (o.sku.empty()) {
        if (anyCardOption)
            throw UsageError("the card and payment options need --feature SKU");
        return;
    }
    if (!o.secretFiles.empty() && !o.listen)
        throw UsageError("--secret-file needs --listen HOST:PORT (the order receiver)");
    if (!o.paymentFields.empty() && o.paymentKind.empty())
        throw UsageError("--payment-field needs --payment KIND");
    if (o.paymentKind == "url") {
        if (o.paymentFields.count("template") == 0 || o.paymentFields.count("secret-file") == 0)
            throw UsageError("--checkout-template URL and --checkout-secret-file FILE go together");
        // Without a "sku" field the link buys the featured product (overlay::CardPayment).
    }
}

} // namespace stallcast::app
