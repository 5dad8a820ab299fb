#pragma once

#include "media/av/AvPointers.h"
#include "media/source/SourceSpec.h"

#include <atomic>
#include <chrono>
#include <functional>

namespace stallcast::media {

// One opened input (device, file, generated graph) with a decoder for its best video stream
// and, if wanted, its best audio stream. Not thread-safe: one source thread drives it.
class InputDemuxer {
public:
    // Opens the input; throws MediaError naming the input when it cannot (no such device, bad
    // file, nothing decodable). `interrupted` is polled while FFmpeg blocks.
    InputDemuxer(const InputSpec &spec, bool wantVideo, bool wantAudio,
                 std::function<bool()> interrupted);
    InputDemuxer(const InputDemuxer &) = delete;
    InputDemuxer &operator=(const InputDemuxer &) = delete;
    ~InputDemuxer();

    bool hasVideo() const { return m_video != nullptr; }
    bool hasAudio() const { return m_audio != nullptr; }

    enum class ReadResult { Video, Audio, Nothing, End };

    // Reads packets until one decodes into a frame (returned in `frame`, with its presentation
    // time in microseconds from the start of the input in `timeUs`), or the input ends.
    ReadResult read(AVFrame &frame, std::int64_t &timeUs);

    // Back to the start (for looping files). Throws MediaError when the input cannot seek.
    void rewind();

    // The length of the input in microseconds (0 when unknown), for loop offsets.
    std::int64_t durationUs() const;

private:
    static int interruptCallback(void *self);

    InputSpec m_spec;
    std::function<bool()> m_interrupted;
    InputContextPtr m_input;
    CodecContextPtr m_video;
    CodecContextPtr m_audio;
    int m_videoIndex = -1;
    int m_audioIndex = -1;
    std::int64_t m_startUs = AV_NOPTS_VALUE;
    AVPacket *m_packet = nullptr;
    bool m_draining = false;
};

} // namespace stallcast::media
