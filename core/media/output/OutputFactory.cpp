#include "media/output/OutputFactory.h"

#include "media/output/FfmpegLogMask.h"
#include "media/output/QueuedOutput.h"

#include <stdexcept>

namespace stallcast::media {

std::unique_ptr<Output> openOutput(const OutputTarget &target, const ProgramDescription &program,
                                   const OutputOptions &options)
{
    if (!program.video.parameters || !program.audio.parameters) {
        throw std::invalid_argument("output " + target.maskedName()
                                    + ": the program needs a video and an audio stream");
    }
    installFfmpegLogMasking();
    return std::make_unique<QueuedOutput>(target, program, options);
}

} // namespace stallcast::media
