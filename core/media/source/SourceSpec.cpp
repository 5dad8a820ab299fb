#include "media/source/SourceSpec.h"

#include <filesystem>
#include <stdexcept>

namespace stallcast::media {

namespace {

std::string afterColon(std::string_view text, std::string_view prefix)
{
    return std::string(text.substr(prefix.size()));
}

bool startsWith(std::string_view text, std::string_view prefix)
{
    return text.substr(0, prefix.size()) == prefix;
}

InputSpec testPattern(const PatternGeometry &g)
{
    InputSpec spec;
    spec.kind = InputSpec::Kind::TestPattern;
    spec.format = "lavfi";
    // One generated input with a moving picture (out0) and a 440 Hz tone (out1).
    spec.url = "testsrc2=size=" + std::to_string(g.width) + "x" + std::to_string(g.height)
               + ":rate=" + std::to_string(g.fps)
               + ",format=yuv420p[out0];sine=frequency=440:sample_rate=48000[out1]";
    spec.paced = true;
    spec.label = "test pattern";
    return spec;
}

InputSpec camera(std::string device)
{
    InputSpec spec;
    spec.kind = InputSpec::Kind::Camera;
    spec.format = cameraFormatName();
#if defined(__linux__)
    spec.url = device.empty() ? "/dev/video0" : device;
#elif defined(_WIN32)
    spec.url = "video=" + (device.empty() ? std::string("Integrated Camera") : device);
#else
    spec.url = device.empty() ? "0:none" : device + ":none";
#endif
    spec.label = "camera " + spec.url;
    spec.live = true;
    return spec;
}

InputSpec screen(std::string area, const PatternGeometry &g)
{
    InputSpec spec;
    spec.kind = InputSpec::Kind::Screen;
    spec.format = screenFormatName();
#if defined(__linux__)
    spec.url = area.empty() ? std::string(":0.0") : area; // x11grab: DISPLAY[+X,Y]
#elif defined(_WIN32)
    spec.url = area.empty() ? "desktop" : area;
#else
    spec.url = area.empty() ? "1:none" : area;
#endif
    spec.options["framerate"] = std::to_string(g.fps);
    spec.label = "screen " + spec.url;
    spec.live = true;
    return spec;
}

} // namespace

const char *cameraFormatName()
{
#if defined(__linux__)
    return "v4l2";
#elif defined(_WIN32)
    return "dshow";
#else
    return "avfoundation";
#endif
}

const char *screenFormatName()
{
#if defined(__linux__)
    return "x11grab";
#elif defined(_WIN32)
    return "gdigrab";
#else
    return "avfoundation";
#endif
}

const char *microphoneFormatName()
{
#if defined(__linux__)
    return "pulse";
#elif defined(_WIN32)
    return "dshow";
#else
    return "avfoundation";
#endif
}

InputSpec parseVideoSource(std::string_view text, const PatternGeometry &geometry)
{
    if (text == "test")
        return testPattern(geometry);
    if (text == "camera" || startsWith(text, "camera:"))
        return camera(text == "camera" ? "" : afterColon(text, "camera:"));
    if (text == "screen" || startsWith(text, "screen:"))
        return screen(text == "screen" ? "" : afterColon(text, "screen:"), geometry);
    if (startsWith(text, "file:") || startsWith(text, "image:")) {
        const bool image = startsWith(text, "image:");
        const auto path = afterColon(text, image ? "image:" : "file:");
        if (path.empty())
            throw std::invalid_argument("--source \"" + std::string(text)
                                        + "\": a path must follow the colon");
        if (!std::filesystem::is_regular_file(path))
            throw std::invalid_argument("--source \"" + std::string(text) + "\": no file \""
                                        + path + "\"");
        InputSpec spec;
        spec.kind = image ? InputSpec::Kind::Image : InputSpec::Kind::File;
        spec.url = path;
        spec.paced = !image;
        spec.loop = !image;
        spec.still = image;
        spec.label = (image ? "image " : "file ") + path;
        return spec;
    }
    throw std::invalid_argument("--source \"" + std::string(text)
                                + "\": expected test, camera[:DEVICE], screen[:SPEC], "
                                  "file:PATH or image:PATH");
}

AudioChoice parseAudioSource(std::string_view text, const InputSpec &video)
{
    AudioChoice choice;
    if (text == "none") {
        choice.enabled = false; // the encoders still send silence: outputs always get audio
        return choice;
    }
    if (text == "test") {
        if (video.kind == InputSpec::Kind::TestPattern) {
            choice.fromVideoInput = true;
            return choice;
        }
        choice.spec.kind = InputSpec::Kind::TestTone;
        choice.spec.format = "lavfi";
        choice.spec.url = "sine=frequency=440:sample_rate=48000";
        choice.spec.paced = true;
        choice.spec.label = "test tone";
        return choice;
    }
    if (text == "default" && (video.kind == InputSpec::Kind::TestPattern
                              || video.kind == InputSpec::Kind::File)) {
        choice.fromVideoInput = true; // the test pattern's tone, or the file's own track
        return choice;
    }
    choice.spec.kind = InputSpec::Kind::Microphone;
    choice.spec.format = microphoneFormatName();
#if defined(_WIN32)
    choice.spec.url = text == "default" ? "audio=Microphone" : "audio=" + std::string(text);
#elif defined(__APPLE__)
    choice.spec.url = text == "default" ? ":0" : ":" + std::string(text);
#else
    choice.spec.url = text == "default" ? "default" : std::string(text);
    for (const std::string_view prefix : {"pulse:", "alsa:"})
        if (startsWith(text, prefix)) {
            choice.spec.format = std::string(prefix.substr(0, prefix.size() - 1));
            choice.spec.url = afterColon(text, prefix);
        }
#endif
    choice.spec.live = true;
    choice.spec.label = "microphone " + choice.spec.url;
    return choice;
}

} // namespace stallcast::media
