#include "claims/CommentSourceStatus.h"

namespace stallcast::claims {

std::string_view toString(SourceState state)
{
    switch (state) {
    case SourceState::Connecting:
        return "connecting";
    case SourceState::Connected:
        return "connected";
    case SourceState::Disconnected:
        return "disconnected";
    case SourceState::Stopped:
        return "stopped";
    }
    return "stopped";
}

} // namespace stallcast::claims
