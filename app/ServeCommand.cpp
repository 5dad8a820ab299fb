#include "ServeCommand.h"

#include "AppPaths.h"
#include "StopSignals.h"
#include "db/Database.h"
#include "feed/OrderEvents.h"
#include "feed/OrderReceiver.h"

#include <csignal>
#include <iostream>
#include <mutex>
#include <stdexcept>

namespace stallcast::app {

namespace {

constexpr feed::WebhookSource kSources[] = {feed::WebhookSource::Stallcast,
                                            feed::WebhookSource::Shopify,
                                            feed::WebhookSource::WooCommerce,
                                            feed::WebhookSource::Stripe};

const char *const kUsage =
    "usage: stallcast orders serve [--listen HOST:PORT] [--tls-cert FILE --tls-key FILE] "
    "[--secret-file SOURCE=FILE]...";

struct ServeOptions {
    feed::ReceiverOptions receiver;
    std::vector<std::pair<feed::WebhookSource, std::filesystem::path>> secretFiles;
};

ServeOptions parseServeOptions(const std::vector<std::string> &words)
{
    ServeOptions o;
    for (std::size_t i = 2; i < words.size(); ++i) {
        std::string name = words[i];
        std::string value;
        const auto eq = name.find('=');
        if (name.rfind("--", 0) == 0 && eq != std::string::npos) {
            value = name.substr(eq + 1);
            name = name.substr(0, eq);
        } else if (name == "--listen" || name == "--tls-cert" || name == "--tls-key"
                   || name == "--secret-file") {
            if (i + 1 >= words.size())
                throw UsageError(name + " needs a value");
            value = words[++i];
        } else {
            throw UsageError("unknown option " + name + "\n" + kUsage);
        }
        if (name == "--listen") {
            try {
                o.receiver.listen = feed::parseListenAddress(value);
            } catch (const std::invalid_argument &e) {
                throw UsageError(e.what());
            }
        } else if (name == "--tls-cert") {
            o.receiver.tlsCertificate = value;
        } else if (name == "--tls-key") {
            o.receiver.tlsPrivateKey = value;
        } else if (name == "--secret-file") {
            const auto sep = value.find('=');
            const auto source = feed::webhookSourceFromString(value.substr(0, sep));
            if (sep == std::string::npos || !source || sep + 1 == value.size())
                throw UsageError("--secret-file \"" + value
                                 + "\": expected SOURCE=FILE with SOURCE one of stallcast, "
                                   "shopify, woocommerce, stripe");
            o.secretFiles.emplace_back(*source, value.substr(sep + 1));
        } else {
            throw UsageError("unknown option " + name + "\n" + kUsage);
        }
    }
    if (o.receiver.tlsCertificate.has_value() != o.receiver.tlsPrivateKey.has_value())
        throw UsageError("--tls-cert and --tls-key go together");
    return o;
}

feed::SecretSet loadSecrets(const ServeOptions &options)
{
    feed::SecretSet secrets;
    for (const auto &[source, file] : options.secretFiles)
        secrets.addFromFile(source, file);
    secrets.addFromEnvironment();
    bool any = false;
    for (const auto source : kSources)
        any = any || !secrets.empty(source);
    if (!any)
        throw std::runtime_error(
            "no webhook secret is configured: give --secret-file SOURCE=FILE or set "
            "STALLCAST_SECRET_<SOURCE> (STALLCAST, SHOPIFY, WOOCOMMERCE, STRIPE)");
    return secrets;
}

} // namespace

int runServeCommand(const Invocation &invocation)
{
    const auto options = parseServeOptions(invocation.words);
    auto secrets = loadSecrets(options);

    const sigset_t signals = blockStopSignals(); // before any thread starts

    std::mutex logMutex;
    auto receiverOptions = options.receiver;
    receiverOptions.log = [&logMutex](const std::string &line) {
        std::lock_guard lock(logMutex);
        std::cerr << "stallcast: " << line << "\n";
    };

    db::Database database(invocation.database.value_or(defaultDatabasePath()));
    feed::OrderEvents events;
    feed::OrderReceiver receiver(database, std::move(secrets), events, receiverOptions);
    receiver.start();
    std::cout << "listening on " << feed::toString(receiver.boundAddress()) << std::endl;

    const int signal = waitForStopSignal(signals);
    {
        std::lock_guard lock(logMutex);
        std::cerr << "stallcast: " << (signal == SIGINT ? "SIGINT" : "SIGTERM")
                  << ": no new connections; finishing the requests in flight\n";
    }
    receiver.stop();
    events.waitUntilDispatched();
    return 0;
}

} // namespace stallcast::app
