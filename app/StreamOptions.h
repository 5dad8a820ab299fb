#pragma once

#include "FeatureOptions.h"
#include "media/canvas/CanvasFormat.h"
#include "media/encode/VideoEncoderSettings.h"
#include "media/output/OutputTarget.h"
#include "media/source/SourceSpec.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace stallcast::app {

struct OverlaySpec {
    std::filesystem::path image;
    int x = 0, y = 0;
    bool vertical = false; // on the vertical canvas instead of the landscape one
};

// stallcast stream ... (docs/MEDIA.md, "stallcast stream").
struct StreamOptions {
    std::string source = "test";
    std::string audio = "default";
    media::CanvasFormat canvas;
    std::optional<media::CanvasFormat> verticalCanvas;
    media::ScaleMode scale = media::ScaleMode::Fit;
    media::ScaleMode verticalScale = media::ScaleMode::Fill;
    std::vector<media::OutputTarget> outputs;
    std::vector<media::OutputTarget> verticalOutputs;
    std::optional<media::OutputTarget> record;
    std::optional<media::OutputTarget> verticalRecord;
    double durationSeconds = 0; // 0: until SIGINT/SIGTERM
    std::optional<std::filesystem::path> statsJson;
    media::VideoEncoderSettings encoder;
    bool dynamicBitrate = true;
    std::vector<OverlaySpec> overlays;
    bool verbose = false;
    bool listDevices = false;
    bool help = false;
    FeatureOptions feature; // the product card (FeatureOptions.h)
};

extern const char *const kStreamUsage;

// Parses the words after "stream". Throws UsageError saying which option and what is wrong
// (a bad URL's message masks its stream key).
StreamOptions parseStreamOptions(const std::vector<std::string> &words);

} // namespace stallcast::app
