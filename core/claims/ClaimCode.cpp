#include "claims/ClaimCode.h"

namespace stallcast::claims {

namespace {
constexpr char kAlphabet[] = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
}

ClaimCodeGenerator::ClaimCodeGenerator()
{
    std::random_device seed;
    std::seed_seq sequence{seed(), seed(), seed(), seed()};
    m_random.seed(sequence);
}

std::string ClaimCodeGenerator::next()
{
    std::uniform_int_distribution<std::size_t> pick(0, sizeof kAlphabet - 2);
    std::string code = "C";
    std::lock_guard lock(m_mutex);
    for (int i = 0; i < 7; ++i)
        code += kAlphabet[pick(m_random)];
    return code;
}

} // namespace stallcast::claims
