// libFuzzer target: the "t=...,v1=..." signature header parser and the full signature check for
// every scheme (header taken from the input, body fixed).
#include "feed/SignatureHeader.h"
#include "feed/WebhookSignature.h"

#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace stallcast::feed;
    const std::string header(reinterpret_cast<const char *>(data), size);
    if (const auto parsed = parseTimestampedSignature(header)) {
        if (parsed->v1.empty() || parsed->v1.size() > kMaxSignaturesPerHeader
            || parsed->timestamp < 0 || parsed->timestampText.empty())
            std::abort();
        for (const auto &v1 : parsed->v1)
            if (v1.size() != 32)
                std::abort();
    }
    static const SecretSet secrets = [] {
        SecretSet set;
        for (auto source : {WebhookSource::Stallcast, WebhookSource::Shopify,
                            WebhookSource::WooCommerce, WebhookSource::Stripe})
            set.add(source, "fuzz-secret");
        return set;
    }();
    for (auto [source, name] : {std::pair{WebhookSource::Stallcast, "stallcast-signature"},
                                {WebhookSource::Stripe, "stripe-signature"},
                                {WebhookSource::Shopify, "x-shopify-hmac-sha256"},
                                {WebhookSource::WooCommerce, "x-wc-webhook-signature"}}) {
        const Delivery delivery{source, {{name, header}}, "{}"};
        // Forging a valid HMAC is not something a fuzzer can do.
        if (checkSignature(delivery, secrets, 1'700'000'000) == SignatureCheck::Valid)
            std::abort();
    }
    return 0;
}
