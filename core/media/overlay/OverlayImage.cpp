#include "media/overlay/OverlayImage.h"

#include "media/av/AvError.h"
#include "media/EncodedPacket.h"
#include "media/av/AvPointers.h"
#include "media/source/InputDemuxer.h"

#include <cstring>
#include <fstream>

namespace stallcast::media {

RgbaImage loadRgbaImage(const std::string &path)
{
    InputSpec spec;
    spec.kind = InputSpec::Kind::Image;
    spec.url = path;
    spec.label = "image " + path;
    InputDemuxer demuxer(spec, true, false, {});
    auto frame = allocateFrame();
    std::int64_t timeUs = 0;
    InputDemuxer::ReadResult result;
    while ((result = demuxer.read(*frame, timeUs)) == InputDemuxer::ReadResult::Nothing) {
    }
    if (result != InputDemuxer::ReadResult::Video)
        throw MediaError(spec.label + ": no picture in it");
    RgbaImage image;
    image.width = frame->width;
    image.height = frame->height;
    image.pixels.resize(static_cast<std::size_t>(image.width) * image.height * 4);
    SwsContextPtr sws(sws_getContext(frame->width, frame->height,
                                     static_cast<AVPixelFormat>(frame->format), frame->width,
                                     frame->height, AV_PIX_FMT_RGBA, SWS_POINT, nullptr, nullptr,
                                     nullptr));
    if (!sws)
        throw MediaError(spec.label + ": cannot convert its pixel format to RGBA");
    std::uint8_t *dst[4] = {image.pixels.data(), nullptr, nullptr, nullptr};
    int dstStride[4] = {image.width * 4, 0, 0, 0};
    sws_scale(sws.get(), frame->data, frame->linesize, 0, frame->height, dst, dstStride);
    return image;
}

void saveRgbaPng(const RgbaImage &image, const std::string &path)
{
    const AVCodec *codec = avcodec_find_encoder(AV_CODEC_ID_PNG);
    if (!codec)
        throw MediaError("this FFmpeg has no PNG encoder");
    CodecContextPtr context(avcodec_alloc_context3(codec));
    if (!context)
        throw std::bad_alloc();
    context->width = image.width;
    context->height = image.height;
    context->pix_fmt = AV_PIX_FMT_RGBA;
    context->time_base = {1, 1};
    checkAv(avcodec_open2(context.get(), codec, nullptr), "opening the PNG encoder");
    auto frame = allocateVideoFrame(image.width, image.height, AV_PIX_FMT_RGBA);
    for (int y = 0; y < image.height; ++y)
        std::memcpy(frame->data[0] + static_cast<std::ptrdiff_t>(y) * frame->linesize[0],
                    image.pixels.data() + static_cast<std::size_t>(y) * image.width * 4,
                    static_cast<std::size_t>(image.width) * 4);
    checkAv(avcodec_send_frame(context.get(), frame.get()), "encoding " + path);
    PacketPtr packet(av_packet_alloc());
    if (!packet)
        throw std::bad_alloc();
    checkAv(avcodec_receive_packet(context.get(), packet.get()), "encoding " + path);
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char *>(packet->data), packet->size);
    if (!out.flush())
        throw MediaError("cannot write " + path);
}

} // namespace stallcast::media
