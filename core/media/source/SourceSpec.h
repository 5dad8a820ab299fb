#pragma once

#include <map>
#include <string>
#include <string_view>

namespace stallcast::media {

// What an input is opened with: a libavformat/libavdevice input format (empty: probe the file),
// the URL or device name, and the demuxer options.
struct InputSpec {
    enum class Kind { TestPattern, Camera, Screen, File, Image, Microphone, TestTone };
    Kind kind = Kind::TestPattern;
    std::string format; // "lavfi", "v4l2", "x11grab", "pulse", ... or "" to probe a file
    std::string url;
    std::map<std::string, std::string> options;
    bool paced = false;     // read no faster than its timestamps (files, generated inputs)
    bool loop = false;      // start again at the end (media files)
    bool still = false;     // one picture, shown until replaced (still images)
    bool live = false;      // a capture device: read without blocking, so a device that
                            // freezes is noticed (and stop() is never stuck in a read)
    std::string label;      // for logs and stats, e.g. "camera /dev/video0"
};

// The canvas's frame rate, which a generated test pattern follows.
struct PatternGeometry {
    int width = 1280;
    int height = 720;
    int fps = 30;
};

// Parses --source: test | camera[:DEVICE] | screen[:SPEC] | file:PATH | image:PATH.
// Throws std::invalid_argument naming the option and the rule broken.
InputSpec parseVideoSource(std::string_view text, const PatternGeometry &geometry);

// Parses --audio: test | default | none | DEVICE (on Linux also pulse:NAME or alsa:NAME, e.g.
// alsa:hw:1). Returns false in `enabled` for "none".
struct AudioChoice {
    bool enabled = true;
    bool fromVideoInput = false; // the video input's own audio (test pattern's tone, a file's track)
    InputSpec spec;
};
AudioChoice parseAudioSource(std::string_view text, const InputSpec &video);

// The platform's capture formats (v4l2 / dshow / avfoundation ...).
const char *cameraFormatName();
const char *screenFormatName();
const char *microphoneFormatName();

} // namespace stallcast::media
