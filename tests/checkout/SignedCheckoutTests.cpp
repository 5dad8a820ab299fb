// Signed checkout links: canonical form, signing, verification against tampering and expiry.
#include "FieldErrorMatch.h"
#include "TempDir.h"
#include "TestFramework.h"
#include "checkout/SignedCheckout.h"
#include "feed/WebhookSignature.h"

#include <fstream>

using namespace stallcast::checkout;
using stallcast::test::requireFieldError;

namespace {

const std::string kSecret = "correct horse battery staple 42";
const std::string kTemplate =
    "https://shop.example/buy?sku={sku}&qty={qty}&src={stream}&exp={expires}&sig={sig}";

CheckoutParameters tangerines()
{
    CheckoutParameters p;
    p.sku = "TANG-5KG";
    p.qty = 2;
    p.stream = "live-2026-11-22";
    p.expires = 1'790'000'000;
    return p;
}

} // namespace

TEST_CASE("checkout: the canonical string is fixed, and the signature is HMAC-SHA256 over it",
          "[checkout][signed]")
{
    const auto p = tangerines();
    const auto canonical = canonicalCheckoutString(p);
    CHECK(canonical
          == "stallcast-checkout-v1\nsku=TANG-5KG\nqty=2\nstream=live-2026-11-22\nclaim=\n"
             "expires=1790000000");
    // Independent of our code path: the feed's HMAC (checked against GitHub's published example).
    CHECK(signCheckout(p, kSecret) == stallcast::feed::hmacSha256Hex(kSecret, canonical));
    CHECK(signCheckout(p, kSecret).size() == 64);
}

TEST_CASE("checkout: a signed URL fills the merchant's template and verifies", "[checkout][signed]")
{
    const CheckoutUrlTemplate t(kTemplate);
    auto p = tangerines();
    p.sku = "제주 감귤/5kg"; // any UTF-8, percent-encoded
    const auto url = signedCheckoutUrl(t, p, kSecret);
    CHECK(url.rfind("https://shop.example/buy?sku=%EC%A0%9C%EC%A3%BC%20%EA%B0%90%EA%B7%A4%2F5kg&qty=2"
                    "&src=live-2026-11-22&exp=1790000000&sig=",
                    0)
          == 0);
    CheckoutParameters read;
    CHECK(verifyCheckoutUrl(t, url, kSecret, 1'789'999'999, &read) == CheckoutVerdict::Valid);
    CHECK(read.sku == p.sku);
    CHECK(read.qty == 2);
    CHECK(read.stream == p.stream);
    CHECK(read.expires == p.expires);
}

TEST_CASE("checkout: tampering with any part of a signed URL is refused", "[checkout][signed]")
{
    const CheckoutUrlTemplate t(kTemplate);
    const auto url = signedCheckoutUrl(t, tangerines(), kSecret);
    const auto replaced = [&](const std::string &from, const std::string &to) {
        auto copy = url;
        const auto at = copy.find(from);
        REQUIRE(at != std::string::npos);
        return copy.replace(at, from.size(), to);
    };
    const auto now = 1'789'000'000;
    CHECK(verifyCheckoutUrl(t, replaced("qty=2", "qty=20"), kSecret, now) == CheckoutVerdict::BadSignature);
    CHECK(verifyCheckoutUrl(t, replaced("TANG-5KG", "TANG-1KG"), kSecret, now) == CheckoutVerdict::BadSignature);
    CHECK(verifyCheckoutUrl(t, replaced("src=live", "src=Live"), kSecret, now) == CheckoutVerdict::BadSignature);
    CHECK(verifyCheckoutUrl(t, replaced("exp=1790000000", "exp=1890000000"), kSecret, now)
          == CheckoutVerdict::BadSignature);
    // one flipped hex digit of the signature
    auto flipped = url;
    flipped.back() = flipped.back() == '0' ? '1' : '0';
    CHECK(verifyCheckoutUrl(t, flipped, kSecret, now) == CheckoutVerdict::BadSignature);
    // another merchant's secret
    CHECK(verifyCheckoutUrl(t, url, "another shop's secret value", now) == CheckoutVerdict::BadSignature);
    // not a signature at all, or not the template's shape
    CHECK(verifyCheckoutUrl(t, url.substr(0, url.size() - 2), kSecret, now) == CheckoutVerdict::Malformed);
    CHECK(verifyCheckoutUrl(t, replaced("qty=2", "qty=two"), kSecret, now) == CheckoutVerdict::Malformed);
    CHECK(verifyCheckoutUrl(t, replaced("qty=2", "qty=0"), kSecret, now) == CheckoutVerdict::Malformed);
    CHECK(verifyCheckoutUrl(t, replaced("https://shop.example", "https://evil.example"), kSecret, now)
          == CheckoutVerdict::Malformed);
    CHECK(verifyCheckoutUrl(t, url + "&extra=1", kSecret, now) == CheckoutVerdict::Malformed);
    CHECK(verifyCheckoutUrl(t, url, kSecret, now) == CheckoutVerdict::Valid);
}

TEST_CASE("checkout: a signed URL expires at its expiry second", "[checkout][signed]")
{
    const CheckoutUrlTemplate t(kTemplate);
    const auto p = tangerines();
    const auto url = signedCheckoutUrl(t, p, kSecret);
    CHECK(verifyCheckoutUrl(t, url, kSecret, p.expires - 1) == CheckoutVerdict::Valid);
    CHECK(verifyCheckoutUrl(t, url, kSecret, p.expires) == CheckoutVerdict::Expired);
    CHECK(verifyCheckoutUrl(t, url, kSecret, p.expires + 86'400) == CheckoutVerdict::Expired);
    CHECK(std::string(toString(CheckoutVerdict::Expired)) == "expired");
}

TEST_CASE("checkout: templates are checked before anything is signed", "[checkout][signed][limits]")
{
    requireFieldError([] { CheckoutUrlTemplate("http://shop.example/buy?sku={sku}&e={expires}&s={sig}"); },
                      "template", "must start with https://");
    CHECK_NOTHROW(CheckoutUrlTemplate("http://127.0.0.1:8080/buy?sku={sku}&e={expires}&s={sig}"));
    requireFieldError([] { CheckoutUrlTemplate("https://s.example/?sku={sku}&e={expires}"); }, "template",
                      "must contain {sig}");
    requireFieldError([] { CheckoutUrlTemplate("https://s.example/?e={expires}&s={sig}"); }, "template",
                      "must contain {sku}");
    requireFieldError([] { CheckoutUrlTemplate("https://s.example/?sku={sku}&s={sig}"); }, "template",
                      "must contain {expires}");
    requireFieldError([] { CheckoutUrlTemplate("https://s.example/?sku={sku}&p={price}&e={expires}&s={sig}"); },
                      "template", "unknown placeholder {price}");
    requireFieldError([] { CheckoutUrlTemplate("https://s.example/?sku={sku}&k={sku}&e={expires}&s={sig}"); },
                      "template", "{sku} appears twice");
    requireFieldError([] { CheckoutUrlTemplate("https://s.example/{sku}{qty}?e={expires}&s={sig}"); },
                      "template", "between {sku} and {qty}");
    requireFieldError([] { CheckoutUrlTemplate("https://s.example/{sku}-x?e={expires}&s={sig}"); },
                      "template", "followed by '-'");
    requireFieldError([] { CheckoutUrlTemplate("https://s.example/?sku={sku&e={expires}&s={sig}"); },
                      "template", "unknown placeholder");
    requireFieldError([] { CheckoutUrlTemplate("https://s.example/?sku={sku}&e={expires}&s={sig"); },
                      "template", "'{' without '}'");
    requireFieldError([] { CheckoutUrlTemplate("https://s.example/?sku}={sku}&e={expires}&s={sig}"); },
                      "template", "'}' without '{'");
    requireFieldError([] { CheckoutUrlTemplate("https://s.example/ buy?sku={sku}&e={expires}&s={sig}"); },
                      "template", "spaces");
}

TEST_CASE("checkout: values the template cannot carry, and bad values, are refused", "[checkout][signed][limits]")
{
    const CheckoutUrlTemplate minimal("https://s.example/buy/{sku}?e={expires}&s={sig}");
    auto p = tangerines();
    requireFieldError([&] { signedCheckoutUrl(minimal, p, kSecret); }, "qty", "no {qty}");
    p.qty = 1;
    requireFieldError([&] { signedCheckoutUrl(minimal, p, kSecret); }, "stream", "no {stream}");
    p.stream.clear();
    p.claim = "H42";
    requireFieldError([&] { signedCheckoutUrl(minimal, p, kSecret); }, "claim", "no {claim}");
    p.claim.clear();
    const auto url = signedCheckoutUrl(minimal, p, kSecret);
    CHECK(verifyCheckoutUrl(minimal, url, kSecret, 0) == CheckoutVerdict::Valid);

    const CheckoutUrlTemplate t(kTemplate);
    p = tangerines();
    p.sku.clear();
    requireFieldError([&] { signedCheckoutUrl(t, p, kSecret); }, "sku", "is required");
    p.sku = std::string(65, 's');
    requireFieldError([&] { signedCheckoutUrl(t, p, kSecret); }, "sku", "at most 64");
    p = tangerines();
    p.qty = 10'000;
    requireFieldError([&] { signedCheckoutUrl(t, p, kSecret); }, "qty", "1 to 9999");
    p = tangerines();
    p.stream = "a\nb";
    requireFieldError([&] { signedCheckoutUrl(t, p, kSecret); }, "stream", "control characters");
    p = tangerines();
    p.expires = 0;
    requireFieldError([&] { signedCheckoutUrl(t, p, kSecret); }, "expires", "Unix time");
    CHECK_THROWS_WITH(signCheckout(tangerines(), "short"),
                      "the checkout secret is too short: at least 16 bytes");
}

TEST_CASE("checkout: secret files are trimmed, and their content never appears in errors", "[checkout][signed]")
{
    stallcast::test::TempDir dir;
    const auto write = [&](const std::string &name, const std::string &content) {
        std::ofstream(dir / name, std::ios::binary) << content;
        return dir / name;
    };
    CHECK(readCheckoutSecret(write("ok", "  " + kSecret + "\n")) == kSecret);
    const auto message = [](const std::filesystem::path &file) {
        try {
            readCheckoutSecret(file);
        } catch (const std::runtime_error &e) {
            return std::string(e.what());
        }
        return std::string("no error");
    };
    const auto shortSecret = message(write("short", "hunter2"));
    CHECK(shortSecret.find("fewer than 16 bytes") != std::string::npos);
    CHECK(shortSecret.find("hunter2") == std::string::npos);
    CHECK(message(write("empty", " \n")).find("is empty") != std::string::npos);
    CHECK(message(write("big", std::string(5000, 'x'))).find("over 4 KiB") != std::string::npos);
    CHECK(message(dir / "missing").find("cannot read") != std::string::npos);
}

TEST_CASE("checkout: a waitlist link signs its action, so it cannot be turned into a buy link or back", "[checkout][signed]")
{
    const CheckoutUrlTemplate t("https://shop.example/buy?sku={sku}&do={action}&exp={expires}&sig={sig}");
    auto buy = tangerines();
    buy.qty = 1;
    buy.stream.clear();
    auto waitlist = buy;
    waitlist.action = "waitlist";
    CHECK(canonicalCheckoutString(waitlist)
          == "stallcast-checkout-v2\nsku=TANG-5KG\nqty=1\nstream=\nclaim=\nexpires=1790000000\n"
             "action=waitlist");
    // A buy link keeps the version-1 string (links signed before actions existed still verify).
    CHECK(canonicalCheckoutString(buy).rfind("stallcast-checkout-v1\n", 0) == 0);

    const auto waitUrl = signedCheckoutUrl(t, waitlist, kSecret);
    const auto buyUrl = signedCheckoutUrl(t, buy, kSecret);
    CHECK(waitUrl.find("&do=waitlist&") != std::string::npos);
    CHECK(buyUrl.find("&do=&") != std::string::npos);
    CheckoutParameters read;
    CHECK(verifyCheckoutUrl(t, waitUrl, kSecret, 1'789'999'999, &read) == CheckoutVerdict::Valid);
    CHECK(read.action == "waitlist");
    CHECK(verifyCheckoutUrl(t, buyUrl, kSecret, 1'789'999'999, &read) == CheckoutVerdict::Valid);
    CHECK(read.action.empty());

    auto swapped = waitUrl;
    swapped.replace(swapped.find("do=waitlist"), 11, "do=");
    CHECK(verifyCheckoutUrl(t, swapped, kSecret, 1'789'999'999) == CheckoutVerdict::BadSignature);
    swapped = buyUrl;
    swapped.replace(swapped.find("do=&"), 4, "do=waitlist&");
    CHECK(verifyCheckoutUrl(t, swapped, kSecret, 1'789'999'999) == CheckoutVerdict::BadSignature);
    swapped = waitUrl;
    swapped.replace(swapped.find("do=waitlist"), 11, "do=refund");
    CHECK(verifyCheckoutUrl(t, swapped, kSecret, 1'789'999'999) == CheckoutVerdict::Malformed);

    // A template without {action} cannot carry one.
    requireFieldError([&] { signedCheckoutUrl(CheckoutUrlTemplate(kTemplate), waitlist, kSecret); },
                      "action", "no {action}");
    auto other = waitlist;
    other.action = "refund";
    requireFieldError([&] { canonicalCheckoutString(other); }, "action", "waitlist");
}
