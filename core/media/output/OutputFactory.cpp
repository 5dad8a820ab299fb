#include "media/output/OutputFactory.h"

#include <stdexcept>

namespace stallcast::media {

std::unique_ptr<Output> openOutput(const OutputTarget &target, const ProgramDescription &,
                                   const OutputOptions &)
{
    // Placeholder while the threaded output is written (same branch, next commits).
    throw std::logic_error("openOutput: not implemented yet for " + target.maskedName());
}

} // namespace stallcast::media
