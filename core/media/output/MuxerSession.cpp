#include "media/output/MuxerSession.h"

#include "media/output/SecretMask.h"

extern "C" {
#include <libavformat/avformat.h>
#include <libavutil/dict.h>
#include <libavutil/error.h>
}

#include <chrono>

namespace stallcast::media {
namespace {

struct DictionaryDeleter {
    void operator()(AVDictionary *dictionary) const noexcept { av_dict_free(&dictionary); }
};

std::string errorText(int error)
{
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(error, text, sizeof text);
    return text;
}

// Muxer options: live FLV cannot seek back to write duration and size; MP4 recordings are
// fragmented so a crash still leaves a playable file.
void setMuxerOptions(const OutputTarget &target, AVDictionary **options)
{
    if (target.muxer == "flv" && target.isNetwork()) {
        av_dict_set(options, "flvflags", "no_duration_filesize", 0);
    }
    if (target.muxer == "mp4") {
        av_dict_set(options, "movflags", "frag_keyframe+empty_moov+default_base_moof", 0);
    }
}

} // namespace

std::int64_t steadyNowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

int InterruptDeadline::callback(void *self)
{
    return static_cast<const InterruptDeadline *>(self)->expired() ? 1 : 0;
}

void MuxerSession::FormatContextDeleter::operator()(AVFormatContext *context) const noexcept
{
    if (context->pb && !(context->oformat->flags & AVFMT_NOFILE)) {
        avio_closep(&context->pb);
    }
    avformat_free_context(context);
}

MuxerSession::MuxerSession(const OutputTarget &target, const ProgramDescription &program,
                           InterruptDeadline &deadline)
    : m_target(target)
    , m_program(program)
    , m_deadline(deadline)
{
    AVFormatContext *raw = nullptr;
    int rc = avformat_alloc_output_context2(&raw, nullptr, target.muxer.c_str(),
                                            target.url.c_str());
    if (rc < 0 || !raw) {
        fail("cannot create the " + target.muxer + " muxer", rc);
    }
    m_context.reset(raw);
    m_context->interrupt_callback = AVIOInterruptCB{&InterruptDeadline::callback, &deadline};

    for (const auto *description : {&program.video, &program.audio}) {
        AVStream *stream = avformat_new_stream(m_context.get(), nullptr);
        if (!stream) {
            fail("cannot add a stream", AVERROR(ENOMEM));
        }
        rc = avcodec_parameters_copy(stream->codecpar, description->parameters.get());
        if (rc < 0) {
            fail("cannot copy the codec parameters", rc);
        }
        stream->codecpar->codec_tag = 0; // let each container pick its own tag
        stream->time_base = description->timeBase;
    }

    if (!(m_context->oformat->flags & AVFMT_NOFILE)) {
        rc = avio_open2(&m_context->pb, target.url.c_str(), AVIO_FLAG_WRITE,
                        &m_context->interrupt_callback, nullptr);
        if (rc < 0) {
            fail(deadline.expired() ? "cannot connect (timed out)" : "cannot open", rc);
        }
    }
    AVDictionary *rawOptions = nullptr;
    setMuxerOptions(target, &rawOptions);
    rc = avformat_write_header(m_context.get(), &rawOptions);
    std::unique_ptr<AVDictionary, DictionaryDeleter> options(rawOptions);
    if (rc < 0) {
        fail("cannot write the header", rc);
    }
}

MuxerSession::~MuxerSession() = default;

void MuxerSession::write(const EncodedPacket &packet)
{
    PacketPtr copy(av_packet_clone(packet.packet.get()));
    if (!copy) {
        fail("cannot reference a packet", AVERROR(ENOMEM));
    }
    const int index = copy->stream_index == ProgramDescription::kAudioIndex ? 1 : 0;
    const auto &source = index == 1 ? m_program.audio : m_program.video;
    AVStream *stream = m_context->streams[index];
    copy->stream_index = index;
    av_packet_rescale_ts(copy.get(), source.timeBase, stream->time_base);
    if (copy->dts != AV_NOPTS_VALUE) {
        if (copy->dts <= m_lastDts[index]) {
            copy->dts = m_lastDts[index] + 1;
        }
        if (copy->pts != AV_NOPTS_VALUE && copy->pts < copy->dts) {
            copy->pts = copy->dts;
        }
        m_lastDts[index] = copy->dts;
    }
    const int rc = av_interleaved_write_frame(m_context.get(), copy.get());
    if (rc < 0) {
        fail(m_deadline.expired() ? "cannot send a packet (timed out: the destination stopped "
                                    "taking data)"
                                  : "cannot send a packet",
             rc);
    }
}

void MuxerSession::finish()
{
    int rc = av_write_trailer(m_context.get());
    m_bytesAtClose = bytesWritten();
    if (m_context->pb && !(m_context->oformat->flags & AVFMT_NOFILE)) {
        const int closed = avio_closep(&m_context->pb);
        rc = rc < 0 ? rc : closed;
    }
    if (rc < 0) {
        fail("cannot finish the stream", rc);
    }
}

std::int64_t MuxerSession::bytesWritten() const
{
    if (m_bytesAtClose >= 0) {
        return m_bytesAtClose;
    }
    return m_context && m_context->pb ? avio_tell(m_context->pb) : 0;
}

void MuxerSession::fail(const std::string &what, int error) const
{
    throw MuxerError(maskSecretsIn(m_target.maskedName() + ": " + what + ": " + errorText(error),
                                   m_target.url));
}

} // namespace stallcast::media
