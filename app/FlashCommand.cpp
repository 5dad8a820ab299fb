#include "FlashCommand.h"

#include "AppPaths.h"
#include "db/Database.h"
#include "inventory/Catalog.h"
#include "io/JsonExport.h"
#include "money/Money.h"
#include "orders/FlashSaleBook.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <ctime>
#include <iostream>
#include <map>

namespace stallcast::app {

namespace {

const char *const kStartUsage = "usage: stallcast flash start SKU --price AMOUNT --minutes N "
                                "--quantity N [--cap N]";

// SKU then --name value pairs (or --name=value); `flags` take no value.
struct FlashOptions {
    std::vector<std::string> positional;
    std::map<std::string, std::string> named;
};

FlashOptions parseOptions(const std::vector<std::string> &words, const std::vector<std::string> &valued,
                          const std::vector<std::string> &flags)
{
    FlashOptions o;
    const auto known = [](const std::vector<std::string> &names, const std::string &name) {
        return std::find(names.begin(), names.end(), name) != names.end();
    };
    for (std::size_t i = 2; i < words.size(); ++i) {
        const auto &w = words[i];
        if (w.rfind("--", 0) != 0) {
            o.positional.push_back(w);
            continue;
        }
        const auto eq = w.find('=');
        const std::string name = w.substr(2, eq == std::string::npos ? std::string::npos : eq - 2);
        if (known(flags, name) && eq == std::string::npos)
            o.named[name] = "";
        else if (!known(valued, name))
            throw UsageError("unknown option " + w);
        else if (eq != std::string::npos)
            o.named[name] = w.substr(eq + 1);
        else if (i + 1 < words.size())
            o.named[name] = words[++i];
        else
            throw UsageError("--" + name + " needs a value");
    }
    return o;
}

std::int64_t wholeNumber(const FlashOptions &o, const std::string &name, std::int64_t min,
                         std::int64_t max)
{
    const auto &text = o.named.at(name);
    std::int64_t value = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || ptr != text.data() + text.size() || value < min || value > max)
        throw UsageError("--" + name + " \"" + text + "\": expected a whole number from "
                         + std::to_string(min) + " to " + std::to_string(max));
    return value;
}

std::int64_t durationMs(const std::string &text)
{
    double minutes = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), minutes);
    if (ec != std::errc() || ptr != text.data() + text.size() || !(minutes > 0 && minutes <= 24 * 60))
        throw UsageError("--minutes \"" + text + "\": expected more than 0 and at most 1440 "
                         "(decimals allowed: 0.5 is 30 seconds)");
    return std::llround(minutes * 60'000);
}

std::string utcTime(std::int64_t ms)
{
    const std::time_t seconds = static_cast<std::time_t>(ms / 1000);
    std::tm tm{};
    gmtime_r(&seconds, &tm);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%d %H:%M:%S UTC", &tm);
    return text;
}

std::string describe(const orders::FlashSale &sale)
{
    const auto currency = findCurrency(sale.currency);
    std::string line = "flash sale " + std::to_string(sale.id) + " " + sale.sku + " "
                       + std::string(toString(sale.state)) + " "
                       + (currency ? formatForDisplay(sale.price, *currency) : std::to_string(sale.price))
                       + " " + std::to_string(sale.sold) + "/" + std::to_string(sale.quantity) + " sold";
    if (sale.perBuyerCap)
        line += ", max " + std::to_string(*sale.perBuyerCap) + " each";
    if (sale.stoppedMs)
        line += ", stopped " + utcTime(*sale.stoppedMs) + " by " + sale.stoppedBy;
    else
        line += std::string(sale.open() ? ", until " : ", ended ") + utcTime(sale.endsMs);
    return line;
}

int start(orders::FlashSaleBook &book, db::Database &db, const std::vector<std::string> &words)
{
    const auto o = parseOptions(words, {"price", "minutes", "quantity", "cap"}, {});
    if (o.positional.size() != 1)
        throw UsageError(kStartUsage);
    for (const char *required : {"price", "minutes", "quantity"})
        if (!o.named.count(required))
            throw UsageError(std::string("--") + required + " is required; " + kStartUsage);
    orders::FlashSaleStart request;
    request.sku = o.positional[0];
    request.actor = "cli";
    const auto product = inventory::Catalog(db).findBySku(request.sku);
    if (!product)
        throw std::runtime_error("flash start: no product \"" + request.sku + "\"");
    const auto currency = findCurrency(product->currency);
    try {
        request.price = parseMajorAmount(o.named.at("price"), *currency);
    } catch (const AmountError &e) {
        throw UsageError("--price \"" + o.named.at("price") + "\" (" + product->currency
                         + "): " + e.what());
    }
    request.durationMs = durationMs(o.named.at("minutes"));
    request.quantity = wholeNumber(o, "quantity", 1, inventory::kMaxQuantity);
    if (o.named.count("cap"))
        request.perBuyerCap = wholeNumber(o, "cap", 1, inventory::kMaxQuantity);
    std::cout << describe(book.start(request)) << "\n";
    return 0;
}

} // namespace

int runFlashCommand(const Invocation &inv)
{
    const auto &words = inv.words;
    if (words.size() < 2)
        throw UsageError("usage: stallcast flash start|stop|list ...");
    const auto &verb = words[1];
    if (verb != "start" && verb != "stop" && verb != "list")
        throw UsageError("unknown flash command \"" + verb + "\"");
    db::Database db(inv.database.value_or(defaultDatabasePath()));
    orders::FlashSaleBook book(db);
    try {
        if (verb == "start")
            return start(book, db, words);
        if (verb == "stop") {
            const auto o = parseOptions(words, {}, {});
            if (o.positional.size() != 1)
                throw UsageError("usage: stallcast flash stop SKU");
            std::cout << describe(book.stop(o.positional[0], "cli")) << "\n";
            return 0;
        }
        const auto o = parseOptions(words, {}, {"json"});
        if (!o.positional.empty())
            throw UsageError("usage: stallcast flash list [--json]");
        const auto sales = book.list();
        if (o.named.count("json")) {
            std::cout << io::flashSalesToJson(sales);
            return 0;
        }
        for (const auto &sale : sales)
            std::cout << describe(sale) << "\n";
        return 0;
    } catch (const orders::FlashSaleRejected &e) {
        throw std::runtime_error("flash " + verb + ": " + e.what());
    }
}

} // namespace stallcast::app
