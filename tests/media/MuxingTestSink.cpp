#include "MuxingTestSink.h"

#include "media/av/AvError.h"

extern "C" {
#include <libavformat/avformat.h>
}

namespace stallcast::test {

MuxingTestSink::MuxingTestSink(const std::filesystem::path &file,
                               const media::ProgramDescription &program)
    : m_program(program)
{
    media::checkAv(avformat_alloc_output_context2(&m_output, nullptr, nullptr, file.c_str()),
                   "test sink: " + file.string());
    for (const auto *description : {&program.video, &program.audio}) {
        AVStream *stream = avformat_new_stream(m_output, nullptr);
        media::checkAv(avcodec_parameters_copy(stream->codecpar, description->parameters.get()),
                       "test sink: stream parameters");
        stream->time_base = description->timeBase;
    }
    media::checkAv(avio_open(&m_output->pb, file.c_str(), AVIO_FLAG_WRITE), "test sink: open");
    media::checkAv(avformat_write_header(m_output, nullptr), "test sink: header");
}

MuxingTestSink::~MuxingTestSink()
{
    finish();
    if (m_output) {
        avio_closep(&m_output->pb);
        avformat_free_context(m_output);
    }
}

void MuxingTestSink::push(const media::EncodedPacket &packet)
{
    std::lock_guard lock(m_mutex);
    if (m_finished)
        return;
    AVPacket *copy = av_packet_clone(packet.packet.get());
    const auto &description = copy->stream_index == media::ProgramDescription::kVideoIndex
                                  ? m_program.video
                                  : m_program.audio;
    av_packet_rescale_ts(copy, description.timeBase,
                         m_output->streams[copy->stream_index]->time_base);
    const int rc = av_interleaved_write_frame(m_output, copy);
    av_packet_free(&copy);
    media::checkAv(rc, "test sink: writing");
    ++m_packets;
}

void MuxingTestSink::finish()
{
    std::lock_guard lock(m_mutex);
    if (m_finished || !m_output)
        return;
    m_finished = true;
    av_write_trailer(m_output);
}

std::int64_t MuxingTestSink::packets() const
{
    std::lock_guard lock(m_mutex);
    return m_packets;
}

} // namespace stallcast::test
