#pragma once

// Running the real ffprobe/ffmpeg programs from the output tests. Each throws
// std::runtime_error, saying which program, when it is missing or fails.

#include <sys/types.h>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace stallcast::test {

// Runs the program (looked up on PATH), returns its standard output; throws when it cannot be
// started or exits non-zero (with its standard error in the message).
std::string runProgram(const std::vector<std::string> &argv);

struct ProbedStream {
    std::string type;  // "video", "audio"
    std::string codec; // "h264", "aac"
    int width = 0;
    int height = 0;
    double startSeconds = 0;
};

struct ProbedFile {
    std::vector<ProbedStream> streams;
    double durationSeconds = 0;
    std::optional<ProbedStream> stream(const std::string &type) const;
};

ProbedFile probeFile(const std::filesystem::path &file);
// Whether the file's first video packet is a keyframe (a decoder can start there). FFmpeg's
// H.264 decoder silently skips frames before the first keyframe, so decoding cannot tell.
bool startsWithKeyframe(const std::filesystem::path &file);

// Presentation times (s) of the video keyframes.
std::vector<double> keyframeTimes(const std::filesystem::path &file);

// A program running in the background (an SRT listener), its output in a log file.
class BackgroundProgram final {
public:
    BackgroundProgram(const std::vector<std::string> &argv, const std::filesystem::path &log);
    BackgroundProgram(const BackgroundProgram &) = delete;
    BackgroundProgram &operator=(const BackgroundProgram &) = delete;
    ~BackgroundProgram();

    // True once it has exited (within the timeout); its exit status is then exitCode().
    bool waitForExit(int timeoutMs);
    void interrupt(); // SIGINT: ffmpeg finishes its file
    int exitCode() const { return m_exitCode; }

private:
    pid_t m_pid = -1;
    int m_exitCode = -1;
};

} // namespace stallcast::test
