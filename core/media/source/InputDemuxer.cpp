#include "media/source/InputDemuxer.h"

#include "media/av/AvError.h"

extern "C" {
#include <libavdevice/avdevice.h>
}

#include <mutex>

namespace stallcast::media {

namespace {

void registerDevicesOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { avdevice_register_all(); });
}

CodecContextPtr openDecoder(const AVStream &stream, const std::string &label)
{
    const AVCodec *codec = avcodec_find_decoder(stream.codecpar->codec_id);
    if (!codec)
        throw MediaError(label + ": no decoder for " + avcodec_get_name(stream.codecpar->codec_id));
    CodecContextPtr context(avcodec_alloc_context3(codec));
    if (!context)
        throw std::bad_alloc();
    checkAv(avcodec_parameters_to_context(context.get(), stream.codecpar),
            label + ": reading the stream parameters");
    context->pkt_timebase = stream.time_base;
    context->thread_count = 1; // sources are light; the encoder gets the cores
    checkAv(avcodec_open2(context.get(), codec, nullptr), label + ": opening the decoder");
    return context;
}

} // namespace

InputDemuxer::InputDemuxer(const InputSpec &spec, bool wantVideo, bool wantAudio,
                           std::function<bool()> interrupted)
    : m_spec(spec)
    , m_interrupted(std::move(interrupted))
{
    registerDevicesOnce();
    const AVInputFormat *format = nullptr;
    if (!spec.format.empty()) {
        format = av_find_input_format(spec.format.c_str());
        if (!format)
            throw MediaError(spec.label + ": this FFmpeg has no \"" + spec.format
                             + "\" input");
    }
    AVDictionary *options = nullptr;
    for (const auto &[key, value] : spec.options)
        av_dict_set(&options, key.c_str(), value.c_str(), 0);
    std::unique_ptr<AVDictionary, AvDictionaryDeleter> optionsOwner(options);

    AVFormatContext *input = avformat_alloc_context();
    if (!input)
        throw std::bad_alloc();
    input->interrupt_callback = {&InputDemuxer::interruptCallback, this};
    if (spec.live)
        input->flags |= AVFMT_FLAG_NONBLOCK; // EAGAIN instead of waiting inside the device
    AVDictionary *opened = optionsOwner.release();
    const int rc = avformat_open_input(&input, spec.url.c_str(), format, &opened);
    optionsOwner.reset(opened);
    if (rc < 0) // avformat_open_input frees the context on failure
        throw MediaError(spec.label + ": cannot open: " + avErrorText(rc));
    m_input.reset(input);
    checkAv(avformat_find_stream_info(m_input.get(), nullptr), spec.label + ": reading streams");

    if (wantVideo) {
        m_videoIndex = av_find_best_stream(m_input.get(), AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
        if (m_videoIndex < 0)
            throw MediaError(spec.label + ": has no video");
        m_video = openDecoder(*m_input->streams[m_videoIndex], spec.label);
    }
    if (wantAudio) {
        m_audioIndex = av_find_best_stream(m_input.get(), AVMEDIA_TYPE_AUDIO, -1, -1, nullptr, 0);
        if (m_audioIndex >= 0)
            m_audio = openDecoder(*m_input->streams[m_audioIndex], spec.label);
        else if (!wantVideo)
            throw MediaError(spec.label + ": has no audio");
    }
    m_packet = av_packet_alloc();
    if (!m_packet)
        throw std::bad_alloc();
}

InputDemuxer::~InputDemuxer()
{
    av_packet_free(&m_packet);
}

int InputDemuxer::interruptCallback(void *self)
{
    const auto *demuxer = static_cast<InputDemuxer *>(self);
    return demuxer->m_interrupted && demuxer->m_interrupted() ? 1 : 0;
}

InputDemuxer::ReadResult InputDemuxer::read(AVFrame &frame, std::int64_t &timeUs)
{
    for (;;) {
        // Frames already decoded come first.
        for (auto *decoder : {m_video.get(), m_audio.get()}) {
            if (!decoder)
                continue;
            const int rc = avcodec_receive_frame(decoder, &frame);
            if (rc == 0) {
                const int index = decoder == m_video.get() ? m_videoIndex : m_audioIndex;
                const auto tb = m_input->streams[index]->time_base;
                const std::int64_t pts = frame.best_effort_timestamp != AV_NOPTS_VALUE
                                             ? frame.best_effort_timestamp
                                             : frame.pts;
                std::int64_t us = pts == AV_NOPTS_VALUE ? 0 : av_rescale_q(pts, tb, {1, 1000000});
                if (m_startUs == AV_NOPTS_VALUE)
                    m_startUs = us;
                timeUs = us - m_startUs;
                return decoder == m_video.get() ? ReadResult::Video : ReadResult::Audio;
            }
            if (rc != AVERROR(EAGAIN) && rc != AVERROR_EOF)
                checkAv(rc, m_spec.label + ": decoding");
        }
        if (m_draining)
            return ReadResult::End;
        const int rc = av_read_frame(m_input.get(), m_packet);
        if (rc == AVERROR_EOF) {
            m_draining = true;
            for (auto *decoder : {m_video.get(), m_audio.get()})
                if (decoder)
                    avcodec_send_packet(decoder, nullptr);
            continue;
        }
        if (rc == AVERROR(EAGAIN))
            return ReadResult::Nothing;
        checkAv(rc, m_spec.label + ": reading");
        AVCodecContext *decoder = m_packet->stream_index == m_videoIndex   ? m_video.get()
                                  : m_packet->stream_index == m_audioIndex ? m_audio.get()
                                                                           : nullptr;
        if (decoder) {
            const int sent = avcodec_send_packet(decoder, m_packet);
            if (sent < 0 && sent != AVERROR(EAGAIN) && sent != AVERROR_INVALIDDATA)
                checkAv(sent, m_spec.label + ": decoding");
        }
        av_packet_unref(m_packet);
    }
}

void InputDemuxer::rewind()
{
    checkAv(avformat_seek_file(m_input.get(), -1, INT64_MIN, 0, 0, 0),
            m_spec.label + ": seeking to the start");
    for (auto *decoder : {m_video.get(), m_audio.get()})
        if (decoder)
            avcodec_flush_buffers(decoder);
    m_draining = false;
    m_startUs = AV_NOPTS_VALUE;
}

std::int64_t InputDemuxer::durationUs() const
{
    return m_input->duration > 0 ? m_input->duration : 0;
}

} // namespace stallcast::media
