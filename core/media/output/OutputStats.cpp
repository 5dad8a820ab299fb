#include "media/output/OutputStats.h"

namespace stallcast::media {

std::string_view outputStateName(OutputState state)
{
    switch (state) {
    case OutputState::Connecting:
        return "connecting";
    case OutputState::Live:
        return "live";
    case OutputState::Reconnecting:
        return "reconnecting";
    case OutputState::Stopped:
        return "stopped";
    case OutputState::Failed:
        return "failed";
    }
    return "unknown";
}

} // namespace stallcast::media
