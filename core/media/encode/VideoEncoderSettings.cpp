#include "media/encode/VideoEncoderSettings.h"

#include <algorithm>
#include <thread>

namespace stallcast::media {

std::string x264Params(const VideoEncoderSettings &settings, int fps)
{
    const int threads = settings.threads > 0
                            ? settings.threads
                            : std::clamp(static_cast<int>(std::thread::hardware_concurrency()), 1, 8);
    // tune zerolatency means no look-ahead: setting one here would override the tune's and
    // hold every picture that many frames (measured: +5 frames at 30 fps).
    const int lookahead = settings.zeroLatency              ? 0
                          : settings.lookaheadFrames > 0 ? settings.lookaheadFrames
                                                         : std::max(1, fps / 6);
    return "scenecut=0:open-gop=0:threads=" + std::to_string(threads)
           + ":sync-lookahead=0:rc-lookahead=" + std::to_string(lookahead);
}

std::vector<std::string> hardwareEncoderCandidates()
{
#if defined(_WIN32)
    return {"h264_nvenc", "h264_qsv", "h264_amf", "h264_mf"};
#elif defined(__APPLE__)
    return {"h264_videotoolbox"};
#else
    return {"h264_nvenc", "h264_vaapi", "h264_qsv"};
#endif
}

std::vector<std::string> encoderCandidates(const VideoEncoderSettings &settings)
{
    std::vector<std::string> names;
    if (settings.hardware == "auto")
        names = hardwareEncoderCandidates();
    else if (settings.hardware != "none" && settings.hardware != "libx264")
        names.push_back(settings.hardware);
    names.push_back("libx264");
    return names;
}

} // namespace stallcast::media
