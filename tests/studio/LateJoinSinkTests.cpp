// LateJoinSink: an output joining a running encode starts on a keyframe at time 0, with the
// audio of the same instant.
#include "TestFramework.h"

#include "media/av/AvPointers.h"
#include "media/canvas/FrameScaler.h"
#include "media/encode/VideoEncoder.h"
#include "media/pipeline/LateJoinSink.h"

extern "C" {
#include <libavutil/log.h>
}

#include <vector>

using namespace stallcast::media;

namespace {

struct Collected final : PacketSink {
    std::vector<EncodedPacket> packets;
    void push(const EncodedPacket &packet) override { packets.push_back(packet); }
};

EncodedPacket packet(int stream, std::int64_t pts, bool keyframe = false)
{
    PacketPtr p(av_packet_alloc());
    p->stream_index = stream;
    p->pts = pts;
    p->dts = pts;
    EncodedPacket out;
    out.keyframe = keyframe;
    out.packet = std::shared_ptr<const AVPacket>(p.release(), AvPacketDeleter{});
    return out;
}

} // namespace

TEST_CASE("studio late join: starts on a keyframe, timestamps from 0, audio of the same instant",
          "[studio]")
{
    ProgramDescription program;
    program.video.timeBase = {1, 30};
    program.audio.timeBase = {1, 48000};
    auto collected = std::make_shared<Collected>();
    LateJoinSink sink(collected, program);

    const int v = ProgramDescription::kVideoIndex, a = ProgramDescription::kAudioIndex;
    sink.push(packet(a, 48000 * 9));            // 9.0 s: before the keyframe's instant
    sink.push(packet(a, 48000 * 10));           // 10.0 s: exactly at it
    sink.push(packet(a, 48000 * 10 + 1024));    // after it, encoded before the keyframe came
    sink.push(packet(v, 299));                  // a frame before the keyframe: left out
    sink.push(packet(v, 300, true));            // 10.0 s
    sink.push(packet(a, 48000 * 10 + 2048));
    sink.push(packet(v, 301));

    REQUIRE(collected->packets.size() == 5);
    CHECK(collected->packets[0].packet->stream_index == v);
    CHECK(collected->packets[0].keyframe);
    CHECK(collected->packets[0].packet->pts == 0);
    CHECK(collected->packets[1].packet->pts == 0);
    CHECK(collected->packets[2].packet->pts == 1024);
    CHECK(collected->packets[3].packet->pts == 2048);
    CHECK(collected->packets[4].packet->pts == 1);
    CHECK(sink.skipped() == 2);
}

TEST_CASE("studio late join: a requested keyframe comes on the next picture and restarts the grid",
          "[studio]")
{
    av_log_set_level(AV_LOG_ERROR);
    VideoEncoderSettings settings;
    settings.hardware = "none";
    settings.zeroLatency = true; // one packet per picture, in order: easy to read
    settings.threads = 1;
    VideoEncoder encoder({160, 120, 30}, settings); // a keyframe every 60 pictures
    auto picture = allocateVideoFrame(160, 120, AV_PIX_FMT_YUV420P);
    paintBlack(*picture);
    std::vector<std::int64_t> keyframes;
    for (int pts = 0; pts < 200; ++pts) {
        if (pts == 25)
            encoder.requestKeyframe(); // an output joins
        picture->pts = pts;
        encoder.encode(picture.get(), [&](const EncodedPacket &p) {
            if (p.keyframe)
                keyframes.push_back(p.packet->pts);
        });
    }
    CHECK(keyframes == std::vector<std::int64_t>{0, 25, 85, 145});
}
