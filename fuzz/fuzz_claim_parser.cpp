// libFuzzer target: the claim grammar (docs/CLAIMS.md) reads every chat comment, written by
// anyone. It must never crash, and whatever it calls a claim must be well formed: a product code
// of one or two letters and one to three digits, a quantity 1-999, at most three variant words.
// The IRC line parser, which reads what the chat server sends, is fed the same bytes.
#include "claims/ClaimParser.h"
#include "claims/irc/IrcMessage.h"

#include <cstdint>
#include <cstdlib>
#include <string>

namespace {

bool wellFormedCode(const std::string &code)
{
    std::size_t letters = 0;
    while (letters < code.size() && code[letters] >= 'A' && code[letters] <= 'Z')
        ++letters;
    const auto digits = code.size() - letters;
    if (letters < 1 || letters > 2 || digits < 1 || digits > 3)
        return false;
    for (auto i = letters; i < code.size(); ++i)
        if (code[i] < '0' || code[i] > '9')
            return false;
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const stallcast::claims::ClaimParser parser;
    const std::string comment(reinterpret_cast<const char *>(data), size);
    const auto claim = parser.parse(comment);
    if (claim) {
        if (!wellFormedCode(claim->code) || claim->qty < 1
            || claim->qty > stallcast::claims::kMaxClaimQuantity)
            std::abort();
        std::size_t words = claim->variant.empty() ? 0 : 1;
        for (const char c : claim->variant)
            words += c == ' ';
        if (words > 3)
            std::abort();
        const auto again = parser.parse(comment);
        if (!again || again->code != claim->code || again->qty != claim->qty
            || again->variant != claim->variant)
            std::abort();
    }
    const auto line = stallcast::claims::irc::parseIrcLine(comment);
    if (line && line->command.empty())
        std::abort();
    return 0;
}
