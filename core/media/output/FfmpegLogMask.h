#pragma once

// FFmpeg logs on its own (av_log), and a server's error text may quote the stream name. While an
// output is open its URL is registered here, and the av_log callback installed by
// installFfmpegLogMasking() masks every registered secret in every FFmpeg line before printing.
// Whoever installs another av_log callback must pass its lines through maskRegisteredSecrets().

#include <functional>
#include <string>
#include <string_view>

namespace stallcast::media {

// Keeps one URL's secrets registered for as long as it lives.
class RegisteredUrl {
public:
    explicit RegisteredUrl(std::string url);
    RegisteredUrl(const RegisteredUrl &) = delete;
    RegisteredUrl &operator=(const RegisteredUrl &) = delete;
    ~RegisteredUrl();

private:
    std::string m_url;
};

// The text with the secrets of every registered URL masked.
std::string maskRegisteredSecrets(std::string_view text);

// Installs (once) an av_log callback that masks, then hands the line to the sink (standard
// error by default). Lines above av_log_get_level() are skipped, as FFmpeg's own callback does.
void installFfmpegLogMasking();
// Where masked FFmpeg lines go (tests capture them); an empty function restores standard error.
void setFfmpegLogSink(std::function<void(int level, std::string_view line)> sink);

} // namespace stallcast::media
