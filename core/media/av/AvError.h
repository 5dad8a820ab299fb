#pragma once

#include <stdexcept>
#include <string>

namespace stallcast::media {

// FFmpeg's text for an AVERROR code, e.g. "No such file or directory".
std::string avErrorText(int code);

// A failure of an FFmpeg call, with what was being done in the message.
class MediaError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Throws MediaError("<what>: <FFmpeg's text>") when code is negative; returns code otherwise.
int checkAv(int code, const std::string &what);

} // namespace stallcast::media
