#pragma once

// Where an output delivers: an RTMP/RTMPS ingest, an SRT listener (we call it), or a local
// recording file. Parsed from what the merchant typed; the stream key never leaves this struct
// unmasked except towards FFmpeg (docs/MEDIA-OUTPUTS.md).

#include <string>
#include <string_view>

namespace stallcast::media {

enum class OutputKind { Rtmp, Rtmps, Srt, Recording };

struct OutputTarget {
    OutputKind kind = OutputKind::Recording;
    // What FFmpeg opens: the full URL (with the stream key) or the recording's file path.
    std::string url;
    // The libavformat muxer: "flv" (RTMP/RTMPS), "mpegts" (SRT), "matroska" (recording by
    // default), "mp4" (fragmented, crash-safe), "flv" or "mpegts" for .flv/.ts recordings.
    std::string muxer;

    // rtmp://host[:port]/app/KEY, rtmps://..., srt://host:port[?streamid=..&passphrase=..]
    // (caller mode only), or a file path (.mkv default, .mka, .mp4, .flv, .ts). Throws
    // std::invalid_argument saying what is wrong and where; the message masks the stream key.
    static OutputTarget parse(std::string_view urlOrPath);

    // The URL with its secrets masked (rtmp://host/app/ab****), or the recording's path.
    std::string maskedName() const;

    bool isNetwork() const { return kind != OutputKind::Recording; }
};

} // namespace stallcast::media
