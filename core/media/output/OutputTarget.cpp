#include "media/output/OutputTarget.h"

#include "media/output/SecretMask.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <stdexcept>
#include <string>

namespace stallcast::media {
namespace {

std::string lower(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

[[noreturn]] void reject(std::string_view input, const std::string &rule)
{
    throw std::invalid_argument("output '" + maskUrl(input) + "': " + rule);
}

// host[:port] of scheme://[user@]host[:port]/...; checks the port when present.
void checkAuthority(std::string_view input, std::string_view authority, bool portRequired)
{
    const auto at = authority.rfind('@');
    if (at != std::string_view::npos) {
        authority.remove_prefix(at + 1);
    }
    const auto colon = authority.rfind(':');
    const auto host = authority.substr(0, colon);
    if (host.empty()) {
        reject(input, "the host is missing");
    }
    if (colon == std::string_view::npos) {
        if (portRequired) {
            reject(input, "the port is missing (srt://host:port)");
        }
        return;
    }
    const auto port = authority.substr(colon + 1);
    int value = 0;
    for (const char c : port) {
        if (!std::isdigit(static_cast<unsigned char>(c)) || value > 65535) {
            reject(input, "the port must be a number from 1 to 65535");
        }
        value = value * 10 + (c - '0');
    }
    if (port.empty() || value < 1 || value > 65535) {
        reject(input, "the port must be a number from 1 to 65535");
    }
}

OutputTarget parseRtmp(std::string_view input, OutputKind kind, std::size_t schemeLength)
{
    auto rest = input.substr(schemeLength);
    const auto query = rest.find('?');
    const auto beforeQuery = rest.substr(0, query);
    const auto slash = beforeQuery.find('/');
    checkAuthority(input, beforeQuery.substr(0, slash), false);
    auto path = slash == std::string_view::npos ? std::string_view{} : beforeQuery.substr(slash + 1);
    const auto keySlash = path.find('/');
    if (path.empty() || keySlash == 0) {
        reject(input, "the application is missing (rtmp://host/app/streamkey)");
    }
    if (keySlash == std::string_view::npos || keySlash + 1 >= path.size()) {
        reject(input, "the stream key is missing (rtmp://host/app/streamkey)");
    }
    return OutputTarget{kind, std::string(input), "flv"};
}

OutputTarget parseSrt(std::string_view input)
{
    auto rest = input.substr(6);
    const auto query = rest.find('?');
    const auto beforeQuery = rest.substr(0, query);
    checkAuthority(input, beforeQuery.substr(0, beforeQuery.find('/')), true);
    if (query != std::string_view::npos) {
        const auto parameters = "&" + lower(rest.substr(query + 1)) + "&";
        if (parameters.find("&mode=") != std::string::npos
            && parameters.find("&mode=caller&") == std::string::npos) {
            reject(input, "only mode=caller is supported (Stallcast calls the SRT listener)");
        }
    }
    return OutputTarget{OutputKind::Srt, std::string(input), "mpegts"};
}

OutputTarget parseRecording(std::string_view input)
{
    const std::filesystem::path path{std::string(input)};
    if (!path.has_filename()) {
        reject(input, "a recording needs a file name, not a directory");
    }
    const auto extension = lower(path.extension().string());
    std::string muxer;
    if (extension.empty() || extension == ".mkv" || extension == ".mka") {
        muxer = "matroska";
    } else if (extension == ".mp4" || extension == ".mov") {
        muxer = "mp4";
    } else if (extension == ".flv") {
        muxer = "flv";
    } else if (extension == ".ts") {
        muxer = "mpegts";
    } else {
        reject(input, "unsupported recording extension '" + extension
                          + "' (use .mkv, .mp4, .flv or .ts)");
    }
    return OutputTarget{OutputKind::Recording, std::string(input), muxer};
}

} // namespace

OutputTarget OutputTarget::parse(std::string_view urlOrPath)
{
    if (urlOrPath.empty()) {
        throw std::invalid_argument(
            "output: the destination is empty (expected rtmp://, rtmps://, srt:// or a file)");
    }
    const auto lowered = lower(urlOrPath.substr(0, std::min<std::size_t>(urlOrPath.size(), 9)));
    if (lowered.rfind("rtmp://", 0) == 0) {
        return parseRtmp(urlOrPath, OutputKind::Rtmp, 7);
    }
    if (lowered.rfind("rtmps://", 0) == 0) {
        return parseRtmp(urlOrPath, OutputKind::Rtmps, 8);
    }
    if (lowered.rfind("srt://", 0) == 0) {
        return parseSrt(urlOrPath);
    }
    const auto scheme = urlOrPath.find("://");
    if (scheme != std::string_view::npos) {
        // We do not know where this scheme keeps its key: show only scheme://host, never the
        // path, query or credentials.
        auto host = urlOrPath.substr(scheme + 3);
        host = host.substr(0, host.find_first_of("/?#"));
        if (const auto at = host.rfind('@'); at != std::string_view::npos)
            host = host.substr(at + 1);
        throw std::invalid_argument("output '" + std::string(urlOrPath.substr(0, scheme)) + "://"
                                    + std::string(host) + "/…': unsupported protocol '"
                                    + std::string(urlOrPath.substr(0, scheme))
                                    + "' (use rtmp://, rtmps://, srt:// or a file path)");
    }
    return parseRecording(urlOrPath);
}

std::string OutputTarget::maskedName() const
{
    return isNetwork() ? maskUrl(url) : url;
}

} // namespace stallcast::media
