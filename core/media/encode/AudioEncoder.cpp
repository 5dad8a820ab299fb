#include "media/encode/AudioEncoder.h"

#include "media/av/AvError.h"
#include "media/source/AudioSampleFifo.h"

namespace stallcast::media {

AudioEncoder::AudioEncoder(std::int64_t bitrate)
    : m_packet(av_packet_alloc())
{
    if (!m_packet)
        throw std::bad_alloc();
    const AVCodec *codec = avcodec_find_encoder(AV_CODEC_ID_AAC);
    if (!codec)
        throw MediaError("this FFmpeg has no AAC encoder");
    m_context.reset(avcodec_alloc_context3(codec));
    if (!m_context)
        throw std::bad_alloc();
    m_context->sample_rate = AudioSampleFifo::kSampleRate;
    m_context->ch_layout = AV_CHANNEL_LAYOUT_STEREO;
    m_context->sample_fmt = AudioSampleFifo::kFormat;
    m_context->bit_rate = bitrate;
    m_context->time_base = {1, AudioSampleFifo::kSampleRate};
    m_context->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    checkAv(avcodec_open2(m_context.get(), codec, nullptr), "opening the AAC encoder");
}

StreamDescription AudioEncoder::description() const
{
    CodecParametersPtr parameters(avcodec_parameters_alloc());
    if (!parameters)
        throw std::bad_alloc();
    checkAv(avcodec_parameters_from_context(parameters.get(), m_context.get()),
            "describing the audio stream");
    StreamDescription description;
    description.parameters = std::shared_ptr<const AVCodecParameters>(parameters.release(),
                                                                      CodecParametersDeleter{});
    description.timeBase = m_context->time_base;
    return description;
}

FramePtr AudioEncoder::makeFrame() const
{
    auto frame = allocateFrame();
    frame->format = m_context->sample_fmt;
    frame->sample_rate = m_context->sample_rate;
    checkAv(av_channel_layout_copy(&frame->ch_layout, &m_context->ch_layout), "audio layout");
    frame->nb_samples = m_context->frame_size;
    checkAv(av_frame_get_buffer(frame.get(), 0), "allocating audio");
    return frame;
}

void AudioEncoder::encode(const AVFrame *samples, const Deliver &deliver)
{
    const int sent = avcodec_send_frame(m_context.get(), samples);
    if (!(samples == nullptr && sent == AVERROR_EOF))
        checkAv(sent, "encoding AAC");
    for (;;) {
        const int rc = avcodec_receive_packet(m_context.get(), m_packet.get());
        if (rc == AVERROR(EAGAIN) || rc == AVERROR_EOF)
            return;
        checkAv(rc, "encoding AAC");
        m_packet->stream_index = ProgramDescription::kAudioIndex;
        m_packet->time_base = m_context->time_base;
        PacketPtr owned(av_packet_alloc());
        if (!owned)
            throw std::bad_alloc();
        av_packet_move_ref(owned.get(), m_packet.get());
        EncodedPacket out;
        out.keyframe = true; // every AAC frame decodes on its own
        out.packet = std::shared_ptr<const AVPacket>(owned.release(), AvPacketDeleter{});
        deliver(out);
    }
}

} // namespace stallcast::media
