#include "ClaimsCommand.h"

#include "AppPaths.h"
#include "StopSignals.h"
#include "checkout/SignedCheckout.h"
#include "claims/ClaimCheckout.h"
#include "claims/ClaimDesk.h"
#include "claims/ClaimTable.h"
#include "claims/CommentBridge.h"
#include "claims/IrcChatSource.h"
#include "db/Database.h"
#include "feed/OrderEvents.h"
#include "feed/OrderReceiver.h"
#include "orders/HoldBook.h"

#include <charconv>
#include <csignal>
#include <ctime>
#include <fstream>
#include <iostream>
#include <mutex>
#include <thread>

namespace stallcast::app {

namespace {

const char *const kServeUsage =
    "usage: stallcast claims serve [--twitch CHANNEL] [--irc HOST:PORT --irc-channel CHANNEL "
    "[--irc-plain] [--irc-ca FILE]] [--listen HOST:PORT --bridge-secret-file FILE] "
    "[--mode holds|first_paid] [--hold-minutes N] [--checkout-template URL "
    "--checkout-secret-file FILE [--stream-id ID]]";

std::string describe(const claims::ClaimRecord &r)
{
    std::string line = "claim " + std::to_string(r.id) + " " + std::string(toString(r.outcome))
                       + " " + r.buyer + " " + r.code + " x" + std::to_string(r.qty);
    if (!r.variant.empty())
        line += " (" + r.variant + ")";
    line += " " + r.claimRef + " [" + r.source + "]";
    if (r.duplicate)
        line += " (again)";
    if (!r.reason.empty())
        line += ": " + r.reason;
    return line;
}

std::int64_t positiveMinutes(const std::string &text)
{
    std::int64_t value = 0;
    const auto *end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc() || ptr != end || value < 1 || value > 7 * 24 * 60)
        throw UsageError("--hold-minutes \"" + text + "\": expected 1 to 10080 minutes");
    return value;
}

std::string readSecretFile(const std::string &file)
{
    std::ifstream in(file);
    std::string secret((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    while (!secret.empty() && std::isspace(static_cast<unsigned char>(secret.back())))
        secret.pop_back();
    if (!in.good() && !in.eof())
        throw std::runtime_error("cannot read the bridge secret file " + file);
    if (secret.empty())
        throw std::runtime_error("the bridge secret file " + file + " is empty or unreadable");
    return secret;
}

struct ServeOptions {
    std::optional<std::string> checkoutTemplate;
    std::optional<std::string> checkoutSecretFile;
    std::string streamId;
    std::optional<claims::IrcChatOptions> irc;
    std::optional<feed::ListenAddress> listen;
    std::optional<std::string> bridgeSecretFile;
    claims::ClaimDeskOptions desk;
};

ServeOptions parseServe(const std::vector<std::string> &words)
{
    ServeOptions o;
    for (std::size_t i = 2; i < words.size(); ++i) {
        const auto &name = words[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= words.size())
                throw UsageError(name + " needs a value");
            return words[++i];
        };
        auto irc = [&]() -> claims::IrcChatOptions & {
            if (!o.irc)
                o.irc.emplace();
            return *o.irc;
        };
        if (name == "--twitch") {
            irc().channel = value();
        } else if (name == "--irc") {
            const auto address = feed::parseListenAddress(value());
            irc().host = address.host;
            irc().port = address.port;
            irc().sourceName = "irc";
        } else if (name == "--irc-channel") {
            irc().channel = value();
        } else if (name == "--irc-plain") {
            irc().tls = false;
        } else if (name == "--irc-ca") {
            irc().caFile = value();
        } else if (name == "--listen") {
            try {
                o.listen = feed::parseListenAddress(value());
            } catch (const std::invalid_argument &e) {
                throw UsageError(e.what());
            }
        } else if (name == "--bridge-secret-file") {
            o.bridgeSecretFile = value();
        } else if (name == "--mode") {
            try {
                o.desk.mode = claims::claimModeFromString(value());
            } catch (const std::invalid_argument &e) {
                throw UsageError(std::string("--mode: ") + e.what());
            }
        } else if (name == "--checkout-template") {
            o.checkoutTemplate = value();
        } else if (name == "--checkout-secret-file") {
            o.checkoutSecretFile = value();
        } else if (name == "--stream-id") {
            o.streamId = value();
        } else if (name == "--hold-minutes") {
            o.desk.holdTtlMs = positiveMinutes(value()) * 60 * 1000;
        } else {
            throw UsageError("unknown option " + name + "\n" + kServeUsage);
        }
    }
    if (o.irc && o.irc->channel.empty())
        throw UsageError("an IRC source needs a channel (--twitch CHANNEL or --irc-channel)");
    if (o.listen.has_value() != o.bridgeSecretFile.has_value())
        throw UsageError("--listen and --bridge-secret-file go together (the bridge is signed)");
    if (o.checkoutTemplate.has_value() != o.checkoutSecretFile.has_value())
        throw UsageError("--checkout-template and --checkout-secret-file go together");
    if (!o.irc && !o.listen)
        throw UsageError("nothing to listen to: give --twitch, --irc or --listen\n"
                         + std::string(kServeUsage));
    return o;
}

int serve(const Invocation &inv)
{
    const auto options = parseServe(inv.words);
    std::optional<std::string> bridgeSecret;
    if (options.bridgeSecretFile)
        bridgeSecret = readSecretFile(*options.bridgeSecretFile);

    const sigset_t stopSignals = blockStopSignals(); // before any thread starts

    std::mutex out;
    auto say = [&out](const std::string &line) {
        std::lock_guard lock(out);
        std::cout << line << std::endl;
    };
    std::optional<claims::ClaimCheckout> checkoutLinks;
    if (options.checkoutTemplate) {
        try {
            checkoutLinks.emplace(checkout::CheckoutUrlTemplate(*options.checkoutTemplate),
                                  checkout::readCheckoutSecret(*options.checkoutSecretFile),
                                  options.streamId);
        } catch (const std::invalid_argument &e) {
            throw UsageError(std::string("--checkout-template: ") + e.what());
        }
    }
    db::Database database(inv.database.value_or(defaultDatabasePath()));
    claims::ClaimDesk desk(database, claims::ClaimParser(), options.desk);
    // Sources hand comments over on their own threads; the records are printed as they commit.
    auto submit = [&desk, &say, &checkoutLinks](const claims::Comment &comment) {
        auto pending = desk.submit(comment);
        if (!pending)
            return false;
        auto shared = pending->share();
        std::thread([shared, &say, &checkoutLinks] {
            try {
                const auto record = shared.get();
                say(describe(record));
                if (checkoutLinks && !record.duplicate)
                    if (const auto link = checkoutLinks->linkFor(
                            record, static_cast<std::int64_t>(std::time(nullptr))))
                        say("pay " + record.claimRef + ": " + *link);
            } catch (const std::exception &e) {
                say(std::string("claim not recorded: ") + e.what());
            }
        }).detach();
        return true;
    };

    std::unique_ptr<claims::IrcChatSource> irc;
    if (options.irc) {
        irc = std::make_unique<claims::IrcChatSource>(
            *options.irc, [&submit](claims::Comment c) { submit(c); });
        irc->start();
        say("reading " + irc->status().name);
    }
    std::unique_ptr<claims::CommentBridge> bridge;
    feed::OrderEvents events;
    std::unique_ptr<feed::OrderReceiver> receiver;
    if (options.listen) {
        bridge = std::make_unique<claims::CommentBridge>(
            std::vector<std::string>{*bridgeSecret},
            [] { return static_cast<std::int64_t>(std::time(nullptr)); }, submit);
        feed::ReceiverOptions ro;
        ro.listen = *options.listen;
        ro.comments = [&bridge](const feed::Delivery &d) { return bridge->receive(d); };
        ro.log = [&say](const std::string &line) { say("stallcast: " + line); };
        receiver = std::make_unique<feed::OrderReceiver>(database, feed::SecretSet{}, events, ro);
        receiver->start();
        say("listening on " + feed::toString(receiver->boundAddress()) + " (POST /comments)");
    }

    // Expired holds give their stock to the next in line, once a second.
    std::atomic<bool> stopping{false};
    std::thread sweeper([&] {
        orders::HoldBook holds(database);
        while (!stopping) {
            std::this_thread::sleep_for(std::chrono::seconds(1));
            try {
                const auto expiry = holds.expireDue();
                for (const auto &h : expiry.expired)
                    say("hold " + std::to_string(h.id) + " expired: " + h.buyer + " " + h.sku);
                for (const auto &h : expiry.promoted) {
                    say("hold " + std::to_string(h.id) + " promoted: " + h.buyer + " " + h.sku);
                    if (checkoutLinks)
                        say("pay " + h.claimRef + ": " + checkoutLinks->linkForHold(h));
                }
            } catch (const std::exception &e) {
                say(std::string("expiry sweep failed: ") + e.what());
            }
        }
    });
    waitForStopSignal(stopSignals);
    stopping = true;
    sweeper.join();
    if (irc)
        irc->stop();
    if (receiver)
        receiver->stop();
    std::this_thread::sleep_for(std::chrono::milliseconds(200)); // the last records print
    return 0;
}

} // namespace

int runClaimsCommand(const Invocation &inv)
{
    const auto &words = inv.words;
    const std::string verb = words.size() > 1 ? words[1] : "";
    if (verb == "serve")
        return serve(inv);
    db::Database database(inv.database.value_or(defaultDatabasePath()));
    if (verb == "add") {
        if (words.size() != 3)
            throw UsageError("usage: stallcast claims add \"@handle CODE [QTY] [VARIANT]\"");
        claims::ClaimDesk desk(database);
        try {
            const auto record = desk.submitManual(words[2]).get();
            std::cout << describe(record) << "\n";
            return record.outcome == claims::ClaimOutcome::Refused ? 1 : 0;
        } catch (const std::invalid_argument &e) {
            throw UsageError(e.what());
        }
    }
    if (verb == "list") {
        std::string code;
        for (std::size_t i = 2; i < words.size(); ++i) {
            if (words[i] == "--code" && i + 1 < words.size())
                code = words[++i];
            else
                throw UsageError("usage: stallcast claims list [--code CODE]");
        }
        for (const auto &r : database.read(
                 [&](db::Connection &c) { return claims::ClaimTable::list(c, code); }))
            std::cout << describe(r) << "\n";
        return 0;
    }
    if (verb == "expire") {
        orders::HoldBook holds(database);
        const auto expiry = holds.expireDue();
        std::cout << expiry.expired.size() << " expired, " << expiry.promoted.size()
                  << " promoted from the waitlist\n";
        return 0;
    }
    throw UsageError("usage: stallcast claims add|list|expire|serve (see stallcast --help)");
}

} // namespace stallcast::app
