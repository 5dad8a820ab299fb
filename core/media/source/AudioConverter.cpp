#include "media/source/AudioConverter.h"

#include "media/av/AvError.h"

extern "C" {
#include <libavutil/channel_layout.h>
}

namespace stallcast::media {

void AudioConverter::configureFor(const AVFrame &frame)
{
    AVChannelLayout in{};
    if (frame.ch_layout.order == AV_CHANNEL_ORDER_UNSPEC || frame.ch_layout.nb_channels == 0)
        av_channel_layout_default(&in, frame.ch_layout.nb_channels > 0 ? frame.ch_layout.nb_channels
                                                                       : 1);
    else
        checkAv(av_channel_layout_copy(&in, &frame.ch_layout), "copying a channel layout");
    AVChannelLayout out = AV_CHANNEL_LAYOUT_STEREO;
    SwrContext *swr = nullptr;
    checkAv(swr_alloc_set_opts2(&swr, &out, AudioSampleFifo::kFormat, AudioSampleFifo::kSampleRate,
                                &in, static_cast<AVSampleFormat>(frame.format), frame.sample_rate,
                                0, nullptr),
            "setting up the audio resampler");
    m_swr.reset(swr);
    checkAv(swr_init(m_swr.get()), "starting the audio resampler");
    av_channel_layout_uninit(&m_inLayout);
    m_inLayout = in;
    m_inRate = frame.sample_rate;
    m_inFormat = frame.format;
}

bool AudioConverter::convert(const AVFrame &frame, AudioSampleFifo &fifo)
{
    if (!m_swr || frame.sample_rate != m_inRate || frame.format != m_inFormat
        || frame.ch_layout.nb_channels != m_inLayout.nb_channels)
        configureFor(frame);
    const int room = swr_get_out_samples(m_swr.get(), frame.nb_samples);
    if (!m_out || m_out->nb_samples < room) {
        m_out = allocateFrame();
        m_out->format = AudioSampleFifo::kFormat;
        m_out->sample_rate = AudioSampleFifo::kSampleRate;
        m_out->ch_layout = AV_CHANNEL_LAYOUT_STEREO;
        m_out->nb_samples = room + 256;
        checkAv(av_frame_get_buffer(m_out.get(), 0), "allocating converted audio");
    }
    const int produced = checkAv(
        swr_convert(m_swr.get(), m_out->data, m_out->nb_samples,
                    const_cast<const std::uint8_t **>(frame.extended_data), frame.nb_samples),
        "converting audio");
    if (produced == 0)
        return true;
    return fifo.write(m_out->data, produced);
}

} // namespace stallcast::media
