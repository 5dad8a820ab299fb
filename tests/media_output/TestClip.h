#pragma once

// A few seconds of real encoded content for the output tests: a moving picture through libx264
// and a tone through FFmpeg's AAC encoder, packets interleaved by time as a canvas would push
// them.

#include "media/EncodedPacket.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <vector>

namespace stallcast::test {

struct TestClip {
    media::ProgramDescription program;
    std::vector<media::EncodedPacket> packets; // in delivery order (by dts)
    int width = 0;
    int height = 0;
    int fps = 0;
    double seconds = 0;
};

struct ClipOptions {
    double keyframeSeconds = 1.0; // x264's keyframe interval
    int bFrames = 0;              // > 0: disposable B-frames
    std::int64_t videoBitRate = 400000;
    bool noise = false; // random pictures: as many bytes as videoBitRate allows
};

TestClip encodeTestClip(double seconds, int width = 320, int height = 240, int fps = 30,
                        double keyframeSeconds = 1.0, int bFrames = 0);
TestClip encodeTestClip(double seconds, int width, int height, int fps,
                        const ClipOptions &options);

// The time of a packet in seconds (its dts in its stream's time base).
double packetSeconds(const TestClip &clip, const media::EncodedPacket &packet);

// Pushes the packets into every sink at the pace of their timestamps (speed 2 = twice as fast),
// from `from` (default: the first packet) and stopping before `to` (seconds of content). Calls `between` after each
// push with the content time reached. Returns the longest single push() call.
std::chrono::microseconds pushPaced(const TestClip &clip,
                                    const std::vector<media::PacketSink *> &sinks,
                                    double from = -1e9, double to = 1e9, double speed = 1.0,
                                    const std::function<void(double)> &between = {});

} // namespace stallcast::test
