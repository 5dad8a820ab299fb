#include "feed/WebhookSignature.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <stdexcept>

namespace stallcast::feed {

namespace {

// A secret file holds one short line; anything far larger is the wrong file.
constexpr std::size_t kMaxSecretFileBytes = 64 * 1024;

std::string_view trimWhitespace(std::string_view s)
{
    const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!s.empty() && blank(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && blank(s.back()))
        s.remove_suffix(1);
    return s;
}

std::size_t indexOf(WebhookSource source)
{
    const auto index = static_cast<std::size_t>(source);
    if (index >= 4)
        throw std::invalid_argument("unknown webhook source");
    return index;
}

std::string environmentName(WebhookSource source)
{
    std::string name = "STALLCAST_SECRET_";
    for (char c : toString(source))
        name.push_back(static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c));
    return name;
}

} // namespace

void SecretSet::add(WebhookSource source, std::string secret)
{
    auto &list = m_secrets[indexOf(source)];
    if (secret.empty())
        throw std::invalid_argument("empty " + std::string(toString(source)) + " secret");
    if (std::find(list.begin(), list.end(), secret) == list.end())
        list.push_back(std::move(secret));
}

void SecretSet::addFromFile(WebhookSource source, const std::filesystem::path &file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot read secret file " + file.string());
    std::string content;
    char buffer[4096];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        content.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (content.size() > kMaxSecretFileBytes)
            throw std::runtime_error("secret file " + file.string() + " is too large");
    }
    if (in.bad())
        throw std::runtime_error("cannot read secret file " + file.string());
    const std::string_view secret = trimWhitespace(content);
    if (secret.empty())
        throw std::runtime_error("secret file " + file.string() + " is empty");
    add(source, std::string(secret));
}

void SecretSet::addFromEnvironment()
{
    for (auto source : {WebhookSource::Stallcast, WebhookSource::Shopify,
                        WebhookSource::WooCommerce, WebhookSource::Stripe}) {
        const char *value = std::getenv(environmentName(source).c_str());
        if (value == nullptr)
            continue;
        std::string_view rest = value;
        while (true) {
            const auto comma = rest.find(',');
            const std::string_view secret = trimWhitespace(rest.substr(0, comma));
            if (!secret.empty())
                add(source, std::string(secret));
            if (comma == std::string_view::npos)
                break;
            rest.remove_prefix(comma + 1);
        }
    }
}

const std::vector<std::string> &SecretSet::secrets(WebhookSource source) const
{
    return m_secrets[indexOf(source)];
}

} // namespace stallcast::feed
