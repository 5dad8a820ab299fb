// libFuzzer target: the Stripe webhook payload parser.
#include "FuzzChecks.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return stallcast::fuzz::fuzzPayload(stallcast::feed::WebhookSource::Stripe, data, size);
}
