#pragma once

// Masking stream keys and other secrets in destination URLs, for every log line and error
// message an output produces: rtmp://host/live/abcdef -> rtmp://host/live/ab****.

#include <string>
#include <string_view>
#include <vector>

namespace stallcast::media {

// The first two characters and "****" ("****" alone for secrets of 4 characters or fewer, so
// short keys are not half shown).
std::string maskSecret(std::string_view secret);

// The secrets in a destination URL: the password of user:password@, the stream key (last path
// segment of rtmp/rtmps URLs with app/key), every rtmp query value, and the srt streamid,
// passphrase and similar parameters.
std::vector<std::string> urlSecrets(std::string_view url);

// The URL with each of its secrets masked.
std::string maskUrl(std::string_view url);

// Any text (an FFmpeg error, a log line) with every occurrence of the URL's secrets masked.
std::string maskSecretsIn(std::string_view text, std::string_view url);

} // namespace stallcast::media
