// The encoders on their own: fallback, global headers, keyframes, disposable frames, dynamic
// bitrate.
#include "TestFramework.h"

#include "media/av/AvPointers.h"
#include "media/canvas/FrameScaler.h"
#include "media/encode/AudioEncoder.h"
#include "media/encode/H264Nal.h"
#include "media/encode/VideoEncoder.h"
#include "media/pipeline/DynamicBitrate.h"

#include <random>

using namespace stallcast::media;

namespace {

// Encodes `frames` pictures of moving noise (hard to compress) and returns what came out.
std::vector<EncodedPacket> encodeNoise(VideoEncoder &encoder, int frames, int from = 0,
                                       int bitrateChangeAt = -1, std::int64_t newBitrate = 0)
{
    std::vector<EncodedPacket> packets;
    std::mt19937 random(static_cast<unsigned>(from + 1));
    auto picture = allocateVideoFrame(320, 240, AV_PIX_FMT_YUV420P);
    for (int i = 0; i < frames; ++i) {
        if (i == bitrateChangeAt)
            encoder.requestBitrate(newBitrate);
        av_frame_make_writable(picture.get());
        for (int plane = 0; plane < 3; ++plane)
            for (int y = 0; y < (plane ? 120 : 240); ++y)
                for (int x = 0; x < (plane ? 160 : 320); ++x)
                    picture->data[plane][y * picture->linesize[plane] + x] =
                        static_cast<std::uint8_t>(random());
        picture->pts = from + i;
        encoder.encode(picture.get(), [&](const EncodedPacket &p) { packets.push_back(p); });
    }
    return packets;
}

} // namespace

TEST_CASE("media encoders: a missing hardware encoder falls back to libx264", "[media]")
{
    VideoEncoderSettings settings;
    settings.hardware = "h264_nvenc"; // no NVIDIA GPU on a CI machine (or this one)
    std::vector<std::string> lines;
    VideoEncoder encoder({320, 240, 30}, settings, [&](const std::string &l) { lines.push_back(l); });
    CHECK(encoder.encoderName() == (encoderCandidates(settings).front() == "h264_nvenc"
                                                && lines.empty()
                                            ? "h264_nvenc"
                                            : "libx264"));
    if (encoder.encoderName() == "libx264") {
        REQUIRE(lines.size() == 1);
        CHECK(lines[0].find("h264_nvenc") != std::string::npos);
    }
    settings.hardware = "no_such_encoder";
    VideoEncoder fallback({320, 240, 30}, settings);
    CHECK(fallback.encoderName() == "libx264");
    CHECK(encoderCandidates(VideoEncoderSettings{}).back() == "libx264");
}

TEST_CASE("media encoders: global header, keyframe interval and disposable B-frames", "[media]")
{
    VideoEncoderSettings settings;
    settings.hardware = "none";
    settings.keyframeSeconds = 1; // 30 frames at 30 fps
    VideoEncoder encoder({320, 240, 30}, settings);
    const auto description = encoder.description();
    REQUIRE(description.parameters);
    CHECK(description.parameters->codec_id == AV_CODEC_ID_H264);
    CHECK(description.parameters->extradata_size > 0); // SPS/PPS for any muxer, any time
    CHECK(description.timeBase.den == 30);

    auto packets = encodeNoise(encoder, 90);
    encoder.encode(nullptr, [&](const EncodedPacket &p) { packets.push_back(p); });
    REQUIRE(packets.size() == 90);
    std::vector<std::int64_t> keyframes;
    int disposable = 0;
    for (const auto &p : packets) {
        if (p.keyframe)
            keyframes.push_back(p.packet->pts);
        disposable += p.disposable ? 1 : 0;
        CHECK_FALSE((p.keyframe && p.disposable));
        CHECK(p.disposable == isDisposableH264(p.packet->data, static_cast<std::size_t>(p.packet->size)));
    }
    CHECK(keyframes == std::vector<std::int64_t>{0, 30, 60});
    CHECK(disposable > 0); // veryfast uses B-frames; the non-reference ones are flagged

    settings.zeroLatency = true; // no B-frames: every frame is a reference
    VideoEncoder live({320, 240, 30}, settings);
    auto livePackets = encodeNoise(live, 30);
    for (const auto &p : livePackets)
        CHECK_FALSE(p.disposable);
}

TEST_CASE("media encoders: the H.264 NAL reader finds non-reference slices", "[media]")
{
    // Annex B: SEI (no ref), then a non-IDR slice with nal_ref_idc 0 -> disposable.
    const std::uint8_t nonRef[] = {0, 0, 0, 1, 0x06, 0xAA, 0, 0, 1, 0x01, 0x88};
    CHECK(isDisposableH264(nonRef, sizeof nonRef));
    // A slice with nal_ref_idc 2 -> a reference.
    const std::uint8_t ref[] = {0, 0, 0, 1, 0x41, 0x9A};
    CHECK_FALSE(isDisposableH264(ref, sizeof ref));
    // AVCC (4-byte lengths): one non-reference slice.
    const std::uint8_t avcc[] = {0, 0, 0, 2, 0x01, 0x9E};
    CHECK(isDisposableH264(avcc, sizeof avcc));
    const std::uint8_t nothing[] = {0, 0, 0, 1, 0x67, 0x42}; // SPS only: no slice
    CHECK_FALSE(isDisposableH264(nothing, sizeof nothing));
}

TEST_CASE("media encoders: dynamic bitrate lowers the bitrate while encoding", "[media]")
{
    VideoEncoderSettings settings;
    settings.hardware = "none";
    settings.zeroLatency = true;
    settings.bitrate = 2'000'000;
    VideoEncoder encoder({320, 240, 30}, settings);
    const auto packets = encodeNoise(encoder, 120, 0, 60, 400'000);
    CHECK(encoder.bitrate() == 400'000);
    std::int64_t before = 0, after = 0;
    for (const auto &p : packets)
        (p.packet->pts < 60 ? before : after) += p.packet->size;
    // The second half used far fewer bytes (noise fills whatever the rate control allows).
    CHECK(after * 2 < before);
}

TEST_CASE("media encoders: the dynamic bitrate policy", "[media]")
{
    DynamicBitrate policy(4'000'000);
    CHECK(policy.next(0.0) == 4'000'000);
    CHECK(policy.next(0.8) == 3'000'000);     // congested: -25%
    CHECK(policy.next(0.9) == 2'250'000);
    for (int i = 0; i < 10; ++i)
        policy.next(1.0);
    CHECK(policy.current() == 1'000'000);     // floor: a quarter of the chosen bitrate
    for (int i = 0; i < 4; ++i)
        CHECK(policy.next(0.0) == 1'000'000); // calm, but not long enough yet
    CHECK(policy.next(0.0) == 1'400'000);     // +10% of the chosen bitrate
    CHECK(policy.next(0.3) == 1'400'000);     // in between: hold
    for (int i = 0; i < 200; ++i)
        policy.next(0.0);
    CHECK(policy.current() == 4'000'000);     // never above what the merchant chose
}

TEST_CASE("media encoders: AAC 48 kHz stereo with its AudioSpecificConfig", "[media]")
{
    AudioEncoder encoder;
    const auto description = encoder.description();
    CHECK(description.parameters->codec_id == AV_CODEC_ID_AAC);
    CHECK(description.parameters->sample_rate == 48000);
    CHECK(description.parameters->ch_layout.nb_channels == 2);
    CHECK(description.parameters->extradata_size >= 2);
    CHECK(encoder.frameSize() == 1024);
    auto frame = encoder.makeFrame();
    int packets = 0;
    for (int i = 0; i < 10; ++i) {
        av_frame_make_writable(frame.get());
        for (int c = 0; c < 2; ++c)
            std::fill_n(reinterpret_cast<float *>(frame->data[c]), 1024, 0.1f * static_cast<float>(i % 3));
        frame->pts = i * 1024;
        encoder.encode(frame.get(), [&](const EncodedPacket &p) {
            CHECK(p.packet->stream_index == ProgramDescription::kAudioIndex);
            ++packets;
        });
    }
    encoder.encode(nullptr, [&](const EncodedPacket &) { ++packets; });
    CHECK(packets == 11); // 10 frames + the encoder's priming frame
}

TEST_CASE("media encoders: keyframes stay on the time grid when ticks are missed", "[media]")
{
    VideoEncoderSettings settings;
    settings.hardware = "none";
    settings.zeroLatency = true;
    settings.keyframeSeconds = 1; // every 30 ticks at 30 fps
    VideoEncoder encoder({320, 240, 30}, settings);
    std::vector<EncodedPacket> packets;
    auto picture = allocateVideoFrame(320, 240, AV_PIX_FMT_YUV420P);
    paintBlack(*picture);
    for (std::int64_t tick = 0; tick < 100; ++tick) {
        if (tick % 7 == 3)
            continue; // a missed tick: no frame for it
        av_frame_make_writable(picture.get());
        picture->data[0][tick % 100] = static_cast<std::uint8_t>(tick);
        picture->pts = tick;
        encoder.encode(picture.get(), [&](const EncodedPacket &p) { packets.push_back(p); });
    }
    encoder.encode(nullptr, [&](const EncodedPacket &p) { packets.push_back(p); });
    std::vector<std::int64_t> keyframes;
    for (const auto &p : packets)
        if (p.keyframe)
            keyframes.push_back(p.packet->pts);
    // Ticks 0, 30, 60 and 90 were all rendered (none is 3 mod 7): the keyframes are there, not
    // 30 frames after the previous one (which would drift by the missed ticks).
    CHECK(keyframes == std::vector<std::int64_t>{0, 30, 60, 90});
}

TEST_CASE("media encoders: zerolatency hands each picture's packet on at once (no look-ahead)", "[media]")
{
    VideoEncoderSettings settings;
    settings.hardware = "none";
    settings.preset = "veryfast";
    settings.zeroLatency = true;
    CHECK(x264Params(settings, 30).find("rc-lookahead=0") != std::string::npos);
    settings.zeroLatency = false;
    CHECK(x264Params(settings, 30).find("rc-lookahead=5") != std::string::npos);
    settings.zeroLatency = true;
    VideoEncoder encoder({320, 240, 30}, settings);
    REQUIRE(encoder.encoderName() == "libx264");
    for (int i = 0; i < 8; ++i) {
        INFO("picture " << i);
        // One picture in, its packet out: nothing held back.
        CHECK(encodeNoise(encoder, 1, i).size() == 1);
    }
}
