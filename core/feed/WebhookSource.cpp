#include "feed/Webhook.h"

#include <array>

namespace stallcast::feed {

namespace {

struct SourceName {
    WebhookSource source;
    std::string_view name;
};

constexpr std::array<SourceName, 4> kSourceNames{{
    {WebhookSource::Stallcast, "stallcast"},
    {WebhookSource::Shopify, "shopify"},
    {WebhookSource::WooCommerce, "woocommerce"},
    {WebhookSource::Stripe, "stripe"},
}};

char lowerAscii(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (lowerAscii(a[i]) != lowerAscii(b[i]))
            return false;
    return true;
}

} // namespace

std::string_view toString(WebhookSource source)
{
    for (const auto &entry : kSourceNames)
        if (entry.source == source)
            return entry.name;
    return "unknown";
}

std::optional<WebhookSource> webhookSourceFromString(std::string_view name)
{
    for (const auto &entry : kSourceNames)
        if (equalsIgnoringCase(entry.name, name))
            return entry.source;
    return std::nullopt;
}

} // namespace stallcast::feed
