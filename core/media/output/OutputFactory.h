#pragma once

#include "media/EncodedPacket.h"
#include "media/output/Output.h"
#include "media/output/OutputTarget.h"

#include <memory>

namespace stallcast::media {

// An output for the target, not yet started (call start()). The program's parameters are
// copied; the output opens its muxer from them on every (re)connect.
std::unique_ptr<Output> openOutput(const OutputTarget &target, const ProgramDescription &program,
                                   const OutputOptions &options);

} // namespace stallcast::media
