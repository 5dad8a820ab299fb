#include "TestClip.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavutil/channel_layout.h>
#include <libavutil/opt.h>
}

#include <algorithm>
#include <cmath>
#include <memory>
#include <random>
#include <stdexcept>
#include <string>
#include <thread>

namespace stallcast::test {
namespace {

struct CodecContextDeleter {
    void operator()(AVCodecContext *context) const noexcept { avcodec_free_context(&context); }
};
using CodecContextPtr = std::unique_ptr<AVCodecContext, CodecContextDeleter>;

struct FrameDeleter {
    void operator()(AVFrame *frame) const noexcept { av_frame_free(&frame); }
};
using FramePtr = std::unique_ptr<AVFrame, FrameDeleter>;

void check(int rc, const std::string &what)
{
    if (rc < 0) {
        char text[AV_ERROR_MAX_STRING_SIZE] = {};
        av_strerror(rc, text, sizeof text);
        throw std::runtime_error("test clip: " + what + ": " + text);
    }
}

CodecContextPtr openEncoder(const char *name, const std::function<void(AVCodecContext &)> &setup)
{
    const AVCodec *codec = avcodec_find_encoder_by_name(name);
    if (!codec) {
        throw std::runtime_error(std::string("test clip: FFmpeg has no ") + name + " encoder");
    }
    CodecContextPtr context(avcodec_alloc_context3(codec));
    setup(*context);
    context->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    check(avcodec_open2(context.get(), codec, nullptr), std::string("opening ") + name);
    return context;
}

media::StreamDescription describe(const AVCodecContext &context)
{
    media::CodecParametersPtr parameters(avcodec_parameters_alloc());
    check(avcodec_parameters_from_context(parameters.get(), &context), "codec parameters");
    return media::StreamDescription{
        std::shared_ptr<const AVCodecParameters>(parameters.release(),
                                                 media::CodecParametersDeleter{}),
        context.time_base};
}

void drain(AVCodecContext &context, int streamIndex, std::vector<media::EncodedPacket> &out)
{
    for (;;) {
        media::PacketPtr packet(av_packet_alloc());
        const int rc = avcodec_receive_packet(&context, packet.get());
        if (rc == AVERROR(EAGAIN) || rc == AVERROR_EOF) {
            return;
        }
        check(rc, "receiving a packet");
        packet->stream_index = streamIndex;
        const bool keyframe = (packet->flags & AV_PKT_FLAG_KEY) != 0;
        const bool disposable = (packet->flags & AV_PKT_FLAG_DISPOSABLE) != 0;
        out.push_back(media::EncodedPacket{
            std::shared_ptr<const AVPacket>(packet.release(), media::AvPacketDeleter{}), keyframe,
            disposable});
    }
}

void encodeVideo(TestClip &clip, AVCodecContext &encoder, int frames, bool noise,
                 std::vector<media::EncodedPacket> &out)
{
    std::mt19937 random(42);
    FramePtr frame(av_frame_alloc());
    frame->format = AV_PIX_FMT_YUV420P;
    frame->width = clip.width;
    frame->height = clip.height;
    check(av_frame_get_buffer(frame.get(), 0), "video frame");
    for (int n = 0; n < frames; ++n) {
        check(av_frame_make_writable(frame.get()), "video frame writable");
        for (int y = 0; y < clip.height; ++y) {
            for (int x = 0; x < clip.width; ++x) {
                frame->data[0][y * frame->linesize[0] + x] = noise
                    ? static_cast<std::uint8_t>(random() & 0xff)
                    : static_cast<std::uint8_t>((x + y + n * 4) & 0xff);
            }
        }
        for (int y = 0; y < clip.height / 2; ++y) {
            for (int x = 0; x < clip.width / 2; ++x) {
                frame->data[1][y * frame->linesize[1] + x] = static_cast<std::uint8_t>(128 + y + n);
                frame->data[2][y * frame->linesize[2] + x] = static_cast<std::uint8_t>(64 + x + n);
            }
        }
        frame->pts = n;
        check(avcodec_send_frame(&encoder, frame.get()), "sending a video frame");
        drain(encoder, media::ProgramDescription::kVideoIndex, out);
    }
    check(avcodec_send_frame(&encoder, nullptr), "flushing video");
    drain(encoder, media::ProgramDescription::kVideoIndex, out);
}

void encodeAudio(AVCodecContext &encoder, double seconds, std::vector<media::EncodedPacket> &out)
{
    FramePtr frame(av_frame_alloc());
    frame->format = encoder.sample_fmt;
    frame->nb_samples = encoder.frame_size;
    check(av_channel_layout_copy(&frame->ch_layout, &encoder.ch_layout), "channel layout");
    frame->sample_rate = encoder.sample_rate;
    check(av_frame_get_buffer(frame.get(), 0), "audio frame");
    const auto total = static_cast<std::int64_t>(seconds * encoder.sample_rate);
    for (std::int64_t start = 0; start < total; start += encoder.frame_size) {
        check(av_frame_make_writable(frame.get()), "audio frame writable");
        for (int c = 0; c < encoder.ch_layout.nb_channels; ++c) {
            auto *samples = reinterpret_cast<float *>(frame->data[c]);
            for (int i = 0; i < encoder.frame_size; ++i) {
                samples[i] = 0.2f * static_cast<float>(std::sin(
                    2.0 * M_PI * 440.0 * static_cast<double>(start + i) / encoder.sample_rate));
            }
        }
        frame->pts = start;
        check(avcodec_send_frame(&encoder, frame.get()), "sending an audio frame");
        drain(encoder, media::ProgramDescription::kAudioIndex, out);
    }
    check(avcodec_send_frame(&encoder, nullptr), "flushing audio");
    drain(encoder, media::ProgramDescription::kAudioIndex, out);
}

} // namespace

double packetSeconds(const TestClip &clip, const media::EncodedPacket &packet)
{
    const AVPacket &av = *packet.packet;
    const auto &description = av.stream_index == media::ProgramDescription::kVideoIndex
        ? clip.program.video
        : clip.program.audio;
    const auto ts = av.dts != AV_NOPTS_VALUE ? av.dts : av.pts;
    return static_cast<double>(ts) * av_q2d(description.timeBase);
}

TestClip encodeTestClip(double seconds, int width, int height, int fps, double keyframeSeconds,
                        int bFrames)
{
    ClipOptions options;
    options.keyframeSeconds = keyframeSeconds;
    options.bFrames = bFrames;
    return encodeTestClip(seconds, width, height, fps, options);
}

TestClip encodeTestClip(double seconds, int width, int height, int fps,
                        const ClipOptions &options)
{
    const auto keyframeSeconds = options.keyframeSeconds;
    const auto bFrames = options.bFrames;
    av_log_set_level(AV_LOG_ERROR); // no encoder banners in test output
    TestClip clip;
    clip.width = width;
    clip.height = height;
    clip.fps = fps;
    clip.seconds = seconds;
    auto video = openEncoder("libx264", [&](AVCodecContext &c) {
        c.width = width;
        c.height = height;
        c.pix_fmt = AV_PIX_FMT_YUV420P;
        c.time_base = AVRational{1, fps};
        c.framerate = AVRational{fps, 1};
        c.gop_size = static_cast<int>(keyframeSeconds * fps);
        c.keyint_min = c.gop_size;
        c.max_b_frames = bFrames;
        c.bit_rate = options.videoBitRate;
        av_opt_set(c.priv_data, "preset", "ultrafast", 0);
        av_opt_set(c.priv_data, "x264-params", "scenecut=0", 0);
        if (bFrames == 0) {
            av_opt_set(c.priv_data, "tune", "zerolatency", 0);
        }
    });
    auto audio = openEncoder("aac", [&](AVCodecContext &c) {
        c.sample_rate = 48000;
        c.sample_fmt = AV_SAMPLE_FMT_FLTP;
        av_channel_layout_default(&c.ch_layout, 2);
        c.time_base = AVRational{1, 48000};
        c.bit_rate = 96000;
    });
    clip.program.video = describe(*video);
    clip.program.audio = describe(*audio);

    std::vector<media::EncodedPacket> videoPackets;
    std::vector<media::EncodedPacket> audioPackets;
    encodeVideo(clip, *video, static_cast<int>(seconds * fps), options.noise, videoPackets);
    encodeAudio(*audio, seconds, audioPackets);
    clip.packets = std::move(videoPackets);
    clip.packets.insert(clip.packets.end(), audioPackets.begin(), audioPackets.end());
    std::stable_sort(clip.packets.begin(), clip.packets.end(),
                     [&](const auto &a, const auto &b) {
                         return packetSeconds(clip, a) < packetSeconds(clip, b);
                     });
    return clip;
}

std::chrono::microseconds pushPaced(const TestClip &clip,
                                    const std::vector<media::PacketSink *> &sinks, double from,
                                    double to, double speed,
                                    const std::function<void(double)> &between)
{
    using namespace std::chrono;
    const auto start = steady_clock::now();
    microseconds longest{0};
    // The AAC encoder's first packet starts before 0 (priming samples).
    const double firstAt = clip.packets.empty() ? 0.0 : packetSeconds(clip, clip.packets.front());
    from = std::max(from, firstAt);
    for (const auto &packet : clip.packets) {
        const double at = packetSeconds(clip, packet);
        if (at < from) {
            continue;
        }
        if (at >= to) {
            break;
        }
        std::this_thread::sleep_until(
            start + duration_cast<steady_clock::duration>(duration<double>((at - from) / speed)));
        for (auto *sink : sinks) {
            const auto before = steady_clock::now();
            sink->push(packet);
            longest = std::max(longest, duration_cast<microseconds>(steady_clock::now() - before));
        }
        if (between) {
            between(at);
        }
    }
    return longest;
}

} // namespace stallcast::test
