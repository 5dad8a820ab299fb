#include "media/output/FfmpegLogMask.h"

#include "media/output/SecretMask.h"

extern "C" {
#include <libavutil/log.h>
}

#include <cstdio>
#include <map>
#include <mutex>

namespace stallcast::media {
namespace {

struct Registry {
    std::mutex mutex;
    std::multimap<std::string, int> urls; // a URL may be open twice (same key, two canvases)
    std::function<void(int, std::string_view)> sink;
};

Registry &registry()
{
    static Registry instance;
    return instance;
}

void maskingCallback(void *avcl, int level, const char *format, va_list arguments)
{
    if (level > av_log_get_level()) {
        return;
    }
    thread_local int printPrefix = 1;
    char line[2048];
    av_log_format_line2(avcl, level, format, arguments, line, sizeof line, &printPrefix);
    const auto masked = maskRegisteredSecrets(line);
    std::function<void(int, std::string_view)> sink;
    {
        std::lock_guard lock(registry().mutex);
        sink = registry().sink;
    }
    if (sink) {
        sink(level, masked);
    } else {
        std::fputs(masked.c_str(), stderr);
    }
}

} // namespace

RegisteredUrl::RegisteredUrl(std::string url)
    : m_url(std::move(url))
{
    std::lock_guard lock(registry().mutex);
    registry().urls.emplace(m_url, 0);
}

RegisteredUrl::~RegisteredUrl()
{
    std::lock_guard lock(registry().mutex);
    const auto it = registry().urls.find(m_url);
    if (it != registry().urls.end()) {
        registry().urls.erase(it);
    }
}

std::string maskRegisteredSecrets(std::string_view text)
{
    std::string masked(text);
    std::lock_guard lock(registry().mutex);
    for (const auto &[url, unused] : registry().urls) {
        masked = maskSecretsIn(masked, url);
    }
    return masked;
}

void installFfmpegLogMasking()
{
    static std::once_flag once;
    std::call_once(once, [] { av_log_set_callback(&maskingCallback); });
}

void setFfmpegLogSink(std::function<void(int level, std::string_view line)> sink)
{
    std::lock_guard lock(registry().mutex);
    registry().sink = std::move(sink);
}

} // namespace stallcast::media
