#include "media/encode/VideoEncoderSettings.h"

namespace stallcast::media {

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
