#pragma once

// Runs ffprobe on a media file and reads what a viewer would get: streams, sizes, durations,
// start times and keyframe times. Fails the test (not skips) when ffprobe is missing.
#include <filesystem>
#include <string>
#include <vector>

namespace stallcast::test {

struct ProbedStream {
    std::string codecType; // "video", "audio"
    std::string codecName; // "h264", "aac"
    int width = 0, height = 0;
    int sampleRate = 0, channels = 0;
    double startTime = 0;
};

struct ProbedFile {
    std::vector<ProbedStream> streams;
    double duration = 0;
    std::vector<double> keyframeTimes; // of the video stream, seconds
    std::int64_t videoFrames = 0;

    const ProbedStream *stream(const std::string &type) const;
};

ProbedFile probeMedia(const std::filesystem::path &file);

// Runs a shell command, returns its stdout; requires exit status 0.
std::string runProgram(const std::string &command);

} // namespace stallcast::test
