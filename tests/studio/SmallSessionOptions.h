#pragma once

// The live session the studio tests run: a 320x240@30 test pattern and tone, one libx264
// thread at 600 kbit/s, quiet logs. Shared by tests/studio and the live UI tests.

#include "studio/LiveSession.h"

extern "C" {
#include <libavutil/log.h>
}

namespace stallcast::test {

inline studio::LiveSessionOptions smallSessionOptions(bool vertical = false)
{
    av_log_set_level(AV_LOG_ERROR);
    studio::LiveSessionOptions options;
    options.source = "test";
    options.audio = "test";
    options.landscape = {320, 240, 30};
    if (vertical)
        options.vertical = media::CanvasFormat{240, 320, 30};
    options.encoder.bitrate = 600'000;
    options.encoder.hardware = "none";
    options.encoder.threads = 1;
    options.outputs.log = [](std::string_view) {};
    options.log = [](const std::string &) {};
    return options;
}

} // namespace stallcast::test
