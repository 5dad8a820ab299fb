#include "media/encode/VideoEncoder.h"

#include "media/av/AvError.h"
#include "media/canvas/FrameScaler.h"
#include "media/encode/H264Nal.h"

extern "C" {
#include <libavutil/hwcontext.h>
#include <libavutil/log.h>
#include <libavutil/opt.h>
}

#include <algorithm>
#include <cmath>

namespace stallcast::media {

namespace {

AVPixelFormat softwareFormatFor(const AVCodec &codec)
{
    if (!codec.pix_fmts)
        return AV_PIX_FMT_YUV420P;
    for (const auto *f = codec.pix_fmts; *f != AV_PIX_FMT_NONE; ++f)
        if (*f == AV_PIX_FMT_YUV420P)
            return AV_PIX_FMT_YUV420P;
    for (const auto *f = codec.pix_fmts; *f != AV_PIX_FMT_NONE; ++f)
        if (*f == AV_PIX_FMT_NV12)
            return AV_PIX_FMT_NV12;
    return AV_PIX_FMT_NV12; // hardware formats (VAAPI) upload NV12
}

void setBitrate(AVCodecContext &context, std::int64_t bitrate)
{
    context.bit_rate = bitrate;
    context.rc_max_rate = bitrate;
    context.rc_min_rate = 0;
    context.rc_buffer_size = static_cast<int>(std::min<std::int64_t>(bitrate, INT32_MAX));
}

} // namespace

VideoEncoder::VideoEncoder(const CanvasFormat &canvas, const VideoEncoderSettings &settings, Log log)
    : m_canvas(canvas)
    , m_settings(settings)
    , m_log(std::move(log))
    , m_packet(av_packet_alloc())
    , m_bitrate(settings.bitrate)
    , m_requested(settings.bitrate)
{
    if (!m_packet)
        throw std::bad_alloc();
    std::string failures;
    for (const auto &name : encoderCandidates(settings)) {
        try {
            if (name != "libx264") {
                // A missing GPU makes FFmpeg print errors of its own; the one line we log
                // below says it better. (Verbose runs still see them.)
                const int level = av_log_get_level();
                if (level <= AV_LOG_ERROR)
                    av_log_set_level(AV_LOG_FATAL);
                try {
                    open(name, true); // opens AND encodes a test picture, then thrown away
                } catch (...) {
                    av_log_set_level(level);
                    throw;
                }
                av_log_set_level(level);
            }
            m_context = open(name, false);
            m_name = name;
            m_nextKeyframePts = 0; // the test picture's keyframe does not count
            break;
        } catch (const std::exception &e) {
            failures += (failures.empty() ? "" : "; ") + std::string(e.what());
            m_convert.reset();
            m_converted.reset();
            m_hwFrame.reset();
            av_buffer_unref(&m_hwDevice);
        }
    }
    if (!m_context)
        throw MediaError("no H.264 encoder could start: " + failures);
    if (m_log && !failures.empty())
        m_log("video encoder " + m_name + " (not available: " + failures + ")");
}

VideoEncoder::~VideoEncoder()
{
    m_context.reset();
    av_buffer_unref(&m_hwDevice);
}

CodecContextPtr VideoEncoder::open(const std::string &name, bool trial)
{
    const AVCodec *codec = avcodec_find_encoder_by_name(name.c_str());
    if (!codec)
        throw MediaError(name + ": not in this FFmpeg");
    CodecContextPtr context(avcodec_alloc_context3(codec));
    if (!context)
        throw std::bad_alloc();
    context->width = m_canvas.width;
    context->height = m_canvas.height;
    context->time_base = {1, m_canvas.fps};
    context->framerate = {m_canvas.fps, 1};
    context->sample_aspect_ratio = {1, 1};
    context->gop_size = std::max(1, static_cast<int>(std::lround(m_settings.keyframeSeconds
                                                                * m_canvas.fps)));
    context->keyint_min = context->gop_size;
    context->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    context->thread_count = m_settings.threads;
    context->color_range = AVCOL_RANGE_MPEG;
    setBitrate(*context, m_bitrate.load());
    const AVPixelFormat software = softwareFormatFor(*codec);
    context->pix_fmt = software;

    AVDictionary *options = nullptr;
    std::unique_ptr<AVDictionary *, void (*)(AVDictionary **)> optionsOwner(&options, av_dict_free);
    if (name == "libx264") {
        av_dict_set(&options, "preset", m_settings.preset.c_str(), 0);
        av_dict_set(&options, "profile", m_settings.profile.c_str(), 0);
        if (m_settings.zeroLatency)
            av_dict_set(&options, "tune", "zerolatency", 0);
        av_dict_set(&options, "x264-params", x264Params(m_settings, m_canvas.fps).c_str(), 0);
    } else {
        av_dict_set(&options, "profile", m_settings.profile.c_str(), 0);
        if (name == "h264_nvenc")
            av_dict_set(&options, "rc", "cbr", 0);
        if (name == "h264_videotoolbox")
            av_dict_set(&options, "realtime", "1", 0);
    }
    if (name == "h264_vaapi") {
        if (!m_hwDevice)
            checkAv(av_hwdevice_ctx_create(&m_hwDevice, AV_HWDEVICE_TYPE_VAAPI, nullptr, nullptr, 0),
                name + ": no VAAPI device");
        AVBufferRef *frames = av_hwframe_ctx_alloc(m_hwDevice);
        if (!frames)
            throw std::bad_alloc();
        auto *framesContext = reinterpret_cast<AVHWFramesContext *>(frames->data);
        framesContext->format = AV_PIX_FMT_VAAPI;
        framesContext->sw_format = AV_PIX_FMT_NV12;
        framesContext->width = m_canvas.width;
        framesContext->height = m_canvas.height;
        framesContext->initial_pool_size = 8;
        const int rc = av_hwframe_ctx_init(frames);
        if (rc < 0)
            av_buffer_unref(&frames);
        checkAv(rc, name + ": VAAPI frames");
        context->hw_frames_ctx = frames; // the context owns it now
        context->pix_fmt = AV_PIX_FMT_VAAPI;
    }
    checkAv(avcodec_open2(context.get(), codec, &options), name + ": cannot open");
    if (!context->extradata_size)
        throw MediaError(name + ": gave no global header (SPS/PPS)");

    if (software != AV_PIX_FMT_YUV420P && !m_convert) {
        m_convert.reset(sws_getContext(m_canvas.width, m_canvas.height, AV_PIX_FMT_YUV420P,
                                       m_canvas.width, m_canvas.height, software, SWS_POINT,
                                       nullptr, nullptr, nullptr));
        if (!m_convert)
            throw MediaError(name + ": cannot convert pictures for it");
        m_converted = allocateVideoFrame(m_canvas.width, m_canvas.height, software);
    }
    if (trial) {
        auto black = allocateVideoFrame(m_canvas.width, m_canvas.height, AV_PIX_FMT_YUV420P);
        paintBlack(*black);
        black->pts = 0;
        std::swap(m_context, context);
        int packets = 0;
        try {
            encode(black.get(), [&](const EncodedPacket &) { ++packets; });
            encode(nullptr, [&](const EncodedPacket &) { ++packets; });
        } catch (...) {
            std::swap(m_context, context);
            throw;
        }
        std::swap(m_context, context);
        if (packets == 0)
            throw MediaError(name + ": produced nothing for a test picture");
    }
    return context;
}

StreamDescription VideoEncoder::description() const
{
    AVCodecParameters *parameters = avcodec_parameters_alloc();
    if (!parameters)
        throw std::bad_alloc();
    CodecParametersPtr owner(parameters);
    checkAv(avcodec_parameters_from_context(parameters, m_context.get()),
            "describing the video stream");
    StreamDescription description;
    description.parameters = std::shared_ptr<const AVCodecParameters>(owner.release(),
                                                                      CodecParametersDeleter{});
    description.timeBase = m_context->time_base;
    return description;
}

void VideoEncoder::requestBitrate(std::int64_t bitsPerSecond)
{
    m_requested = std::clamp<std::int64_t>(bitsPerSecond, 200'000, 50'000'000);
}

void VideoEncoder::applyRequestedBitrate()
{
    const auto wanted = m_requested.load();
    if (wanted == m_context->bit_rate)
        return;
    setBitrate(*m_context, wanted); // libx264 reconfigures itself before the next picture
    m_bitrate = wanted;
}

const AVFrame &VideoEncoder::prepare(const AVFrame &picture)
{
    if (!m_convert && !m_context->hw_frames_ctx)
        return picture;
    const AVFrame *software = &picture;
    if (m_convert) {
        checkAv(av_frame_make_writable(m_converted.get()), "preparing a picture");
        sws_scale(m_convert.get(), picture.data, picture.linesize, 0, picture.height,
                  m_converted->data, m_converted->linesize);
        m_converted->pts = picture.pts;
        software = m_converted.get();
    }
    if (!m_context->hw_frames_ctx)
        return *software;
    m_hwFrame = allocateFrame();
    checkAv(av_hwframe_get_buffer(m_context->hw_frames_ctx, m_hwFrame.get(), 0),
            "getting a GPU picture");
    checkAv(av_hwframe_transfer_data(m_hwFrame.get(), software, 0), "uploading a picture");
    m_hwFrame->pts = picture.pts;
    return *m_hwFrame;
}

void VideoEncoder::encode(const AVFrame *picture, const Deliver &deliver)
{
    if (picture) {
        applyRequestedBitrate();
        // Keyframes on the time grid (every gop_size ticks of the canvas clock), not every
        // gop_size frames: a missed tick must not push every later keyframe off the grid.
        FramePtr frame(av_frame_clone(&prepare(*picture)));
        if (!frame)
            throw std::bad_alloc();
        const std::int64_t gop = m_context->gop_size;
        if (m_keyframeRequested.exchange(false))
            m_gridOrigin = picture->pts; // the grid restarts at the requested keyframe
        if (picture->pts >= m_nextKeyframePts || picture->pts == m_gridOrigin) {
            frame->pict_type = AV_PICTURE_TYPE_I;
            m_nextKeyframePts = m_gridOrigin + ((picture->pts - m_gridOrigin) / gop + 1) * gop;
        } else {
            frame->pict_type = AV_PICTURE_TYPE_NONE;
        }
        checkAv(avcodec_send_frame(m_context.get(), frame.get()), m_name + ": encoding");
    } else {
        const int rc = avcodec_send_frame(m_context.get(), nullptr);
        if (rc != AVERROR_EOF)
            checkAv(rc, m_name + ": flushing");
    }
    drain(deliver);
}

void VideoEncoder::drain(const Deliver &deliver)
{
    for (;;) {
        const int rc = avcodec_receive_packet(m_context.get(), m_packet.get());
        if (rc == AVERROR(EAGAIN) || rc == AVERROR_EOF)
            return;
        checkAv(rc, m_name + ": encoding");
        EncodedPacket out;
        out.keyframe = (m_packet->flags & AV_PKT_FLAG_KEY) != 0;
        out.disposable = !out.keyframe
                         && ((m_packet->flags & AV_PKT_FLAG_DISPOSABLE)
                             || isDisposableH264(m_packet->data,
                                                 static_cast<std::size_t>(m_packet->size)));
        if (out.disposable)
            m_packet->flags |= AV_PKT_FLAG_DISPOSABLE;
        m_packet->stream_index = ProgramDescription::kVideoIndex;
        m_packet->time_base = m_context->time_base;
        PacketPtr owned(av_packet_alloc());
        if (!owned)
            throw std::bad_alloc();
        av_packet_move_ref(owned.get(), m_packet.get());
        out.packet = std::shared_ptr<const AVPacket>(owned.release(), AvPacketDeleter{});
        deliver(out);
    }
}

} // namespace stallcast::media
