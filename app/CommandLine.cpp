#include "CommandLine.h"

#include "AppPaths.h"
#include "QrCommand.h"
#include "ClaimsCommand.h"
#include "FlashCommand.h"
#include "ServeCommand.h"
#include "StreamCommand.h"
#include "common/BuildInfo.h"
#include "db/Database.h"
#include "inventory/Catalog.h"
#include "inventory/CatalogCsv.h"
#include "io/AtomicFile.h"
#include "io/JsonExport.h"
#include "money/Money.h"
#include "feed/OrderEvents.h"
#include "feed/OrderIntake.h"
#include "orders/OrderBook.h"
#include "reports/Reports.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <iostream>

namespace stallcast::app {

namespace {

std::int64_t parseInteger(const std::string &text, const std::string &what)
{
    std::int64_t value = 0;
    const auto *end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc() || ptr != end)
        throw UsageError(what + ": \"" + text + "\" is not a whole number");
    return value;
}

// Options that follow the command words: --name value, or --flag.
struct Options {
    std::vector<std::string> positional;
    std::vector<std::pair<std::string, std::string>> named;
    bool flag(const std::string &name) const
    {
        for (const auto &[k, v] : named)
            if (k == name)
                return true;
        return false;
    }
    std::optional<std::string> value(const std::string &name) const
    {
        for (const auto &[k, v] : named)
            if (k == name)
                return v;
        return std::nullopt;
    }
    std::vector<std::string> values(const std::string &name) const
    {
        std::vector<std::string> out;
        for (const auto &[k, v] : named)
            if (k == name)
                out.push_back(v);
        return out;
    }
};

Options splitOptions(const std::vector<std::string> &words, std::size_t from,
                     const std::vector<std::string> &flags, const std::vector<std::string> &valued)
{
    Options o;
    for (std::size_t i = from; i < words.size(); ++i) {
        const auto &w = words[i];
        if (w.rfind("--", 0) != 0 || w == "-") {
            o.positional.push_back(w);
            continue;
        }
        const auto eq = w.find('=');
        const std::string name = w.substr(2, eq == std::string::npos ? std::string::npos : eq - 2);
        if (std::find(flags.begin(), flags.end(), name) != flags.end()) {
            if (eq != std::string::npos)
                throw UsageError("--" + name + " takes no value (\"" + w + "\")");
            o.named.emplace_back(name, "");
        } else if (std::find(valued.begin(), valued.end(), name) != valued.end()) {
            if (eq != std::string::npos)
                o.named.emplace_back(name, w.substr(eq + 1));
            else if (i + 1 < words.size())
                o.named.emplace_back(name, words[++i]);
            else
                throw UsageError("--" + name + " needs a value");
        } else {
            throw UsageError("unknown option " + w);
        }
    }
    return o;
}

void expectPositional(const Options &o, std::size_t count, const std::string &usage)
{
    if (o.positional.size() != count)
        throw UsageError("usage: stallcast " + usage);
}

void writeOutput(const std::string &target, const std::string &content)
{
    if (target == "-")
        std::cout << content << std::flush;
    else
        io::writeFileAtomically(target, content);
}

std::string textColumn(std::string s, std::size_t width)
{
    // Pads by code points (good enough for a terminal listing of Latin text; CJK is wider).
    std::size_t points = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80)
            ++points;
    s.append(points < width ? width - points : 1, ' '); // at least one space between columns
    return s;
}

int catalogCommand(db::Database &db, const std::vector<std::string> &words)
{
    if (words.size() < 2)
        throw UsageError("usage: stallcast catalog import|export|list|adjust ...");
    const auto &verb = words[1];
    inventory::Catalog catalog(db);
    if (verb == "import") {
        const auto o = splitOptions(words, 2, {}, {});
        expectPositional(o, 1, "catalog import FILE.csv");
        const auto s = inventory::importCatalogCsv(db, o.positional[0]);
        std::cout << "imported " << o.positional[0] << ": " << s.created << " created, "
                  << s.updated << " updated, " << s.unchanged << " unchanged\n";
        return 0;
    }
    if (verb == "export") {
        const auto o = splitOptions(words, 2, {}, {});
        expectPositional(o, 1, "catalog export FILE.csv|-");
        writeOutput(o.positional[0], inventory::catalogToCsv(catalog.list(true)));
        return 0;
    }
    if (verb == "list") {
        const auto o = splitOptions(words, 2, {"json", "active"}, {});
        expectPositional(o, 0, "catalog list [--json] [--active]");
        const auto products = catalog.list(!o.flag("active"));
        if (o.flag("json")) {
            std::cout << io::productsToJson(products);
            return 0;
        }
        for (const auto &p : products) {
            const auto currency = findCurrency(p.currency);
            std::cout << textColumn(p.code, 5) << textColumn(p.sku, 18) << textColumn(p.name, 30)
                      << textColumn(currency ? formatForDisplay(p.effectivePrice(), *currency) : "",
                                    16)
                      << p.available() << "/" << p.onHand << " available"
                      << (p.active ? "" : " (archived)") << "\n";
        }
        return 0;
    }
    if (verb == "adjust") {
        const auto o = splitOptions(words, 2, {}, {"note"});
        expectPositional(o, 2, "catalog adjust SKU DELTA [--note TEXT]");
        catalog.adjustStock(o.positional[0], parseInteger(o.positional[1], "DELTA"), "cli",
                            o.value("note").value_or(""));
        const auto p = catalog.findBySku(o.positional[0]);
        if (!p)
            throw std::runtime_error("no product \"" + o.positional[0] + "\"");
        std::cout << p->sku << ": " << p->onHand << " on hand, " << p->available()
                  << " available\n";
        return 0;
    }
    throw UsageError("unknown catalog command \"" + verb + "\"");
}

orders::OrderLineRequest parseLine(const std::string &spec)
{
    // SKU:QTY or SKU:QTY:UNIT_PRICE_MINOR (integer minor units: 1250 for 12.50 USD)
    const auto first = spec.find(':');
    if (first == std::string::npos)
        throw UsageError("--line \"" + spec + "\": expected SKU:QTY[:UNIT_PRICE_MINOR]");
    orders::OrderLineRequest line;
    line.sku = spec.substr(0, first);
    const auto second = spec.find(':', first + 1);
    line.qty = parseInteger(spec.substr(first + 1, second == std::string::npos
                                                       ? std::string::npos
                                                       : second - first - 1),
                            "--line quantity");
    if (second != std::string::npos)
        line.unitPrice = parseInteger(spec.substr(second + 1), "--line unit price");
    return line;
}

int ordersCommand(db::Database &db, const std::vector<std::string> &words)
{
    if (words.size() < 2)
        throw UsageError("usage: stallcast orders list|add|paid|fulfil|cancel|refund|allocate ...");
    const auto &verb = words[1];
    orders::OrderBook book(db);
    if (verb == "list") {
        const auto o = splitOptions(words, 2, {"json"}, {});
        expectPositional(o, 0, "orders list [--json]");
        const auto all = book.list();
        if (o.flag("json")) {
            std::cout << io::ordersToJson(all);
            return 0;
        }
        for (const auto &order : all) {
            const auto currency = findCurrency(order.currency);
            std::cout << "#" << order.id << " " << toString(order.status) << " "
                      << order.source << " " << order.buyer.handle << " "
                      << (currency ? formatForDisplay(order.total, *currency) : "");
            for (const auto &f : orders::flagNames(order.flags))
                std::cout << " [" << f << "]";
            std::cout << "\n";
        }
        return 0;
    }
    if (verb == "add") {
        const auto o = splitOptions(words, 2, {"paid"},
                                    {"buyer", "name", "phone", "address", "line", "source",
                                     "external-id", "currency", "note", "claim"});
        expectPositional(o, 0, "orders add --line SKU:QTY [--line ...] [--buyer HANDLE] [--paid] "
                               "[--claim CODE]");
        orders::OrderRequest req;
        req.source = o.value("source").value_or("manual");
        req.externalId = o.value("external-id");
        req.buyer = {o.value("buyer").value_or(""), o.value("name").value_or(""),
                     o.value("phone").value_or(""), o.value("address").value_or("")};
        req.currency = o.value("currency").value_or("");
        req.paid = o.flag("paid");
        req.note = o.value("note").value_or("");
        req.actor = "cli";
        for (const auto &spec : o.values("line"))
            req.lines.push_back(parseLine(spec));
        // Manual entry takes the same path as the webhooks (feed::OrderIntake): the same rules,
        // claim codes paying their holds, events in commit order.
        feed::OrderEvents events;
        const auto result =
            feed::OrderIntake(db, events).submitManual(req, o.value("claim")).get();
        std::cout << (result.duplicate ? "already recorded: order " : "order ") << result.order.id
                  << " " << toString(result.order.status);
        for (const auto &f : orders::flagNames(result.order.flags))
            std::cout << " [" << f << "]";
        std::cout << "\n";
        return 0;
    }
    if (verb == "paid" || verb == "fulfil" || verb == "cancel" || verb == "refund"
        || verb == "allocate") {
        const auto o = splitOptions(words, 2, {}, {});
        expectPositional(o, 1, "orders " + verb + " ORDER_ID");
        const auto id = parseInteger(o.positional[0], "ORDER_ID");
        const auto order = verb == "paid"     ? book.markPaid(id, "cli")
                           : verb == "fulfil" ? book.fulfil(id, "cli")
                           : verb == "cancel" ? book.cancel(id, "cli")
                           : verb == "allocate" ? book.allocate(id, "cli")
                                              : book.refund(id, "cli");
        std::cout << "order " << order.id << " " << toString(order.status) << "\n";
        return 0;
    }
    throw UsageError("unknown orders command \"" + verb + "\"");
}

int reportCommand(db::Database &db, const std::vector<std::string> &words)
{
    if (words.size() < 2)
        throw UsageError("usage: stallcast report sales|packing-list OUT.csv|-");
    const auto o = splitOptions(words, 2, {}, {});
    expectPositional(o, 1, "report " + words[1] + " OUT.csv|-");
    const auto all = orders::OrderBook(db).list();
    if (words[1] == "sales") {
        writeOutput(o.positional[0], reports::salesCsv(reports::salesByProduct(all)));
        return 0;
    }
    if (words[1] == "packing-list") {
        writeOutput(o.positional[0], reports::packingCsv(reports::packingList(all)));
        return 0;
    }
    throw UsageError("unknown report \"" + words[1] + "\"");
}

} // namespace

Invocation parseInvocation(const std::vector<std::string> &args)
{
    Invocation inv;
    std::size_t i = 0;
    for (; i < args.size(); ++i) {
        const auto &a = args[i];
        if (a == "--version" || a == "-v") {
            inv.version = true;
        } else if (a == "--help" || a == "-h") {
            inv.help = true;
        } else if (a == "--db") {
            if (i + 1 >= args.size())
                throw UsageError("--db needs a path");
            inv.database = args[++i];
        } else if (a.rfind("--db=", 0) == 0) {
            inv.database = a.substr(5);
        } else if (a.rfind("-", 0) == 0) {
            throw UsageError("unknown option " + a);
        } else {
            break;
        }
    }
    inv.words.assign(args.begin() + static_cast<std::ptrdiff_t>(i), args.end());
    // "stallcast qr --help" asks for help too: no command takes --help as a value.
    for (const auto &w : inv.words)
        if (w == "--help" || w == "-h")
            inv.help = true;
    return inv;
}

std::string usageText()
{
    return R"(usage: stallcast [--db PATH] [COMMAND ...]

With no command, opens the studio window.

  --version                      print the version and the libraries in use
  --db PATH                      the shop database (default: $STALLCAST_DB, else the app-data folder)

  catalog import FILE.csv        import the catalogue (all-or-nothing; see docs/CSV.md)
  catalog export FILE.csv|-      export the catalogue
  catalog list [--json] [--active]
  catalog adjust SKU DELTA [--note TEXT]
  orders list [--json]
  orders add --line SKU:QTY[:UNIT_PRICE_MINOR] [--line ...] [--buyer HANDLE] [--name NAME]
             [--phone PHONE] [--address ADDRESS] [--paid] [--source SOURCE]
             [--external-id ID] [--currency CODE] [--note TEXT]
  orders paid|fulfil|cancel|refund ORDER_ID
  orders allocate ORDER_ID       give an oversold order its stock once it has arrived (backorder)
  orders serve [--listen HOST:PORT] [--tls-cert FILE --tls-key FILE] [--secret-file SOURCE=FILE]...
                                 receive paid orders by webhook until SIGINT/SIGTERM (docs/WEBHOOKS.md)
  stream [--source test|camera[:DEV]|screen|file:PATH|image:PATH] [--audio test|default|none|DEV]
         [--canvas WxH@FPS] [--out URL]... [--vertical-out URL]... [--record FILE]
         [--duration SECONDS] [--stats-json FILE] ...
                                 go live until --duration or SIGINT/SIGTERM (stream --help, docs/MEDIA.md)
  report sales OUT.csv|-         sales per product (paid and fulfilled orders)
  report packing-list OUT.csv|-  what to pack for each buyer (paid orders)
  claims add "@handle CODE [QTY]" a claim typed in by hand (phone, DM); holds or waitlists it
  claims list [--code CODE]      every claim in arrival order, with what became of it
  claims expire                  expire due holds; the waitlist moves up
  claims serve [--twitch CHANNEL] [--irc HOST:PORT --irc-channel C [--irc-plain] [--irc-ca F]]
               [--listen HOST:PORT --bridge-secret-file F] [--mode holds|first_paid]
               [--hold-minutes N]
                                 read chat until SIGINT/SIGTERM: claims are held, waitlisted,
                                 printed; expired holds promote the line every second
  flash start SKU --price AMOUNT --minutes N --quantity N [--cap N]
                                 a flash sale from now: orders pay AMOUNT (major unit) for the
                                 first N units, at most --cap per buyer (docs/ORDERS.md)
  flash stop SKU                 end the SKU's flash sale now
  flash list [--json]            every flash sale, newest first, with units sold and its state
  qr --kind pix|promptpay|paynow|sepa|upi|url ... [--png FILE]
                                 print a payment payload or signed checkout link (docs/CLI.md)
  qr --decode PAYLOAD            an EMVCo payload's fields as JSON, with the CRC verdict
)";
}

int runCommand(const Invocation &inv)
{
    if (inv.help) {
        std::cout << usageText();
        return 0;
    }
    if (inv.version) {
        std::cout << versionReport();
        return 0;
    }
    if (inv.words.empty()) {
        std::cerr << usageText();
        return 2;
    }
    const auto &group = inv.words[0];
    if (group == "qr")
        return runQrCommand(inv); // no database
    if (group == "claims")
        return runClaimsCommand(inv);
    if (group == "flash")
        return runFlashCommand(inv);
    if (group == "stream")
        return runStreamCommand(inv); // no database: the broadcast engine only
    if (group != "catalog" && group != "orders" && group != "report")
        throw UsageError("unknown command \"" + group + "\" (see stallcast --help)");
    if (group == "orders" && inv.words.size() > 1 && inv.words[1] == "serve")
        return runServeCommand(inv); // opens the database itself, after setting up signals
    db::Database db(inv.database.value_or(defaultDatabasePath()));
    if (group == "catalog")
        return catalogCommand(db, inv.words);
    if (group == "orders")
        return ordersCommand(db, inv.words);
    return reportCommand(db, inv.words);
}

} // namespace stallcast::app
