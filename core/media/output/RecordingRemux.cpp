#include "media/output/RecordingRemux.h"

extern "C" {
#include <libavformat/avformat.h>
#include <libavutil/error.h>
}

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace stallcast::media {
namespace {

struct InputDeleter {
    void operator()(AVFormatContext *context) const noexcept { avformat_close_input(&context); }
};

struct OutputDeleter {
    void operator()(AVFormatContext *context) const noexcept
    {
        if (context->pb) {
            avio_closep(&context->pb);
        }
        avformat_free_context(context);
    }
};

struct PacketDeleter {
    void operator()(AVPacket *packet) const noexcept { av_packet_free(&packet); }
};

[[noreturn]] void fail(const std::filesystem::path &file, const std::string &what, int error)
{
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(error, text, sizeof text);
    throw std::runtime_error("remux to MP4: " + file.string() + ": " + what + ": " + text);
}

} // namespace

void remuxToMp4(const std::filesystem::path &recording, const std::filesystem::path &mp4)
{
    AVFormatContext *rawInput = nullptr;
    int rc = avformat_open_input(&rawInput, recording.c_str(), nullptr, nullptr);
    if (rc < 0) {
        fail(recording, "cannot open the recording", rc);
    }
    std::unique_ptr<AVFormatContext, InputDeleter> input(rawInput);
    rc = avformat_find_stream_info(input.get(), nullptr);
    if (rc < 0) {
        fail(recording, "cannot read the streams", rc);
    }

    const auto partial = std::filesystem::path(mp4.string() + ".part");
    AVFormatContext *rawOutput = nullptr;
    rc = avformat_alloc_output_context2(&rawOutput, nullptr, "mp4", partial.c_str());
    if (rc < 0 || !rawOutput) {
        fail(mp4, "cannot create the MP4 muxer", rc);
    }
    std::unique_ptr<AVFormatContext, OutputDeleter> output(rawOutput);

    // Input stream index -> output stream index (-1: not copied, e.g. attachments).
    std::vector<int> mapping(input->nb_streams, -1);
    int next = 0;
    for (unsigned i = 0; i < input->nb_streams; ++i) {
        const AVCodecParameters *parameters = input->streams[i]->codecpar;
        if (parameters->codec_type != AVMEDIA_TYPE_VIDEO
            && parameters->codec_type != AVMEDIA_TYPE_AUDIO) {
            continue;
        }
        AVStream *stream = avformat_new_stream(output.get(), nullptr);
        if (!stream || avcodec_parameters_copy(stream->codecpar, parameters) < 0) {
            fail(mp4, "cannot add a stream", AVERROR(ENOMEM));
        }
        stream->codecpar->codec_tag = 0;
        stream->time_base = input->streams[i]->time_base;
        mapping[i] = next++;
    }
    if (next == 0) {
        throw std::runtime_error("remux to MP4: " + recording.string()
                                 + ": no audio or video stream to copy");
    }

    rc = avio_open(&output->pb, partial.c_str(), AVIO_FLAG_WRITE);
    if (rc < 0) {
        fail(partial, "cannot create the file", rc);
    }
    AVDictionary *options = nullptr;
    av_dict_set(&options, "movflags", "+faststart", 0);
    rc = avformat_write_header(output.get(), &options);
    av_dict_free(&options);
    if (rc < 0) {
        fail(mp4, "cannot write the header", rc);
    }

    std::unique_ptr<AVPacket, PacketDeleter> packet(av_packet_alloc());
    while ((rc = av_read_frame(input.get(), packet.get())) >= 0) {
        const int index = packet->stream_index;
        if (index < 0 || index >= static_cast<int>(mapping.size()) || mapping[index] < 0) {
            av_packet_unref(packet.get());
            continue;
        }
        packet->stream_index = mapping[index];
        av_packet_rescale_ts(packet.get(), input->streams[index]->time_base,
                             output->streams[mapping[index]]->time_base);
        packet->pos = -1;
        rc = av_interleaved_write_frame(output.get(), packet.get());
        if (rc < 0) {
            fail(mp4, "cannot write a packet", rc);
        }
    }
    if (rc != AVERROR_EOF) {
        fail(recording, "cannot read a packet", rc);
    }
    rc = av_write_trailer(output.get());
    if (rc < 0) {
        fail(mp4, "cannot write the trailer", rc);
    }
    rc = avio_closep(&output->pb);
    if (rc < 0) {
        fail(partial, "cannot close the file", rc);
    }
    std::filesystem::rename(partial, mp4);
}

} // namespace stallcast::media
