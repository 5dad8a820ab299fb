#include "TestFramework.h"

#include "TempDir.h"
#include "feed/WebhookSignature.h"

#include <cstdlib>
#include <fstream>
#include <functional>

using namespace stallcast::feed;

namespace {

void writeFile(const std::filesystem::path &path, const std::string &content)
{
    std::ofstream out(path, std::ios::binary);
    out << content;
}

std::string thrownMessage(const std::function<void()> &fn)
{
    try {
        fn();
    } catch (const std::exception &e) {
        return e.what();
    }
    return "no exception";
}

} // namespace

TEST_CASE("feed: webhook sources by name")
{
    CHECK(toString(WebhookSource::Stallcast) == "stallcast");
    CHECK(toString(WebhookSource::Shopify) == "shopify");
    CHECK(toString(WebhookSource::WooCommerce) == "woocommerce");
    CHECK(toString(WebhookSource::Stripe) == "stripe");
    for (auto source : {WebhookSource::Stallcast, WebhookSource::Shopify,
                        WebhookSource::WooCommerce, WebhookSource::Stripe})
        CHECK(webhookSourceFromString(toString(source)) == source);
    CHECK(webhookSourceFromString("Shopify") == WebhookSource::Shopify);
    CHECK_FALSE(webhookSourceFromString("paypal"));
    CHECK_FALSE(webhookSourceFromString(""));
}

TEST_CASE("feed: secret set keeps secrets per source, without duplicates")
{
    SecretSet secrets;
    CHECK(secrets.empty(WebhookSource::Stripe));
    secrets.add(WebhookSource::Stripe, "a");
    secrets.add(WebhookSource::Stripe, "b");
    secrets.add(WebhookSource::Stripe, "a");
    CHECK(secrets.secrets(WebhookSource::Stripe) == std::vector<std::string>{"a", "b"});
    CHECK(secrets.empty(WebhookSource::Shopify));
    CHECK_THROWS_AS(secrets.add(WebhookSource::Stripe, ""), std::invalid_argument);
}

TEST_CASE("feed: secrets from files are trimmed, errors name the file, never the secret")
{
    stallcast::test::TempDir dir;
    const auto good = dir.path() / "shopify.secret";
    writeFile(good, "  shpss_topsecret\r\n");
    SecretSet secrets;
    secrets.addFromFile(WebhookSource::Shopify, good);
    CHECK(secrets.secrets(WebhookSource::Shopify) == std::vector<std::string>{"shpss_topsecret"});

    const auto empty = dir.path() / "empty.secret";
    writeFile(empty, " \n\n");
    const std::string emptyMessage =
        thrownMessage([&] { secrets.addFromFile(WebhookSource::Shopify, empty); });
    CHECK(emptyMessage.find("empty.secret") != std::string::npos);

    const std::string missingMessage = thrownMessage(
        [&] { secrets.addFromFile(WebhookSource::Shopify, dir.path() / "nope.secret"); });
    CHECK(missingMessage.find("nope.secret") != std::string::npos);
    CHECK(missingMessage.find("topsecret") == std::string::npos);

    const auto huge = dir.path() / "huge.secret";
    writeFile(huge, std::string(100000, 'k'));
    CHECK(thrownMessage([&] { secrets.addFromFile(WebhookSource::Shopify, huge); })
              .find(std::string(10, 'k'))
          == std::string::npos);
}

TEST_CASE("feed: secrets from the environment, several per source")
{
    ::setenv("STALLCAST_SECRET_STRIPE", " whsec_one , whsec_two,,", 1);
    ::setenv("STALLCAST_SECRET_WOOCOMMERCE", "woo", 1);
    ::unsetenv("STALLCAST_SECRET_SHOPIFY");
    ::unsetenv("STALLCAST_SECRET_STALLCAST");
    SecretSet secrets;
    secrets.addFromEnvironment();
    ::unsetenv("STALLCAST_SECRET_STRIPE");
    ::unsetenv("STALLCAST_SECRET_WOOCOMMERCE");
    CHECK(secrets.secrets(WebhookSource::Stripe) == std::vector<std::string>{"whsec_one", "whsec_two"});
    CHECK(secrets.secrets(WebhookSource::WooCommerce) == std::vector<std::string>{"woo"});
    CHECK(secrets.empty(WebhookSource::Shopify));
    CHECK(secrets.empty(WebhookSource::Stallcast));
}
