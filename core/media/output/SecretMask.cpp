#include "media/output/SecretMask.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace stallcast::media {
namespace {

bool startsWithNoCase(std::string_view text, std::string_view prefix)
{
    return text.size() >= prefix.size()
        && std::equal(prefix.begin(), prefix.end(), text.begin(), [](char a, char b) {
               return std::tolower(static_cast<unsigned char>(a))
                   == std::tolower(static_cast<unsigned char>(b));
           });
}

std::string lower(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

// Query parameter names whose values are secrets in any scheme.
bool isSecretParameter(std::string_view name)
{
    static constexpr std::array<std::string_view, 9> kNames{
        "streamid", "passphrase", "key", "pass", "password", "token", "secret", "auth", "sig"};
    const auto lowered = lower(name);
    return std::find(kNames.begin(), kNames.end(), lowered) != kNames.end();
}

struct UrlParts {
    std::string_view scheme;    // "rtmp"
    std::string_view authority; // "user:pass@host:port"
    std::string_view path;      // "/app/key" (may be empty)
    std::string_view query;     // "a=b&c=d" (without '?', may be empty)
};

bool splitUrl(std::string_view url, UrlParts &parts)
{
    const auto schemeEnd = url.find("://");
    if (schemeEnd == std::string_view::npos) {
        return false;
    }
    parts.scheme = url.substr(0, schemeEnd);
    auto rest = url.substr(schemeEnd + 3);
    const auto queryStart = rest.find('?');
    if (queryStart != std::string_view::npos) {
        parts.query = rest.substr(queryStart + 1);
        rest = rest.substr(0, queryStart);
    }
    const auto pathStart = rest.find('/');
    parts.authority = rest.substr(0, pathStart);
    parts.path = pathStart == std::string_view::npos ? std::string_view{} : rest.substr(pathStart);
    return true;
}

void replaceAll(std::string &text, const std::string &from, const std::string &to)
{
    if (from.empty()) {
        return;
    }
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
        text.replace(at, from.size(), to);
    }
}

} // namespace

std::string maskSecret(std::string_view secret)
{
    if (secret.size() <= 4) {
        return "****";
    }
    return std::string(secret.substr(0, 2)) + "****";
}

namespace {

struct Span {
    std::size_t offset;
    std::size_t length;
};

std::size_t offsetIn(std::string_view whole, std::string_view part)
{
    return static_cast<std::size_t>(part.data() - whole.data());
}

// Where the secrets of the URL are, as offsets into it, in order.
std::vector<Span> secretSpans(std::string_view url)
{
    std::vector<Span> spans;
    UrlParts parts;
    if (!splitUrl(url, parts)) {
        return spans;
    }
    const auto add = [&](std::string_view secret) {
        spans.push_back({offsetIn(url, secret), secret.size()});
    };
    const bool rtmp = startsWithNoCase(parts.scheme, "rtmp");
    const auto at = parts.authority.rfind('@');
    if (at != std::string_view::npos) {
        const auto userInfo = parts.authority.substr(0, at);
        const auto colon = userInfo.find(':');
        if (colon != std::string_view::npos && colon + 1 < userInfo.size()) {
            add(userInfo.substr(colon + 1));
        }
    }
    if (rtmp) {
        // /app/key (or /app/instance/key): everything after the application is the key.
        auto path = parts.path;
        while (!path.empty() && path.front() == '/') {
            path.remove_prefix(1);
        }
        const auto slash = path.find('/');
        if (slash != std::string_view::npos && slash + 1 < path.size()) {
            add(path.substr(slash + 1));
        }
    }
    auto query = parts.query;
    while (!query.empty()) {
        const auto amp = query.find('&');
        const auto pair = query.substr(0, amp);
        const auto equals = pair.find('=');
        if (equals != std::string_view::npos && equals + 1 < pair.size()
            && (rtmp || isSecretParameter(pair.substr(0, equals)))) {
            add(pair.substr(equals + 1));
        }
        query = amp == std::string_view::npos ? std::string_view{} : query.substr(amp + 1);
    }
    return spans;
}

} // namespace

std::vector<std::string> urlSecrets(std::string_view url)
{
    std::vector<std::string> secrets;
    for (const auto &span : secretSpans(url)) {
        secrets.emplace_back(url.substr(span.offset, span.length));
    }
    return secrets;
}

std::string maskUrl(std::string_view url)
{
    std::string masked(url);
    const auto spans = secretSpans(url);
    for (auto it = spans.rbegin(); it != spans.rend(); ++it) {
        masked.replace(it->offset, it->length, maskSecret(url.substr(it->offset, it->length)));
    }
    return masked;
}

std::string maskSecretsIn(std::string_view text, std::string_view url)
{
    std::string masked(text);
    replaceAll(masked, std::string(url), maskUrl(url));
    auto secrets = urlSecrets(url);
    // Longest first, so a secret that contains another is masked whole.
    std::sort(secrets.begin(), secrets.end(),
              [](const auto &a, const auto &b) { return a.size() > b.size(); });
    for (const auto &secret : secrets) {
        // Secrets of 3 characters or fewer would match innocent text ("1" in 127.0.0.1); they
        // are masked only where the whole URL appears (above).
        if (secret.size() > 3) {
            replaceAll(masked, secret, maskSecret(secret));
        }
    }
    return masked;
}

} // namespace stallcast::media
