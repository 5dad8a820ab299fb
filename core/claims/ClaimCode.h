#pragma once

#include <mutex>
#include <random>
#include <string>

namespace stallcast::claims {

// Claim codes: what a buyer's payment carries (the checkout link's {claim}, the bank QR's
// reference) so it pays that claim. "C" and seven characters from an alphabet without look-alikes
// (no 0/O, 1/I/L), about 34 bits: unguessable enough that nobody pays someone else's claim by typing
// a neighbour, short enough for a bank transfer's reference field. Thread-safe.
class ClaimCodeGenerator final {
public:
    ClaimCodeGenerator();
    std::string next();

private:
    std::mutex m_mutex;
    std::mt19937_64 m_random;
};

} // namespace stallcast::claims
