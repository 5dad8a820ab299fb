#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace stallcast::media {

// What the merchant (or the command line) chose for a canvas's H.264.
struct VideoEncoderSettings {
    std::string preset = "veryfast";       // libx264 preset
    std::int64_t bitrate = 4'500'000;      // bit/s, constant (CBR: max rate = bitrate, 1 s buffer)
    std::string profile = "high";          // baseline, main, high
    double keyframeSeconds = 2.0;          // a keyframe every this many seconds, exactly
    bool zeroLatency = false;              // libx264 tune zerolatency (no B-frames, no lookahead)
    std::string hardware = "auto";         // auto: try the platform's hardware encoders first;
                                           // none: libx264 only; or one encoder name
    int threads = 0;                       // 0: one per CPU core (at most 8)
    // libx264 look-ahead in frames (0: a sixth of a second; always none with zeroLatency).
    // Short: less latency and memory (each 1080p frame in flight is ~7 MB); the benchmark's
    // baseline uses the same.
    int lookaheadFrames = 0;
};

// The libx264 options (x264-params) these settings mean at this frame rate: keyframes on time
// (no scene cuts, closed GOPs), threads per core, no threaded look-ahead buffer.
std::string x264Params(const VideoEncoderSettings &settings, int fps);

// The hardware H.264 encoders worth trying on this platform, best first.
std::vector<std::string> hardwareEncoderCandidates();

// The encoders to try, in order, for these settings; always ends with libx264.
std::vector<std::string> encoderCandidates(const VideoEncoderSettings &settings);

} // namespace stallcast::media
