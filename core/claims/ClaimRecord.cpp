#include "claims/ClaimRecord.h"

#include <stdexcept>
#include <string>

namespace stallcast::claims {

std::string_view toString(ClaimMode mode)
{
    return mode == ClaimMode::Holds ? "holds" : "first_paid";
}

std::string_view toString(ClaimOutcome outcome)
{
    switch (outcome) {
    case ClaimOutcome::Held:
        return "held";
    case ClaimOutcome::Waitlisted:
        return "waitlisted";
    case ClaimOutcome::Interest:
        return "interest";
    case ClaimOutcome::Refused:
        return "refused";
    }
    return "refused";
}

ClaimMode claimModeFromString(std::string_view text)
{
    if (text == "holds")
        return ClaimMode::Holds;
    if (text == "first_paid")
        return ClaimMode::FirstPaid;
    throw std::invalid_argument("claim mode \"" + std::string(text)
                                + "\": expected holds or first_paid");
}

ClaimOutcome claimOutcomeFromString(std::string_view text)
{
    for (const auto o : {ClaimOutcome::Held, ClaimOutcome::Waitlisted, ClaimOutcome::Interest,
                         ClaimOutcome::Refused})
        if (toString(o) == text)
            return o;
    throw std::invalid_argument("claim outcome \"" + std::string(text) + "\" is unknown");
}

} // namespace stallcast::claims
